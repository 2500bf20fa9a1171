package lt.tinklas.events.web;

import java.io.IOException;
import java.io.StringWriter;
import java.nio.charset.StandardCharsets;
import java.time.LocalDate;
import java.util.List;

import jakarta.servlet.http.HttpServletRequest;
import lt.tinklas.events.EventView;
import lt.tinklas.events.Events;
import lt.tinklas.shared.web.Formats;
import lt.tinklas.shared.web.NetworkContext;
import net.fortuna.ical4j.data.CalendarOutputter;
import net.fortuna.ical4j.model.Calendar;
import net.fortuna.ical4j.model.component.VEvent;
import net.fortuna.ical4j.model.property.Description;
import net.fortuna.ical4j.model.property.Location;
import net.fortuna.ical4j.model.property.ProdId;
import net.fortuna.ical4j.model.property.Status;
import net.fortuna.ical4j.model.property.Uid;
import net.fortuna.ical4j.model.property.Url;
import net.fortuna.ical4j.model.property.immutable.ImmutableCalScale;
import net.fortuna.ical4j.model.property.immutable.ImmutableVersion;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.http.ContentDisposition;
import org.springframework.http.HttpHeaders;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.stereotype.Controller;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;

/** Events as iCalendar: one event's .ics, and a feed of the network's public events to subscribe to. */
@Controller
class EventCalendarController {

	static final MediaType CALENDAR = new MediaType("text", "calendar", StandardCharsets.UTF_8);

	private final Events events;
	private final String baseUrl;

	EventCalendarController(Events events, @Value("${tinklas.base-url}") String baseUrl) {
		this.events = events;
		this.baseUrl = baseUrl;
	}

	@GetMapping("/n/{slug}/events/{id}/calendar.ics")
	@PreAuthorize("hasAnyRole('NETWORK_ADMIN', 'STAFF', 'BOARD', 'MEMBER_REP', 'READER')")
	ResponseEntity<String> one(@PathVariable String slug, @PathVariable long id) {
		return ics("renginys-" + id, List.of(events.get(id)), slug);
	}

	/** Public events from a year back on, for calendar programs to subscribe to (no sign-in). */
	@GetMapping("/n/{slug}/public/events.ics")
	ResponseEntity<String> feed(@PathVariable String slug, HttpServletRequest request) {
		NetworkContext.of(request);
		LocalDate today = LocalDate.now(Formats.VILNIUS);
		List<EventView> open = events.list(today.minusYears(1), today.plusYears(2), null)
			.stream()
			.filter(EventView::isPublic)
			.toList();
		return ics("renginiai", open, slug);
	}

	private ResponseEntity<String> ics(String name, List<EventView> list, String slug) {
		Calendar calendar = new Calendar();
		calendar.add(new ProdId("-//Tinklas//" + slug + "//LT"));
		calendar.add(ImmutableVersion.VERSION_2_0);
		calendar.add(ImmutableCalScale.GREGORIAN);
		for (EventView event : list) {
			// instants are written in UTC ("...Z"), which every calendar program reads without a time zone table
			VEvent entry = new VEvent(event.startsAt().toInstant(), event.endsAt().toInstant(), event.title());
			entry.add(new Uid("event-" + event.id() + "@" + slug + ".tinklas"));
			if (event.venue() != null) {
				entry.add(new Location(event.venue()));
			}
			if (event.description() != null) {
				entry.add(new Description(event.description()));
			}
			entry.add(new Url(java.net.URI.create(baseUrl + "/n/" + slug + "/events/" + event.id())));
			if (event.status() == lt.tinklas.events.EventStatus.CANCELLED) {
				entry.add(new Status(Status.VALUE_CANCELLED));
			}
			calendar.add(entry);
		}
		StringWriter out = new StringWriter();
		try {
			new CalendarOutputter(false).output(calendar, out);
		}
		catch (IOException e) {
			throw new IllegalStateException(e);
		}
		return ResponseEntity.ok()
			.contentType(CALENDAR)
			.header(HttpHeaders.CONTENT_DISPOSITION, ContentDisposition.inline().filename(name + ".ics").build().toString())
			.body(out.toString());
	}
}
