package lt.tinklas.projects.domain;

import java.util.List;

import org.springframework.data.jpa.repository.JpaRepository;

/** Funders of the current network. */
public interface FunderRecords extends JpaRepository<Funder, Long> {

	List<Funder> findAllByOrderByNameAsc();
}
