package lt.tinklas.events.web;

import java.time.LocalDate;
import java.util.List;

import lt.tinklas.events.EventType;
import lt.tinklas.events.Events;
import lt.tinklas.events.application.EventFigures;
import lt.tinklas.shared.replica.ReadsFromReplica;
import lt.tinklas.shared.security.Readers;
import lt.tinklas.shared.web.Formats;
import lt.tinklas.shared.web.OpeningYear;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.RequestParam;

/** The events dashboard: a year's figures per type, each linked to the records it counts. */
@ReadsFromReplica
@Controller
class StatsController {

	private final Events events;

	StatsController(Events events) {
		this.events = events;
	}

	@GetMapping("/n/{slug}/events/stats")
	@Readers
	String stats(@RequestParam(required = false) Integer year, Model model) {
		int shown;
		if (year == null) {
			OpeningYear opening = OpeningYear.after(events.lastYearWithEvents());
			model.addAttribute("opening", opening);
			shown = opening.year();
		}
		else {
			shown = year < 1990 || year > 2100 ? LocalDate.now(Formats.VILNIUS).getYear() : year;
		}
		LocalDate from = LocalDate.of(shown, 1, 1);
		LocalDate to = LocalDate.of(shown, 12, 31);
		model.addAttribute("year", shown);
		model.addAttribute("from", from);
		model.addAttribute("to", to);
		model.addAttribute("byType", events.stats(from, to));
		model.addAttribute("totals", events.totals(from, to));
		model.addAttribute("types", EventType.values());
		List<EventFigures> months = events.monthly(shown);
		model.addAttribute("months", months);
		model.addAttribute("maxParticipations",
				Math.max(1, months.stream().mapToLong(EventFigures::participations).max().orElse(1)));
		return "events/stats";
	}
}
