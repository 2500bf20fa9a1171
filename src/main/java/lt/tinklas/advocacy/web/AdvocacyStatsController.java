package lt.tinklas.advocacy.web;

import java.time.LocalDate;

import lt.tinklas.advocacy.AdvocacyStatistics;
import lt.tinklas.advocacy.DocumentKind;
import lt.tinklas.advocacy.Outcome;
import lt.tinklas.advocacy.Period;
import org.springframework.format.annotation.DateTimeFormat;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.RequestParam;

/** The advocacy figures of a period, each leading to the records it counts. */
@Controller
class AdvocacyStatsController {

	private final AdvocacyStatistics statistics;

	AdvocacyStatsController(AdvocacyStatistics statistics) {
		this.statistics = statistics;
	}

	@GetMapping("/n/{slug}/advocacy/stats")
	@PreAuthorize(PositionsController.READERS)
	String stats(@RequestParam(required = false) @DateTimeFormat(iso = DateTimeFormat.ISO.DATE) LocalDate from,
			@RequestParam(required = false) @DateTimeFormat(iso = DateTimeFormat.ISO.DATE) LocalDate to, Model model) {
		Period period = Period.orThisYear(from, to);
		model.addAttribute("from", period.from());
		model.addAttribute("to", period.to());
		model.addAttribute("stats", statistics.of(period.from(), period.to()));
		model.addAttribute("kinds", DocumentKind.values());
		model.addAttribute("outcomes", Outcome.values());
		return "advocacy/stats";
	}
}
