package lt.tinklas.events;

import java.time.Instant;
import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Collection;
import java.util.Comparator;
import java.util.EnumMap;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.Set;

import lt.tinklas.events.application.AttendanceImport;
import lt.tinklas.events.application.EventFigures;
import lt.tinklas.events.application.FeedbackSummary;
import lt.tinklas.events.application.ParticipantView;
import lt.tinklas.events.domain.Event;
import lt.tinklas.events.domain.EventCounting;
import lt.tinklas.events.domain.EventRecords;
import lt.tinklas.events.domain.EventTag;
import lt.tinklas.events.domain.EventTagRecords;
import lt.tinklas.events.domain.Feedback;
import lt.tinklas.events.domain.FeedbackRecords;
import lt.tinklas.events.domain.Participation;
import lt.tinklas.events.domain.ParticipationRecords;
import lt.tinklas.messaging.Outbox;
import lt.tinklas.metrics.MetricQuery;
import lt.tinklas.organizations.Organizations;
import lt.tinklas.people.People;
import lt.tinklas.people.PersonView;
import lt.tinklas.shared.history.FieldChange;
import lt.tinklas.shared.history.HistoryEntry;
import lt.tinklas.shared.history.RecordHistory;
import lt.tinklas.shared.personal.ErasedNames;
import lt.tinklas.shared.persistence.BulkInserts;
import lt.tinklas.shared.tenancy.Tenancy;
import lt.tinklas.shared.text.SearchText;
import lt.tinklas.shared.web.ConflictException;
import lt.tinklas.shared.web.Formats;
import lt.tinklas.shared.web.InvalidInputException;
import lt.tinklas.shared.web.NotFoundException;
import lt.tinklas.shared.web.OpeningYear;
import org.springframework.context.MessageSource;
import org.springframework.data.domain.PageRequest;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/** The events module's facade; everything here works in the current network. */
@Service
public class Events {

	private final EventRecords events;
	private final ParticipationRecords participations;
	private final FeedbackRecords feedbacks;
	private final EventTagRecords tags;
	private final EventCounting counting;
	private final People people;
	private final Outbox outbox;
	private final MessageSource messages;
	private final RecordHistory history;
	private final Organizations organizations;
	private final BulkInserts bulk;
	private final ErasedNames erasedNames;

	Events(EventRecords events, ParticipationRecords participations, FeedbackRecords feedbacks, EventTagRecords tags,
			EventCounting counting, People people, Outbox outbox, MessageSource messages, RecordHistory history,
			Organizations organizations, BulkInserts bulk, ErasedNames erasedNames) {
		this.erasedNames = erasedNames;
		this.organizations = organizations;
		this.bulk = bulk;
		this.events = events;
		this.participations = participations;
		this.feedbacks = feedbacks;
		this.tags = tags;
		this.counting = counting;
		this.people = people;
		this.outbox = outbox;
		this.messages = messages;
		this.history = history;
	}

	@Transactional
	public EventView create(EventData data) {
		validate(data, null);
		return view(events.saveAndFlush(new Event(data)));
	}

	/**
	 * Saves an event; refused when someone saved it after the editor read {@code version}, or when
	 * the capacity would fall below the people already registered.
	 */
	@Transactional
	public EventView update(long id, long version, EventData data) {
		Event event = events.findLocked(id).orElseThrow(() -> new NotFoundException("Event"));
		event.checkVersion(version);
		validate(data, event);
		event.update(data);
		if (data.status() == EventStatus.HELD) {
			event.markHeld();
		}
		else if (data.status() == EventStatus.PLANNED && event.getStatus() == EventStatus.HELD) {
			event.markPlanned();
		}
		else if (data.status() == EventStatus.CANCELLED && event.getStatus() != EventStatus.CANCELLED) {
			throw InvalidInputException.of("status", "event.error.cancelThroughCancel");
		}
		return view(events.saveAndFlush(event));
	}

	@Transactional
	public EventView cancel(long id) {
		Event event = find(id);
		event.cancel();
		return view(events.saveAndFlush(event));
	}

