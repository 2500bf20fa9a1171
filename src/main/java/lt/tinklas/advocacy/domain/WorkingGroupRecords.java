package lt.tinklas.advocacy.domain;


import org.springframework.data.jpa.repository.JpaRepository;

/** WorkingGroup records of the current network. */
public interface WorkingGroupRecords extends JpaRepository<WorkingGroup, Long> {
}
