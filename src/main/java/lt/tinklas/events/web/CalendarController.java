package lt.tinklas.events.web;

import java.time.DayOfWeek;
import java.time.LocalDate;
import java.time.YearMonth;
import java.time.format.DateTimeParseException;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.stream.Collectors;

import lt.tinklas.events.EventStatus;
import lt.tinklas.events.EventView;
import lt.tinklas.events.Events;
import lt.tinklas.shared.security.AnyNetworkRole;
import lt.tinklas.shared.web.Formats;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.RequestParam;

/** A month of events as a calendar (weeks from Monday), with the way to the months around it. */
@Controller
class CalendarController {

	private final Events events;

	CalendarController(Events events) {
		this.events = events;
	}

	@GetMapping("/n/{slug}/events/calendar")
	@AnyNetworkRole
	String month(@PathVariable String slug, @RequestParam(required = false) String month, Model model) {
		return month(month, model, "/n/" + slug + "/events", false);
	}

	/** The public events of a month, for anyone: the public site's calendar. */
	@GetMapping("/n/{slug}/public/events/calendar")
	String publicMonth(@PathVariable String slug, @RequestParam(required = false) String month, Model model) {
		return month(month, model, "/n/" + slug + "/public/events", true);
	}

	private String month(String month, Model model, String base, boolean publicOnly) {
		YearMonth shown;
		try {
			shown = month == null ? YearMonth.now(Formats.VILNIUS) : YearMonth.parse(month);
		}
		catch (DateTimeParseException e) {
			shown = YearMonth.now(Formats.VILNIUS);
		}
		Map<LocalDate, List<EventView>> byDay = events.list(shown.atDay(1), shown.atEndOfMonth(), null)
			.stream()
			.filter(e -> !publicOnly || (e.isPublic() && e.status() != EventStatus.CANCELLED))
			.collect(Collectors.groupingBy(e -> e.startsAt().atZoneSameInstant(Formats.VILNIUS).toLocalDate(),
					TreeMap::new, Collectors.toList()));
		List<List<LocalDate>> weeks = new ArrayList<>();
		LocalDate day = shown.atDay(1).with(DayOfWeek.MONDAY);
		while (!day.isAfter(shown.atEndOfMonth())) {
			List<LocalDate> week = new ArrayList<>();
			for (int i = 0; i < 7; i++) {
				week.add(day);
				day = day.plusDays(1);
			}
			weeks.add(week);
		}
		model.addAttribute("month", shown);
		model.addAttribute("eventsBase", base);
		model.addAttribute("weeks", weeks);
		model.addAttribute("byDay", byDay);
		model.addAttribute("previous", shown.minusMonths(1));
		model.addAttribute("next", shown.plusMonths(1));
		return "events/calendar";
	}
}
