package lt.tinklas.awards.domain;

import java.util.List;

import org.springframework.data.jpa.repository.JpaRepository;

/** Nominees and laureates of the current network's award rounds. */
public interface AwardNomineeRecords extends JpaRepository<AwardNominee, Long> {

	List<AwardNominee> findByRoundIdOrderByLaureateDescIdAsc(long roundId);
}
