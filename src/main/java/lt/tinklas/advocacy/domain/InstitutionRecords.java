package lt.tinklas.advocacy.domain;


import org.springframework.data.jpa.repository.JpaRepository;

/** Institution records of the current network. */
public interface InstitutionRecords extends JpaRepository<Institution, Long> {
}
