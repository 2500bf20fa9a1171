package lt.tinklas.advocacy.web;

import java.time.LocalDate;

import lt.tinklas.advocacy.DocumentKind;
import lt.tinklas.advocacy.Outcome;
import lt.tinklas.advocacy.application.AdvocacyStatistics;
import lt.tinklas.advocacy.application.DecisionMakerMeetings;
import lt.tinklas.advocacy.application.Period;
import lt.tinklas.advocacy.application.Positions;
import lt.tinklas.shared.replica.ReadsFromReplica;
import lt.tinklas.shared.security.Readers;
import lt.tinklas.shared.web.OpeningYear;
import org.springframework.format.annotation.DateTimeFormat;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.RequestParam;

/** The advocacy figures of a period, each leading to the records it counts. */
@ReadsFromReplica
@Controller
class AdvocacyStatsController {

	private final AdvocacyStatistics statistics;
	private final DecisionMakerMeetings meetings;
	private final Positions positions;

	AdvocacyStatsController(AdvocacyStatistics statistics, DecisionMakerMeetings meetings, Positions positions) {
		this.statistics = statistics;
		this.meetings = meetings;
		this.positions = positions;
	}

	@GetMapping("/n/{slug}/advocacy/stats")
	@Readers
	String stats(@RequestParam(required = false) @DateTimeFormat(iso = DateTimeFormat.ISO.DATE) LocalDate from,
			@RequestParam(required = false) @DateTimeFormat(iso = DateTimeFormat.ISO.DATE) LocalDate to, Model model) {
		Period period;
		if (from == null && to == null) {
			OpeningYear opening = OpeningYear.after(meetings.lastYearHeld(), positions.lastYearSent());
			model.addAttribute("opening", opening);
			period = new Period(opening.from(), opening.to());
		}
		else {
			period = Period.orThisYear(from, to);
		}
		model.addAttribute("from", period.from());
		model.addAttribute("to", period.to());
		model.addAttribute("stats", statistics.of(period.from(), period.to()));
		model.addAttribute("kinds", DocumentKind.values());
		model.addAttribute("outcomes", Outcome.values());
		return "advocacy/stats";
	}
}
