package lt.tinklas.events.domain;

import java.time.OffsetDateTime;
import java.util.Collection;
import java.util.List;
import java.util.Optional;

import jakarta.persistence.LockModeType;
import lt.tinklas.events.EventStatus;
import lt.tinklas.events.EventType;
import org.springframework.data.domain.Page;
import org.springframework.data.domain.Pageable;
import org.springframework.data.domain.Slice;
import org.springframework.data.jpa.repository.JpaRepository;
import org.springframework.data.jpa.repository.Lock;
import org.springframework.data.jpa.repository.Query;

/** Events of the current network. */
public interface EventRecords extends JpaRepository<Event, Long> {

	/** The event with its row locked until the transaction ends: registrations queue behind each other. */
	@Lock(LockModeType.PESSIMISTIC_WRITE)
	@Query("select e from Event e where e.id = :id")
	Optional<Event> findLocked(Long id);

	@Query("select e from Event e where e.startsAt >= :from and e.startsAt < :to order by e.startsAt")
	List<Event> startingBetween(OffsetDateTime from, OffsetDateTime to);

	@Query("select e from Event e where e.startsAt >= :from and e.startsAt < :to and e.type = :type order by e.startsAt")
	List<Event> startingBetween(OffsetDateTime from, OffsetDateTime to, EventType type);

	/** A page of the events starting in the period, optionally of one type, in the order they start. */
	@Query("""
			select e from Event e where e.startsAt >= :from and e.startsAt < :to and (:anyType = true or e.type = :type)
			order by e.startsAt, e.id""")
	Page<Event> startingBetween(OffsetDateTime from, OffsetDateTime to, boolean anyType,
			EventType type, Pageable page);

	/** The public events that are not cancelled, for the public site and the calendar feed. */
	@Query("""
			select e from Event e where e.startsAt >= :from and e.startsAt < :to and e.publicEvent = true
			and e.status <> EventStatus.CANCELLED order by e.startsAt""")
	List<Event> publicStartingBetween(OffsetDateTime from, OffsetDateTime to);

	/** The public events that are not cancelled and started before the moment, the latest first, a page of them. */
	@Query("""
			select e from Event e where e.startsAt < :before and e.publicEvent = true
			and e.status <> EventStatus.CANCELLED order by e.startsAt desc, e.id desc""")
	Slice<Event> publicBefore(OffsetDateTime before, Pageable page);

	/** When the last event before the moment starts, if there is one. */
	@Query("select max(e.startsAt) from Event e where e.startsAt < :before")
	Optional<OffsetDateTime> lastStartBefore(OffsetDateTime before);

	/** The newest revision's time (epoch milliseconds) of each of the network's events named. */
	@Query(nativeQuery = true, value = """
			select e.id as id, max(r.changed_at) as changedAt
			from event e join event_aud a on a.id = e.id join revinfo r on r.id = a.rev
			where e.network_id = :networkId and e.id in (:ids)
			group by e.id""")
	List<LastChange> lastChanges(long networkId, Collection<Long> ids);

	interface LastChange {

		long getId();

		long getChangedAt();
	}
}