	/** Records that the event took place (feedback is taken only on events held). */
	@Transactional
	public EventView markHeld(long id) {
		Event event = find(id);
		if (event.getStatus() == EventStatus.CANCELLED) {
			throw InvalidInputException.of("status", "event.error.cancelled");
		}
		event.markHeld();
		return view(events.saveAndFlush(event));
	}

	@Transactional(readOnly = true)
	public EventView get(long id) {
		return view(find(id));
	}

	/** Events starting between the two days (both included, Vilnius time), optionally of one type. */
	@Transactional(readOnly = true)
	public List<EventView> list(LocalDate from, LocalDate to, EventType type) {
		if (to.isBefore(from)) {
			throw InvalidInputException.of("to", "common.error.endBeforeStart");
		}
		MetricQuery period = new MetricQuery(Tenancy.require(), from, to, Map.of());
		return views(type == null ? events.startingBetween(period.startsAt(), period.endsBefore())
				: events.startingBetween(period.startsAt(), period.endsBefore(), type));
	}

	/** A page of a period's events, and how many the period has in all. */
	public record EventPage(List<EventView> events, long total, int page, int size) {

		public boolean hasEarlier() {
			return page > 0;
		}

		public boolean hasLater() {
			return (long) (page + 1) * size < total;
		}

		public long first() {
			return events.isEmpty() ? 0 : (long) page * size + 1;
		}

		public long last() {
			return (long) page * size + events.size();
		}
	}

	/** One page of the events starting between the two days (both included), optionally of one type. */
	@Transactional(readOnly = true)
	public EventPage page(LocalDate from, LocalDate to, EventType type, int page, int size) {
		if (to.isBefore(from)) {
			throw InvalidInputException.of("to", "common.error.endBeforeStart");
		}
		MetricQuery period = new MetricQuery(Tenancy.require(), from, to, Map.of());
		var found = events.startingBetween(period.startsAt(), period.endsBefore(), type == null, type,
				PageRequest.of(Math.max(0, page), size));
		if (found.getNumber() > 0 && found.getContent().isEmpty() && found.getTotalElements() > 0) {
			// past the last page: the last one
			return page(from, to, type, (int) ((found.getTotalElements() - 1) / size), size);
		}
		return new EventPage(views(found.getContent()), found.getTotalElements(), found.getNumber(), size);
	}

	/** A page of the past: public events not cancelled that started before the day, the latest first. */
	public record PastEvents(List<EventView> events, int page, boolean earlier) {
	}

	@Transactional(readOnly = true)
	public PastEvents publicPast(LocalDate before, int page, int size) {
		MetricQuery day = new MetricQuery(Tenancy.require(), before, before, Map.of());
		int at = Math.max(0, page);
		var found = events.publicBefore(day.startsAt(), PageRequest.of(at, size));
		return new PastEvents(views(found.getContent()), at, found.hasNext());
	}

	/** The public events starting between the two days (both included) that are not cancelled, earliest first. */
	@Transactional(readOnly = true)
	public List<EventView> publicList(LocalDate from, LocalDate to) {
		MetricQuery period = new MetricQuery(Tenancy.require(), from, to, Map.of());
		return views(events.publicStartingBetween(period.startsAt(), period.endsBefore()));
	}

	/** The events as views, their seats and waiting list counted for all of them in one query. */
	private List<EventView> views(List<Event> found) {
		Map<Long, int[]> seatsAndWaiting = new HashMap<>();
		if (!found.isEmpty()) {
			for (Object[] row : participations.countByEventAndStatus(found.stream().map(Event::getId).toList())) {
				int[] counts = seatsAndWaiting.computeIfAbsent((Long) row[0], id -> new int[2]);
				ParticipationStatus status = (ParticipationStatus) row[1];
				int count = ((Number) row[2]).intValue();
				if (status.takesSeat()) {
					counts[0] += count;
				}
				else if (status == ParticipationStatus.WAITLISTED) {
					counts[1] += count;
				}
			}
		}
		return found.stream().map(event -> {
			int[] counts = seatsAndWaiting.getOrDefault(event.getId(), new int[2]);
			return view(event, counts[0], counts[1]);
		}).toList();
	}

