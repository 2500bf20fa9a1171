package lt.tinklas.events.application;

import java.time.DayOfWeek;
import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.stream.Collectors;

import jakarta.persistence.EntityManager;
import lt.tinklas.events.EventStatus;
import lt.tinklas.events.EventType;
import lt.tinklas.events.ParticipationStatus;
import lt.tinklas.identity.Role;
import lt.tinklas.people.People;
import lt.tinklas.shared.security.RoleGroup;
import lt.tinklas.shared.web.Formats;
import lt.tinklas.shared.web.HomeSection;
import lt.tinklas.shared.web.HomeViewer;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.transaction.annotation.Transactional;

/**
 * The home's cards of the events module: for the staff, this week's events with their registrations
 * and the held trainings whose attendees have not had the feedback link; for a member
 * representative, the events open for registration and their people's certificates.
 */
@Configuration
public class EventsHome {

	/** How long after a training its feedback is still worth asking for. */
	static final int FEEDBACK_DAYS = 90;

	static final int SHOWN = 10;

	private static final List<ParticipationStatus> SEATED = List.of(ParticipationStatus.REGISTERED,
			ParticipationStatus.ATTENDED, ParticipationStatus.ABSENT);

	private final EntityManager entityManager;
	private final People people;

	EventsHome(EntityManager entityManager, People people) {
		this.entityManager = entityManager;
		this.people = people;
	}

	/** An event on the home, with the seats taken (registrations) and its capacity, null for no limit. */
	public record EventLine(long id, String title, String titleEn, OffsetDateTime startsAt, long registered,
			Integer capacity) {

		public String title(String language) {
			return "en".equals(language) && titleEn != null ? titleEn : title;
		}
	}

	/** A held training with attendees who have had neither a feedback link nor given feedback. */
	public record FeedbackToSend(long id, String title, String titleEn, OffsetDateTime endsAt, long attendees) {

		public String title(String language) {
			return "en".equals(language) && titleEn != null ? titleEn : title;
		}
	}

	/** The events of the week from Monday to Sunday. */
	public record Week(LocalDate from, LocalDate to, List<EventLine> events) {
	}

	/** A certificate a representative may download: a person of their organization who attended a training. */
	public record Certificate(long eventId, String title, String titleEn, OffsetDateTime startsAt, long personId,
			String person) {

		public String title(String language) {
			return "en".equals(language) && titleEn != null ? titleEn : title;
		}
	}

	@Bean
	HomeSection weekCard() {
		return HomeSection.of(HomeSection.Group.TO_DO, 20, HomeSection.authorities(RoleGroup.KEEPERS_AND_READERS),
				"events/home-cards :: week", this::week);
	}

	@Bean
	HomeSection feedbackCard() {
		return HomeSection.of(HomeSection.Group.TO_DO, 30, HomeSection.authorities(RoleGroup.KEEPERS_AND_READERS),
				"events/home-cards :: feedback", this::feedbackToSend);
	}

	@Bean
	HomeSection openEventsCard() {
		return HomeSection.of(HomeSection.Group.YOURS, 30, Set.of(Role.MEMBER_REP.authority()),
				"events/home-cards :: open", this::open);
	}

	@Bean
	HomeSection certificatesCard() {
		return HomeSection.of(HomeSection.Group.YOURS, 40, Set.of(Role.MEMBER_REP.authority()),
				"events/home-cards :: certificates", this::certificates);
	}

	/** This week's events that are not cancelled, with the seats taken, in one query. */
	@Transactional(readOnly = true)
	public Week week(HomeViewer viewer) {
		LocalDate monday = viewer.today().with(DayOfWeek.MONDAY);
		LocalDate sunday = monday.plusDays(6);
		List<EventLine> events = lines("""
				select e.id, e.title, e.titleEn, e.startsAt,
				  (select count(p) from Participation p where p.eventId = e.id and p.status in :seated), e.capacity
				from Event e
				where e.startsAt >= :from and e.startsAt < :to and e.status <> :cancelled
				order by e.startsAt, e.id""", monday.atStartOfDay(Formats.VILNIUS).toOffsetDateTime(),
				monday.plusDays(7).atStartOfDay(Formats.VILNIUS).toOffsetDateTime());
		return new Week(monday, sunday, events);
	}

