package lt.tinklas.awards.domain;

import java.util.List;

import org.springframework.data.jpa.repository.JpaRepository;

/** Award programmes of the current network. */
public interface AwardProgrammeRecords extends JpaRepository<AwardProgramme, Long> {

	List<AwardProgramme> findAllByOrderByNameAsc();
}
