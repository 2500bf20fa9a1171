package lt.tinklas.advocacy.domain;

import java.util.List;

import org.springframework.data.jpa.repository.JpaRepository;
import org.springframework.data.jpa.repository.Query;

/** Proposal records of the current network. */
public interface ProposalRecords extends JpaRepository<Proposal, Long> {

	List<Proposal> findByEventIdOrderById(Long eventId);

	@Query("select p from Proposal p join p.positionIds pos where pos = :positionId order by p.id")
	List<Proposal> feeding(Long positionId);
}