	@Transactional(readOnly = true)
	public List<String> tagNames() {
		return tags.findAllByOrderByNameAsc().stream().map(EventTag::getName).toList();
	}

	@Transactional
	public void addTag(String name) {
		if (name == null || name.isBlank()) {
			throw InvalidInputException.of("name", "jakarta.validation.constraints.NotBlank.message");
		}
		if (tags.findByName(name.strip()).isPresent()) {
			throw InvalidInputException.of("name", "event.error.tagExists", name.strip());
		}
		tags.save(new EventTag(name));
	}

	/**
	 * Puts a person on an event, as the network's staff do. REGISTERED needs open registration; over
	 * capacity the person goes to the waiting list; ATTENDED and ABSENT (a walk-in, a sheet) only once
	 * the event has started. The event's row is locked meanwhile, so two people registering for the
	 * last seat at the same moment get one seat and one place on the list.
	 */
	@Transactional
	public ParticipantView register(long eventId, long personId, Long organizationId, ParticipationStatus status) {
		Event event = events.findLocked(eventId).orElseThrow(() -> new NotFoundException("Event"));
		checkRecordable(event, status);
		return add(event, personId, organizationId, status);
	}

	/**
	 * A member representative registers a person of their organization: only as REGISTERED, only
	 * while the planned event's registration is open and before it starts; over capacity the person
	 * goes to the waiting list. Attendance is the staff's to record.
	 */
	@Transactional
	public ParticipantView registerForOrganization(long eventId, long personId, long organizationId,
			ParticipationStatus status) {
		Event event = events.findLocked(eventId).orElseThrow(() -> new NotFoundException("Event"));
		checkRepresentativeMay(event, status, ParticipationStatus.REGISTERED);
		return add(event, personId, organizationId, ParticipationStatus.REGISTERED);
	}

	/**
	 * A member representative registers again or cancels a person of their organization, on the
	 * same terms as registering; a recorded attendance is not theirs to change.
	 */
	@Transactional
	public ParticipantView changeForOrganization(long eventId, long personId, ParticipationStatus status) {
		Event event = events.findLocked(eventId).orElseThrow(() -> new NotFoundException("Event"));
		Participation participation = participations.findByEventIdAndPersonId(eventId, personId)
			.orElseThrow(() -> new NotFoundException("Participant"));
		if (isAttendance(participation.getStatus())) {
			throw InvalidInputException.of("status", "event.error.staffRecordsAttendance");
		}
		checkRepresentativeMay(event, status, ParticipationStatus.REGISTERED, ParticipationStatus.CANCELLED);
		return changeStatus(eventId, personId, status);
	}

	private ParticipantView add(Event event, long personId, Long organizationId, ParticipationStatus status) {
		long eventId = event.getId();
		PersonView person;
		try {
			person = people.get(personId);
		}
		catch (NotFoundException e) {
			throw InvalidInputException.of("personId", "event.error.unknownPersonId", personId);
		}
		if (organizationId != null && !organizations.exists(organizationId)) {
			throw InvalidInputException.of("organizationId", "person.error.unknownOrganization", organizationId);
		}
		if (participations.findByEventIdAndPersonId(eventId, personId).isPresent()) {
			throw new ConflictException("event.error.alreadyRegistered", person.fullName());
		}
		ParticipationStatus actual = admit(event, status);
		Participation participation = participations
			.saveAndFlush(new Participation(eventId, personId, organizationId, actual));
		return participant(participation, person);
	}

