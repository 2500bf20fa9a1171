package lt.tinklas.advocacy.domain;

import java.time.LocalDate;
import java.util.List;
import java.util.Optional;

import org.springframework.data.jpa.repository.JpaRepository;
import org.springframework.data.jpa.repository.Query;

/** DecisionMakerMeeting records of the current network. */
public interface MeetingRecords extends JpaRepository<DecisionMakerMeeting, Long> {

	@Query("select m from DecisionMakerMeeting m where m.heldOn >= :from and m.heldOn <= :to order by m.heldOn desc")
	List<DecisionMakerMeeting> heldBetween(LocalDate from, LocalDate to);

	@Query("select max(m.heldOn) from DecisionMakerMeeting m where m.heldOn <= :until")
	Optional<LocalDate> lastHeldOnOrBefore(LocalDate until);
}
