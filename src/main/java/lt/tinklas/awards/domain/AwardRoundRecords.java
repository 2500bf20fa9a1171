package lt.tinklas.awards.domain;

import java.util.List;

import org.springframework.data.jpa.repository.JpaRepository;

/** Award rounds of the current network. */
public interface AwardRoundRecords extends JpaRepository<AwardRound, Long> {

	List<AwardRound> findByProgrammeIdOrderByYearDesc(long programmeId);

	boolean existsByProgrammeIdAndYear(long programmeId, int year);
}