	/**
	 * Changes a person's status, as the network's staff do (ATTENDED and ABSENT only once the event
	 * has started); a freed seat goes to the first on the waiting list, who gets a mail.
	 */
	@Transactional
	public ParticipantView changeStatus(long eventId, long personId, ParticipationStatus status) {
		Event event = events.findLocked(eventId).orElseThrow(() -> new NotFoundException("Event"));
		checkRecordable(event, status);
		Participation participation = participations.findByEventIdAndPersonId(eventId, personId)
			.orElseThrow(() -> new NotFoundException("Participant"));
		ParticipationStatus before = participation.getStatus();
		if (before == status) {
			return participant(participation, people.get(personId));
		}
		if (status == ParticipationStatus.REGISTERED && !before.takesSeat()) {
			// a person without a seat asking for one queues like a new registration
			participation.rejoin(admit(event, status), participation.getOrganizationId());
		}
		else {
			participation.changeStatus(status);
		}
		participations.flush();
		if (before.takesSeat() && !status.takesSeat()) {
			promoteFromWaitingList(event);
		}
		return participant(participation, people.get(personId));
	}

	/** Marks every registered person attended or absent at once. */
	@Transactional
	public int markAll(long eventId, ParticipationStatus status) {
		if (status != ParticipationStatus.ATTENDED && status != ParticipationStatus.ABSENT) {
			throw InvalidInputException.of("status", "event.error.attendanceStatus");
		}
		checkRecordable(events.findLocked(eventId).orElseThrow(() -> new NotFoundException("Event")), status);
		int changed = 0;
		for (Participation participation : participations.findByEventIdOrderByRegisteredAtAscIdAsc(eventId)) {
			if (participation.getStatus() == ParticipationStatus.REGISTERED) {
				participation.changeStatus(status);
				changed++;
			}
		}
		return changed;
	}

	/**
	 * Records the attendance marked on the event's page in one save: each person listed attended
	 * (ticked) or was absent (not ticked). Only once the event has started, and only for people on
	 * its list with a seat (registered, attended or absent); any other id (a person of another
	 * event or network, a waitlisted or cancelled one) refuses the whole save.
	 */
	@Transactional
	public int markAttendance(long eventId, Collection<Long> listed, Collection<Long> attended) {
		Event event = events.findLocked(eventId).orElseThrow(() -> new NotFoundException("Event"));
		if (listed.isEmpty()) {
			throw InvalidInputException.of("attended", "event.error.nobodyMarked");
		}
		checkRecordable(event, ParticipationStatus.ATTENDED);
		Map<Long, Participation> seated = new HashMap<>();
		participations.findByEventIdOrderByRegisteredAtAscIdAsc(eventId)
			.stream()
			.filter(participation -> participation.getStatus() == ParticipationStatus.REGISTERED
					|| isAttendance(participation.getStatus()))
			.forEach(participation -> seated.put(participation.getPersonId(), participation));
		if (!seated.keySet().containsAll(listed) || !listed.containsAll(attended)) {
			throw InvalidInputException.of("attended", "event.error.notOnList");
		}
		int changed = 0;
		for (Long personId : Set.copyOf(listed)) {
			Participation participation = seated.get(personId);
			ParticipationStatus status = attended.contains(personId) ? ParticipationStatus.ATTENDED
					: ParticipationStatus.ABSENT;
			if (participation.getStatus() != status) {
				participation.changeStatus(status);
				changed++;
			}
		}
		return changed;
	}

	/**
	 * Records an attendance sheet at once, for {@link AttendanceImport}: each person (the network's,
	 * as {@link People} matched them) ATTENDED or ABSENT, added to the list when not on it, as
	 * {@link #changeStatus} and {@link #register} would one by one; only once the event has started.
	 * Both statuses keep a seat, so no one moves up from the waiting list. The list is read once and
	 * the changes are saved together, in batches.
	 */
	@Transactional
	public void recordAttendance(long eventId, Map<Long, ParticipationStatus> marks) {
		Event event = events.findLocked(eventId).orElseThrow(() -> new NotFoundException("Event"));
		for (ParticipationStatus status : Set.copyOf(marks.values())) {
			if (!isAttendance(status)) {
				throw InvalidInputException.of("status", "event.error.attendanceStatus");
			}
			checkRecordable(event, status);
		}
		Map<Long, Participation> listed = new HashMap<>();
		participations.findByEventIdOrderByRegisteredAtAscIdAsc(eventId)
			.forEach(participation -> listed.put(participation.getPersonId(), participation));
		bulk.prepare(Participation.class, (int) marks.keySet().stream().filter(id -> !listed.containsKey(id)).count());
		marks.forEach((personId, status) -> {
			Participation participation = listed.get(personId);
			if (participation == null) {
				participations.save(new Participation(eventId, personId, null, status));
			}
			else {
				participation.changeStatus(status);
			}
		});
	}

