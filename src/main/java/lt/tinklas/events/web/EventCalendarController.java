package lt.tinklas.events.web;

import java.io.IOException;
import java.io.StringWriter;
import java.net.URI;
import java.nio.charset.StandardCharsets;
import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import java.util.function.Function;

import jakarta.servlet.http.HttpServletRequest;
import lt.tinklas.events.EventStatus;
import lt.tinklas.events.EventView;
import lt.tinklas.events.Events;
import lt.tinklas.shared.security.AnyNetworkRole;
import lt.tinklas.shared.tenancy.NetworkRef;
import lt.tinklas.shared.web.Formats;
import lt.tinklas.shared.web.NetworkContext;
import net.fortuna.ical4j.data.CalendarOutputter;
import net.fortuna.ical4j.model.Calendar;
import net.fortuna.ical4j.model.component.VEvent;
import net.fortuna.ical4j.model.property.Description;
import net.fortuna.ical4j.model.property.DtStamp;
import net.fortuna.ical4j.model.property.Location;
import net.fortuna.ical4j.model.property.ProdId;
import net.fortuna.ical4j.model.property.Status;
import net.fortuna.ical4j.model.property.Uid;
import net.fortuna.ical4j.model.property.Url;
import net.fortuna.ical4j.model.property.XProperty;
import net.fortuna.ical4j.model.property.immutable.ImmutableCalScale;
import net.fortuna.ical4j.model.property.immutable.ImmutableVersion;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.http.ContentDisposition;
import org.springframework.http.HttpHeaders;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
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

	/** One event for staff and members, linked to its page behind sign-in. */
	@GetMapping("/n/{slug}/events/{id}/calendar.ics")
	@AnyNetworkRole
	ResponseEntity<String> one(@PathVariable String slug, @PathVariable long id, HttpServletRequest request) {
		return ics("renginys-" + id, NetworkContext.of(request).name(), List.of(events.get(id)), slug,
				event -> baseUrl + "/n/" + slug + "/events/" + event.id());
	}

	/**
	 * Public events from a year back on, for calendar programs to subscribe to (no sign-in), each linked to
	 * its public page; cancelled and members-only events are left out.
	 */
	@GetMapping("/n/{slug}/public/events.ics")
	ResponseEntity<String> feed(@PathVariable String slug, HttpServletRequest request) {
		NetworkRef network = NetworkContext.of(request);
		LocalDate today = LocalDate.now(Formats.VILNIUS);
		List<EventView> open = events.publicList(today.minusYears(1), today.plusYears(2));
		return ics("renginiai", network.name(), open, slug,
				event -> baseUrl + "/n/" + slug + "/public/events/" + event.id());
	}

	/**
	 * The calendar, named after the network. Each event's DTSTAMP is its last change, so a calendar that
	 * did not change downloads the same bytes and a program sees what is new.
	 */
	private ResponseEntity<String> ics(String name, String calendarName, List<EventView> list, String slug,
			Function<EventView, String> page) {
		Map<Long, Instant> changed = events.lastChanged(list.stream().map(EventView::id).toList());
		Calendar calendar = new Calendar();
		calendar.add(new ProdId("-//Tinklas//" + slug + "//LT"));
		calendar.add(ImmutableVersion.VERSION_2_0);
		calendar.add(ImmutableCalScale.GREGORIAN);
		calendar.add(new XProperty("X-WR-CALNAME", calendarName));
		for (EventView event : list) {
			// instants are written in UTC ("...Z"), which every calendar program reads without a time zone table
			VEvent entry = new VEvent(event.startsAt().toInstant(), event.endsAt().toInstant(), event.title());
			// a row written outside the application has no revision: its start is as stable a stamp as any
			entry.replace(new DtStamp(changed.getOrDefault(event.id(), event.startsAt().toInstant())));
			entry.add(new Uid("event-" + event.id() + "@" + slug + ".tinklas"));
			if (event.venue() != null) {
				entry.add(new Location(event.venue()));
			}
			if (event.description() != null) {
				entry.add(new Description(event.description()));
			}
			entry.add(new Url(URI.create(page.apply(event))));
			if (event.status() == EventStatus.CANCELLED) {
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
			.body(FoldedLines.fold(out.toString()));
	}
}
