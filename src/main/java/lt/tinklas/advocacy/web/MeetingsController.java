package lt.tinklas.advocacy.web;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;

import jakarta.validation.Valid;
import lt.tinklas.advocacy.application.DecisionMakerMeetings;
import lt.tinklas.advocacy.application.MeetingView;
import lt.tinklas.advocacy.application.Period;
import lt.tinklas.advocacy.application.Positions;
import lt.tinklas.shared.security.Keepers;
import lt.tinklas.shared.security.Readers;
import lt.tinklas.shared.web.FormFlow;
import lt.tinklas.shared.web.Formats;
import lt.tinklas.shared.web.OpeningYear;
import org.springframework.format.annotation.DateTimeFormat;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.validation.BindingResult;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.ModelAttribute;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

/** Meetings with decision makers: the list of a period, the form, a meeting with its follow-up letters. */
@Controller
@RequestMapping("/n/{slug}/decision-maker-meetings")
class MeetingsController {

	private final DecisionMakerMeetings meetings;
	private final Positions positions;
	private final Choices choices;

	MeetingsController(DecisionMakerMeetings meetings, Positions positions, Choices choices) {
		this.meetings = meetings;
		this.positions = positions;
		this.choices = choices;
	}

	@GetMapping
	@Readers
	String list(@RequestParam(required = false) @DateTimeFormat(iso = DateTimeFormat.ISO.DATE) LocalDate from,
			@RequestParam(required = false) @DateTimeFormat(iso = DateTimeFormat.ISO.DATE) LocalDate to, Model model) {
		Period period;
		if (from == null && to == null) {
			OpeningYear opening = OpeningYear.after(meetings.lastYearHeld());
			model.addAttribute("opening", opening);
			period = new Period(opening.from(), opening.to());
		}
		else {
			period = Period.orThisYear(from, to);
		}
		model.addAttribute("from", period.from());
		model.addAttribute("to", period.to());
		model.addAttribute("meetings", meetings.heldBetween(period.from(), period.to()));
		choices.institutionsAndDirections(model);
		return "advocacy/meetings";
	}

	@GetMapping("/new")
	@Keepers
	String newMeeting(Model model) {
		model.addAttribute("form", MeetingForm.empty(LocalDate.now(Formats.VILNIUS)));
		return formPage(model);
	}

	@PostMapping
	@Keepers
	String create(@PathVariable String slug, @Valid @ModelAttribute("form") MeetingForm form, BindingResult binding,
			Model model, RedirectAttributes redirect) {
		return FormFlow.of(binding, model, redirect)
			.save(() -> {
				MeetingView created = meetings.create(form.toData());
				return "/n/" + slug + "/decision-maker-meetings/" + created.id();
			}, () -> formPage(model));
	}

	@GetMapping("/{id}")
	@Readers
	String show(@PathVariable long id, Model model) {
		MeetingView meeting = meetings.get(id);
		model.addAttribute("meeting", meeting);
		if (!model.containsAttribute("form")) {
			model.addAttribute("form", MeetingForm.of(meeting));
		}
		model.addAttribute("followUps", positions.followUpsOfMeeting(id));
		model.addAttribute("history", meetings.history(id));
		List<Long> named = new ArrayList<>(meeting.officials());
		named.addAll(meeting.representatives());
		choices.namesOf(model, named);
		formPage(model);
		return "advocacy/meeting";
	}

	@PostMapping("/{id}")
	@Keepers
	String update(@PathVariable String slug, @PathVariable long id, @Valid @ModelAttribute("form") MeetingForm form,
			BindingResult binding, Model model, RedirectAttributes redirect) {
		return FormFlow.of(binding, model, redirect)
			.editing(form.version(), () -> meetings.changedSince(id, form.version()),
					() -> meetings.get(id).version())
			.save(() -> {
				meetings.update(id, form.version(), form.toData());
				return "/n/" + slug + "/decision-maker-meetings/" + id;
			}, () -> show(id, model));
	}

	private String formPage(Model model) {
		choices.institutionsAndDirections(model);
		choices.people(model);
		return "advocacy/meeting-form";
	}
}