	@Transactional(readOnly = true)
	public List<ParticipantView> participants(long eventId) {
		find(eventId);
		var collator = SearchText.collator();
		List<Participation> all = participations.findByEventIdOrderByRegisteredAtAscIdAsc(eventId);
		Map<Long, PersonView> persons = people.getAll(all.stream().map(Participation::getPersonId).toList());
		return all.stream()
			.map(participation -> participant(participation, persons.get(participation.getPersonId())))
			.sorted(Comparator.comparing((ParticipantView p) -> p.status() == ParticipationStatus.WAITLISTED)
				.thenComparing(p -> p.status() == ParticipationStatus.WAITLISTED ? "" : p.listName(), collator))
			.toList();
	}

	/**
	 * Takes a rating from 1 to 10 and a comment: only on an event held, only from a person who
	 * attended (or without a person, typed in from a paper form), once per person.
	 */
	@Transactional
	public void giveFeedback(long eventId, Long personId, Integer rating, String comment) {
		Event event = find(eventId);
		List<InvalidInputException.FieldError> errors = new ArrayList<>();
		if (rating == null || rating < 1 || rating > 10) {
			errors.add(new InvalidInputException.FieldError("rating", "event.error.rating", new Object[0]));
		}
		if (comment != null && comment.length() > 4000) {
			errors.add(new InvalidInputException.FieldError("comment", "jakarta.validation.constraints.Size.message",
					new Object[0]));
		}
		if (event.getStatus() != EventStatus.HELD || !hasStarted(event)) {
			errors.add(new InvalidInputException.FieldError("eventId", "event.error.notHeld", new Object[0]));
		}
		if (personId != null) {
			boolean attended = participations.findByEventIdAndPersonId(eventId, personId)
				.filter(p -> p.getStatus() == ParticipationStatus.ATTENDED)
				.isPresent();
			if (!attended) {
				errors.add(new InvalidInputException.FieldError("personId", "event.error.notAttended", new Object[0]));
			}
			else if (feedbacks.existsByEventIdAndPersonId(eventId, personId)) {
				errors.add(new InvalidInputException.FieldError("personId", "event.error.feedbackTwice", new Object[0]));
			}
		}
		if (!errors.isEmpty()) {
			throw new InvalidInputException(errors);
		}
		feedbacks.saveAndFlush(new Feedback(eventId, personId, rating, comment));
	}

	@Transactional(readOnly = true)
	public FeedbackSummary feedback(long eventId) {
		find(eventId);
		List<Feedback> all = feedbacks.findByEventIdOrderByCreatedAtAsc(eventId);
		long sum = all.stream().mapToLong(Feedback::getRating).sum();
		return new FeedbackSummary(all.size(), EventCounting.average(sum, all.size()),
				all.stream().map(Feedback::getComment).filter(c -> c != null).toList());
	}

	/** The figures per type over the period, and all types together under null. */
	@Transactional(readOnly = true)
	public Map<EventType, EventFigures> stats(LocalDate from, LocalDate to) {
		if (to.isBefore(from)) {
			throw InvalidInputException.of("to", "common.error.endBeforeStart");
		}
		MetricQuery period = new MetricQuery(Tenancy.require(), from, to, Map.of());
		Map<EventType, EventFigures> byType = new EnumMap<>(EventType.class);
		for (EventType type : EventType.values()) {
			byType.put(type, counting.figures(period.networkId(), period.startsAt(), period.endsBefore(), type, null));
		}
		return byType;
	}