	/** The events that have not started and take registrations today, the soonest first. */
	@Transactional(readOnly = true)
	public List<EventLine> open(HomeViewer viewer) {
		return entityManager.createQuery("""
				select e.id, e.title, e.titleEn, e.startsAt,
				  (select count(p) from Participation p where p.eventId = e.id and p.status in :seated), e.capacity
				from Event e
				where e.startsAt > :now and e.status = :planned
				  and (e.registrationFrom is null or e.registrationFrom <= :today)
				  and (e.registrationUntil is null or e.registrationUntil >= :today)
				order by e.startsAt, e.id""", Object[].class)
			.setParameter("seated", SEATED)
			.setParameter("now", OffsetDateTime.now())
			.setParameter("planned", EventStatus.PLANNED)
			.setParameter("today", viewer.today())
			.setMaxResults(SHOWN)
			.getResultList()
			.stream()
			.map(EventsHome::line)
			.toList();
	}

	private List<EventLine> lines(String query, OffsetDateTime from, OffsetDateTime to) {
		return entityManager.createQuery(query, Object[].class)
			.setParameter("seated", SEATED)
			.setParameter("from", from)
			.setParameter("to", to)
			.setParameter("cancelled", EventStatus.CANCELLED)
			.setMaxResults(SHOWN)
			.getResultList()
			.stream()
			.map(EventsHome::line)
			.toList();
	}

	private static EventLine line(Object[] row) {
		return new EventLine((Long) row[0], (String) row[1], (String) row[2], (OffsetDateTime) row[3],
				((Number) row[4]).longValue(), (Integer) row[5]);
	}

	/**
	 * The trainings held in the last {@value #FEEDBACK_DAYS} days with attendees who have had no
	 * feedback link and given no feedback, the latest first, with how many such attendees each has.
	 */
	@Transactional(readOnly = true)
	public List<FeedbackToSend> feedbackToSend(HomeViewer viewer) {
		return entityManager.createQuery("""
				select e.id, e.title, e.titleEn, e.endsAt, count(p)
				from Event e, Participation p
				where p.eventId = e.id and e.type = :training and e.status = :held and e.endsAt >= :since
				  and p.status = :attended
				  and not exists (select r.id from FeedbackRequest r where r.eventId = e.id and r.personId = p.personId)
				  and not exists (select f.id from Feedback f where f.eventId = e.id and f.personId = p.personId)
				group by e.id, e.title, e.titleEn, e.endsAt
				order by e.endsAt desc, e.id""", Object[].class)
			.setParameter("training", EventType.TRAINING)
			.setParameter("held", EventStatus.HELD)
			.setParameter("since", viewer.today().minusDays(FEEDBACK_DAYS).atStartOfDay(Formats.VILNIUS).toOffsetDateTime())
			.setParameter("attended", ParticipationStatus.ATTENDED)
			.setMaxResults(SHOWN)
			.getResultList()
			.stream()
			.map(row -> new FeedbackToSend((Long) row[0], (String) row[1], (String) row[2], (OffsetDateTime) row[3],
					((Number) row[4]).longValue()))
			.toList();
	}

	/**
	 * The certificates of the people of the representative's organization: trainings that were not
	 * cancelled and have started, which they attended for the organization; the latest first.
	 */
	@Transactional(readOnly = true)
	public List<Certificate> certificates(HomeViewer viewer) {
		if (viewer.organizationId() == null) {
			return List.of();
		}
		List<Object[]> rows = entityManager.createQuery("""
				select e.id, e.title, e.titleEn, e.startsAt, p.personId
				from Event e, Participation p
				where p.eventId = e.id and p.organizationId = :organization and p.status = :attended
				  and e.type = :training and e.status <> :cancelled and e.startsAt <= :now
				order by e.startsAt desc, e.id, p.personId""", Object[].class)
			.setParameter("organization", viewer.organizationId())
			.setParameter("attended", ParticipationStatus.ATTENDED)
			.setParameter("training", EventType.TRAINING)
			.setParameter("cancelled", EventStatus.CANCELLED)
			.setParameter("now", OffsetDateTime.now())
			.setMaxResults(SHOWN)
			.getResultList();
		if (rows.isEmpty()) {
			return List.of();
		}
		Map<Long, String> names = people.fullNames(rows.stream().map(row -> (Long) row[4]).collect(Collectors.toSet()));
		return rows.stream()
			.map(row -> new Certificate((Long) row[0], (String) row[1], (String) row[2], (OffsetDateTime) row[3],
					(Long) row[4], names.getOrDefault((Long) row[4], "")))
			.toList();
	}
}
