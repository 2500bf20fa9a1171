package lt.tinklas.events.domain;

import java.util.Collection;
import java.util.List;
import java.util.Optional;

import lt.tinklas.events.ParticipationStatus;
import org.springframework.data.jpa.repository.JpaRepository;
import org.springframework.data.jpa.repository.Query;

public interface ParticipationRecords extends JpaRepository<Participation, Long> {

	/** An organization's people who attended, per year: the year, the participations and the events. */
	@Query("""
			select extract(year from e.startsAt), count(p), count(distinct e.id) from Participation p
			join Event e on e.id = p.eventId
			where p.organizationId = :organizationId and p.status = :status
			group by extract(year from e.startsAt) order by extract(year from e.startsAt) desc""")
	List<Object[]> yearsOf(Long organizationId, ParticipationStatus status);

	Optional<Participation> findByEventIdAndPersonId(Long eventId, Long personId);

	List<Participation> findByEventIdOrderByRegisteredAtAscIdAsc(Long eventId);

	List<Participation> findByEventIdAndStatusOrderByRegisteredAtAscIdAsc(Long eventId, ParticipationStatus status);

	/** How many participations of each status each of the events has: event id, status, count. */
	@Query("select p.eventId, p.status, count(p) from Participation p where p.eventId in :eventIds group by p.eventId, p.status")
	List<Object[]> countByEventAndStatus(Collection<Long> eventIds);

	/** How many of the event's participations have one of the statuses. */
	long countByEventIdAndStatusIn(Long eventId, Collection<ParticipationStatus> statuses);
}