	/** The latest year up to the current one with an event, for the year a page opens on ({@link OpeningYear}). */
	@Transactional(readOnly = true)
	public Optional<Integer> lastYearWithEvents() {
		OffsetDateTime nextYear = OpeningYear.endOfThisYear().plusDays(1).atStartOfDay(Formats.VILNIUS).toOffsetDateTime();
		return events.lastStartBefore(nextYear).map(start -> start.atZoneSameInstant(Formats.VILNIUS).getYear());
	}

	/** The figures of each month of a year, all types together (for the chart by month). */
	@Transactional(readOnly = true)
	public List<EventFigures> monthly(int year) {
		List<EventFigures> months = new ArrayList<>();
		for (int month = 1; month <= 12; month++) {
			LocalDate first = LocalDate.of(year, month, 1);
			months.add(totals(first, first.withDayOfMonth(first.lengthOfMonth())));
		}
		return months;
	}

	/**
	 * The attended records of the given events that start from..to (days in Vilnius) and are not
	 * cancelled: what the participant metrics count, for a module that keeps its own set of events
	 * (a project's). No event given, no record.
	 */
	@Transactional(readOnly = true)
	public List<Attendance> attended(LocalDate from, LocalDate to, Set<Long> eventIds) {
		return counting.attended(new MetricQuery(Tenancy.require(), from, to, Map.of()), Set.copyOf(eventIds));
	}

	@Transactional(readOnly = true)
	public EventFigures totals(LocalDate from, LocalDate to) {
		MetricQuery period = new MetricQuery(Tenancy.require(), from, to, Map.of());
		return counting.figures(period.networkId(), period.startsAt(), period.endsBefore(), null, null);
	}

	@Transactional(readOnly = true)
	public List<HistoryEntry> history(long id) {
		find(id);
		return history.of(Event.class, id);
	}

	/** When each of the events last changed (its newest revision), by id; an id not found is left out. */
	@Transactional(readOnly = true)
	public Map<Long, Instant> lastChanged(Collection<Long> ids) {
		if (ids.isEmpty()) {
			return Map.of();
		}
		Map<Long, Instant> changed = new HashMap<>();
		events.lastChanges(Tenancy.require(), ids)
			.forEach(change -> changed.put(change.getId(), Instant.ofEpochMilli(change.getChangedAt())));
		return changed;
	}

	@Transactional(readOnly = true)
	public List<FieldChange> changedSince(long id, long version) {
		find(id);
		return history.changedSince(Event.class, id, version);
	}

	/** Attendance is a fact: ATTENDED and ABSENT are recorded only once the event has started. */
	private static void checkRecordable(Event event, ParticipationStatus status) {
		if (isAttendance(status) && !hasStarted(event)) {
			throw InvalidInputException.of("status", "event.error.notStarted");
		}
	}

	/** What a member representative may do: give one of the statuses allowed, while the event is open for registration. */
	private static void checkRepresentativeMay(Event event, ParticipationStatus status, ParticipationStatus... allowed) {
		if (!List.of(allowed).contains(status)) {
			checkRecordable(event, status);
			throw InvalidInputException.of("status", "event.error.staffRecordsAttendance");
		}
		if (!event.registrationOpenOn(LocalDate.now(Formats.VILNIUS)) || hasStarted(event)) {
			throw InvalidInputException.of("status", "event.error.registrationClosed");
		}
	}

	private static boolean isAttendance(ParticipationStatus status) {
		return status == ParticipationStatus.ATTENDED || status == ParticipationStatus.ABSENT;
	}

	static boolean hasStarted(Event event) {
		return !event.getStartsAt().isAfter(OffsetDateTime.now());
	}

	private ParticipationStatus admit(Event event, ParticipationStatus asked) {
		if (asked != ParticipationStatus.REGISTERED) {
			return asked;
		}
		if (!event.registrationOpenOn(LocalDate.now(Formats.VILNIUS))) {
			throw InvalidInputException.of("status", "event.error.registrationClosed");
		}
		if (event.getCapacity() != null && seatsTaken(event.getId()) >= event.getCapacity()) {
			return ParticipationStatus.WAITLISTED;
		}
		return ParticipationStatus.REGISTERED;
	}

