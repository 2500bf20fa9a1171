package lt.tinklas.advocacy.domain;

import java.time.LocalDate;
import java.util.List;
import java.util.Optional;

import org.springframework.data.jpa.repository.JpaRepository;
import org.springframework.data.jpa.repository.Query;

/** Position records of the current network. */
public interface PositionRecords extends JpaRepository<Position, Long> {

	@Query("select p from Position p where p.sentOn >= :from and p.sentOn <= :to order by p.sentOn, p.number")
	List<Position> sentBetween(LocalDate from, LocalDate to);

	@Query("select max(p.sentOn) from Position p where p.sentOn <= :until")
	Optional<LocalDate> lastSentOnOrBefore(LocalDate until);

	@Query("select p from Position p where p.sentOn is null order by p.id desc")
	List<Position> drafts();

	List<Position> findByWorkingGroupIdOrderBySentOnDesc(Long workingGroupId);

	/** The documents that follow up a document; the id is required (a derived query would read a null as "is null"). */
	List<Position> findByFollowsPositionIdOrderByIdAsc(long positionId);

	/** The documents that follow up a meeting with decision makers. */
	List<Position> findByFollowsMeetingIdOrderByIdAsc(long meetingId);
}
