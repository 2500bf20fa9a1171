package lt.tinklas.volunteering.domain;

import java.time.LocalDate;
import java.util.List;

import org.springframework.data.jpa.repository.JpaRepository;

/** Volunteers' activities in the current network. */
public interface VolunteerActivityRecords extends JpaRepository<VolunteerActivity, Long> {

	List<VolunteerActivity> findByDoneOnBetweenOrderByDoneOnDescIdDesc(LocalDate from, LocalDate to);

	boolean existsByProgrammeId(long programmeId);
}