	private void promoteFromWaitingList(Event event) {
		if (event.getStatus() != EventStatus.PLANNED) {
			return;
		}
		List<Participation> waiting = participations
			.findByEventIdAndStatusOrderByRegisteredAtAscIdAsc(event.getId(), ParticipationStatus.WAITLISTED);
		while (!waiting.isEmpty() && (event.getCapacity() == null || seatsTaken(event.getId()) < event.getCapacity())) {
			Participation next = waiting.remove(0);
			next.changeStatus(ParticipationStatus.REGISTERED);
			participations.flush();
			PersonView person = people.get(next.getPersonId());
			Locale locale = Locale.forLanguageTag(person.language());
			outbox.enqueue(Tenancy.require(), locale, person.email(),
					messages.getMessage("mail.waitlist.subject", new Object[] { event.getTitle() }, locale),
					messages.getMessage("mail.waitlist.body",
							new Object[] { person.firstName(), event.getTitle(),
									new Formats().dateTime(event.getStartsAt()) },
							locale));
		}
	}

	private int seatsTaken(long eventId) {
		return (int) participations.countByEventIdAndStatusIn(eventId, Arrays.stream(ParticipationStatus.values())
			.filter(ParticipationStatus::takesSeat)
			.toList());
	}

	private void validate(EventData data, Event existing) {
		List<InvalidInputException.FieldError> errors = new ArrayList<>();
		if (!data.endsAt().isAfter(data.startsAt())) {
			errors.add(new InvalidInputException.FieldError("endsAt", "event.error.endBeforeStart", new Object[0]));
		}
		if (data.registrationFrom() != null && data.registrationUntil() != null
				&& data.registrationUntil().isBefore(data.registrationFrom())) {
			errors.add(new InvalidInputException.FieldError("registrationUntil", "common.error.endBeforeStart",
					new Object[0]));
		}
		List<String> known = tagNames();
		for (String tag : data.tags()) {
			if (!known.contains(tag)) {
				errors.add(new InvalidInputException.FieldError("tags", "event.error.unknownTag", new Object[] { tag }));
			}
		}
		for (Long speaker : data.speakerIds()) {
			try {
				people.get(speaker);
			}
			catch (NotFoundException e) {
				errors.add(new InvalidInputException.FieldError("speakerIds", "event.error.unknownSpeaker",
						new Object[] { speaker }));
			}
		}
		if (existing != null && data.capacity() != null) {
			int taken = seatsTaken(existing.getId());
			if (data.capacity() < taken) {
				errors.add(new InvalidInputException.FieldError("capacity", "event.error.capacityBelowRegistered",
						new Object[] { taken }));
			}
		}
		if (!errors.isEmpty()) {
			throw new InvalidInputException(errors);
		}
	}

	private Event find(long id) {
		return events.findById(id).orElseThrow(() -> new NotFoundException("Event"));
	}

	private EventView view(Event event) {
		return views(List.of(event)).get(0);
	}

	private static EventView view(Event event, int seats, int waiting) {
		return new EventView(event.getId(), event.getVersion(), event.getType(), event.getTitle(), event.getTitleEn(),
				event.getDescription(), event.getDescriptionEn(), event.getStartsAt(), event.getEndsAt(),
				event.getFormat(), event.getVenue(), event.getMunicipality(), event.getOnlineLink(),
				event.getCapacity(), event.getRegistrationFrom(), event.getRegistrationUntil(), event.getStatus(),
				List.copyOf(event.getTags()), event.getHours(), event.isPublicEvent(), event.getHeadcount(), seats,
				waiting, List.copyOf(event.getSpeakerIds()));
	}

	private ParticipantView participant(Participation participation, PersonView person) {
		return new ParticipantView(person.id(), erasedNames.name(person.fullName()), person.email(), participation.getOrganizationId(),
				participation.getStatus(), participation.getRegisteredAt(),
				person.erased() ? erasedNames.label() : erasedNames.name(person.lastName() + ", " + person.firstName()));
	}
}
