package lt.tinklas.advocacy.web;

import java.time.LocalDate;
import java.util.List;
import java.util.Objects;

import jakarta.validation.Valid;
import lt.tinklas.advocacy.SeatRole;
import lt.tinklas.advocacy.application.CouncilSeats;
import lt.tinklas.advocacy.application.SeatView;
import lt.tinklas.shared.security.Keepers;
import lt.tinklas.shared.security.Readers;
import lt.tinklas.shared.web.FormFlow;
import lt.tinklas.shared.web.Formats;
import lt.tinklas.shared.web.InvalidInputException;
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

/** Seats in national bodies: held on a day or during a year, the form, a seat's page. */
@Controller
@RequestMapping("/n/{slug}/council-seats")
class SeatsController {

	private final CouncilSeats seats;
	private final Choices choices;

	SeatsController(CouncilSeats seats, Choices choices) {
		this.seats = seats;
		this.choices = choices;
	}

	@GetMapping
	@Readers
	String list(@RequestParam(required = false) @DateTimeFormat(iso = DateTimeFormat.ISO.DATE) LocalDate on,
			@RequestParam(required = false) Integer year, Model model) {
		LocalDate day = on == null ? LocalDate.now(Formats.VILNIUS) : on;
		if (year != null && (year < 1990 || year > 2200)) {
			throw InvalidInputException.of("year", "seat.error.year");
		}
		model.addAttribute("on", day);
		model.addAttribute("year", year);
		List<SeatView> shown = year == null ? seats.heldOn(day)
				: seats.heldDuring(LocalDate.of(year, 1, 1), LocalDate.of(year, 12, 31));
		model.addAttribute("seats", shown);
		choices.institutionsAndDirections(model);
		choices.namesOf(model, shown.stream().map(SeatView::personId).filter(Objects::nonNull).toList());
		return "advocacy/seats";
	}

	@GetMapping("/new")
	@Keepers
	String newSeat(Model model) {
		model.addAttribute("form", SeatForm.empty());
		return formPage(model);
	}

	@PostMapping
	@Keepers
	String create(@PathVariable String slug, @Valid @ModelAttribute("form") SeatForm form, BindingResult binding,
			Model model, RedirectAttributes redirect) {
		return FormFlow.of(binding, model, redirect)
			.save(() -> {
				SeatView created = seats.create(form.toData());
				return "/n/" + slug + "/council-seats/" + created.id();
			}, () -> formPage(model));
	}

	@GetMapping("/{id}")
	@Readers
	String show(@PathVariable long id, Model model) {
		SeatView seat = seats.get(id);
		model.addAttribute("seat", seat);
		if (!model.containsAttribute("form")) {
			model.addAttribute("form", SeatForm.of(seat));
		}
		model.addAttribute("history", seats.history(id));
		choices.namesOf(model, seat.personId() == null ? List.of() : List.of(seat.personId()));
		formPage(model);
		return "advocacy/seat";
	}

	@PostMapping("/{id}")
	@Keepers
	String update(@PathVariable String slug, @PathVariable long id, @Valid @ModelAttribute("form") SeatForm form,
			BindingResult binding, Model model, RedirectAttributes redirect) {
		return FormFlow.of(binding, model, redirect)
			.editing(form.version(), () -> seats.changedSince(id, form.version()),
					() -> seats.get(id).version())
			.save(() -> {
				seats.update(id, form.version(), form.toData());
				return "/n/" + slug + "/council-seats/" + id;
			}, () -> show(id, model));
	}

	private String formPage(Model model) {
		model.addAttribute("roles", SeatRole.values());
		choices.institutionsAndDirections(model);
		choices.people(model);
		return "advocacy/seat-form";
	}
}
