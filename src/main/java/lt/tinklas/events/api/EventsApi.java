package lt.tinklas.events.api;

import java.net.URI;
import java.time.LocalDate;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.tags.Tag;
import jakarta.validation.Valid;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;
import lt.tinklas.events.EventData;
import lt.tinklas.events.EventType;
import lt.tinklas.events.EventView;
import lt.tinklas.events.Events;
import lt.tinklas.events.ParticipationStatus;
import lt.tinklas.events.application.EventFigures;
import lt.tinklas.events.application.ParticipantView;
import lt.tinklas.identity.SignedInUser;
import lt.tinklas.people.PeopleAccess;
import lt.tinklas.shared.security.AnyNetworkRole;
import lt.tinklas.shared.security.Keepers;
import lt.tinklas.shared.security.KeepersAndRepresentatives;
import lt.tinklas.shared.security.Readers;
import lt.tinklas.shared.web.Formats;
import lt.tinklas.shared.web.InvalidInputException;
import org.springframework.format.annotation.DateTimeFormat;
import org.springframework.http.HttpStatus;
import org.springframework.http.ResponseEntity;
import org.springframework.security.core.annotation.AuthenticationPrincipal;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PatchMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.PutMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.ResponseStatus;
import org.springframework.web.bind.annotation.RestController;

@RestController
@RequestMapping("/api/v1/networks/{slug}/events")
@Tag(name = "Events")
class EventsApi {

	private final Events events;
	private final PeopleAccess access;

	EventsApi(Events events, PeopleAccess access) {
		this.events = events;
		this.access = access;
	}

	@PostMapping
	@ResponseStatus(HttpStatus.CREATED)
	@Keepers
	@Operation(summary = "Create an event", description = "startsAt and endsAt are ISO-8601 with an offset; tags come from the network's list.")
	ResponseEntity<EventView> create(@PathVariable String slug, @Valid @RequestBody EventData body) {
		EventView created = events.create(body);
		return ResponseEntity.created(URI.create("/api/v1/networks/" + slug + "/events/" + created.id())).body(created);
	}

	@GetMapping
	@AnyNetworkRole
	@Operation(summary = "Events starting between from and to (dates, both included; this year by default)")
	List<EventView> list(@RequestParam(required = false) @DateTimeFormat(iso = DateTimeFormat.ISO.DATE) LocalDate from,
			@RequestParam(required = false) @DateTimeFormat(iso = DateTimeFormat.ISO.DATE) LocalDate to,
			@RequestParam(required = false) EventType type) {
		LocalDate today = LocalDate.now(Formats.VILNIUS);
		return events.list(from == null ? today.withDayOfYear(1) : from,
				to == null ? today.withDayOfYear(today.lengthOfYear()) : to, type);
	}

	@GetMapping("/stats")
	@Readers
	@Operation(summary = "Per event type: events, participations, distinctParticipants, distinctOrganizations, hours, ratings, averageRating",
			description = "Cancelled events count nowhere; an event belongs to the day of its start in Europe/Vilnius time; participations are ATTENDED records; the average is rounded half-up to two decimals.")
	Map<EventType, EventFigures> stats(
			@RequestParam(required = false) @DateTimeFormat(iso = DateTimeFormat.ISO.DATE) LocalDate from,
			@RequestParam(required = false) @DateTimeFormat(iso = DateTimeFormat.ISO.DATE) LocalDate to) {
		LocalDate today = LocalDate.now(Formats.VILNIUS);
		return new LinkedHashMap<>(events.stats(from == null ? today.withDayOfYear(1) : from,
				to == null ? today.withDayOfYear(today.lengthOfYear()) : to));
	}

	@GetMapping("/{id}")
	@AnyNetworkRole
	@Operation(summary = "One event")
	EventView get(@PathVariable long id) {
		return events.get(id);
	}

	@PutMapping("/{id}")
	@Keepers
	@Operation(summary = "Change an event", description = "version must be the one read (409 otherwise); status may be PLANNED or HELD.")
	EventView update(@PathVariable long id, @Valid @RequestBody EventData body) {
		return events.update(id, InvalidInputException.requireVersion(body.version()), body);
	}

	@PostMapping("/{id}/cancel")
	@Keepers
	@Operation(summary = "Cancel an event; a cancelled event counts nowhere")
	EventView cancel(@PathVariable long id) {
		return events.cancel(id);
	}

	@GetMapping("/{id}/participants")
	@AnyNetworkRole
	@Operation(summary = "The event's participants; a member representative sees their organization's")
	List<ParticipantView> participants(@PathVariable long id, @AuthenticationPrincipal SignedInUser user) {
		Long organization = access.limitedTo(user);
		return events.participants(id)
			.stream()
			.filter(p -> organization == null || organization.equals(p.organizationId()))
			.toList();
	}

	@PostMapping("/{id}/participants")
	@KeepersAndRepresentatives
	@Operation(summary = "Register a person (201; 409 when the person is already there)",
			description = "Over capacity a REGISTERED person is put on the waiting list (status WAITLISTED in the answer). ATTENDED and ABSENT (staff) only once the event has started. A member representative registers their organization's people, only as REGISTERED, while the planned event's registration is open.")
	ResponseEntity<ParticipantView> register(@PathVariable String slug, @PathVariable long id,
			@Valid @RequestBody Registration body, @AuthenticationPrincipal SignedInUser user) {
		Long organization = access.limitedTo(user);
		if (organization != null) {
			access.checkMaySee(user, body.personId());
			if (!organization.equals(body.organizationId())) {
				throw InvalidInputException.of("organizationId", "event.error.ownOrganizationOnly");
			}
		}
		ParticipationStatus status = body.status() == null ? ParticipationStatus.REGISTERED : body.status();
		ParticipantView registered = organization != null
				? events.registerForOrganization(id, body.personId(), organization, status)
				: events.register(id, body.personId(), body.organizationId(), status);
		return ResponseEntity
			.created(URI.create("/api/v1/networks/" + slug + "/events/" + id + "/participants/" + body.personId()))
			.body(registered);
	}

	@PatchMapping("/{id}/participants/{personId}")
	@KeepersAndRepresentatives
	@Operation(summary = "Change a participant's status (a freed seat goes to the first on the waiting list)",
			description = "ATTENDED and ABSENT (staff) only once the event has started. A member representative registers again or cancels their organization's people while the event's registration is open.")
	ParticipantView change(@PathVariable long id, @PathVariable long personId, @Valid @RequestBody StatusChange body,
			@AuthenticationPrincipal SignedInUser user) {
		if (access.limitedTo(user) != null) {
			access.checkMaySee(user, personId);
			return events.changeForOrganization(id, personId, body.status());
		}
		return events.changeStatus(id, personId, body.status());
	}

	@PostMapping("/{id}/feedback")
	@ResponseStatus(HttpStatus.CREATED)
	@Keepers
	@Operation(summary = "Record feedback on an attendee's behalf: a rating from 1 to 10 and a comment (staff)",
			description = "Only on an event held, from a person who attended, once per person; personId may be left out for a paper form. Attendees give their own feedback through the link mailed to them.")
	ResponseEntity<Void> feedback(@PathVariable long id, @Valid @RequestBody FeedbackBody body) {
		events.giveFeedback(id, body.personId(), body.rating(), body.comment());
		return ResponseEntity.status(201).build();
	}

	record Registration(@NotNull Long personId, Long organizationId, ParticipationStatus status) {
	}

	record StatusChange(@NotNull ParticipationStatus status) {
	}

	record FeedbackBody(Long personId, Integer rating, @Size(max = 4000) String comment) {
	}
}
