package lt.tinklas.events.web;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.util.ArrayList;
import java.util.List;

import lt.tinklas.events.EventData;
import lt.tinklas.events.EventFormat;
import lt.tinklas.events.EventStatus;
import lt.tinklas.events.EventType;
import lt.tinklas.events.EventView;
import lt.tinklas.shared.web.Formats;
import org.springframework.format.annotation.DateTimeFormat;

/** The event form as typed; times are local Vilnius times, lists left unchosen are empty. */
public record EventForm(
		EventType type,
		String title,
		String titleEn,
		String description,
		String descriptionEn,
		@DateTimeFormat(iso = DateTimeFormat.ISO.DATE_TIME) LocalDateTime startsAt,
		@DateTimeFormat(iso = DateTimeFormat.ISO.DATE_TIME) LocalDateTime endsAt,
		EventFormat format,
		String venue,
		String municipality,
		String onlineLink,
		Integer capacity,
		LocalDate registrationFrom,
		LocalDate registrationUntil,
		List<String> tags,
		BigDecimal hours,
		Boolean publicEvent,
		Integer headcount,
		Long version,
		EventStatus status,
		List<Long> speakerIds) {

	public EventForm {
		// a box left unticked, or not on the page at all, is false
		publicEvent = Boolean.TRUE.equals(publicEvent);
		tags = tags == null ? List.of() : tags;
		speakerIds = speakerIds == null ? List.of() : speakerIds;
	}

	/** A new event's form: a training held live. */
	static EventForm empty() {
		return new EventForm(EventType.TRAINING, null, null, null, null, null, null, EventFormat.LIVE, null, null, null,
				null, null, null, null, null, false, null, null, null, null);
	}

	static EventForm of(EventView event) {
		return new EventForm(event.type(), event.title(), event.titleEn(), event.description(), event.descriptionEn(),
				event.startsAt().atZoneSameInstant(Formats.VILNIUS).toLocalDateTime(),
				event.endsAt().atZoneSameInstant(Formats.VILNIUS).toLocalDateTime(), event.format(), event.venue(),
				event.municipality(), event.onlineLink(), event.capacity(), event.registrationFrom(),
				event.registrationUntil(), new ArrayList<>(event.tags()), event.hours(), event.isPublic(),
				event.headcount(), event.version(), event.status(), new ArrayList<>(event.speakerIds()));
	}

	EventData toData() {
		return new EventData(type, title, titleEn, description, descriptionEn,
				startsAt == null ? null : startsAt.atZone(Formats.VILNIUS).toOffsetDateTime(),
				endsAt == null ? null : endsAt.atZone(Formats.VILNIUS).toOffsetDateTime(), format, venue,
				municipality, onlineLink, capacity, registrationFrom, registrationUntil, tags, hours, publicEvent,
				headcount, version, status, speakerIds);
	}
}
