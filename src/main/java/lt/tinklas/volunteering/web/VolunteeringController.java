package lt.tinklas.volunteering.web;

import java.time.LocalDate;
import java.time.format.DateTimeParseException;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import lt.tinklas.people.People;
import lt.tinklas.shared.history.StaleEditException;
import lt.tinklas.shared.security.Keepers;
import lt.tinklas.shared.security.Readers;
import lt.tinklas.shared.web.Downloads;
import lt.tinklas.shared.web.InvalidInputException;
import lt.tinklas.shared.web.NetworkContext;
import lt.tinklas.volunteering.Volunteering;
import org.springframework.context.MessageSource;
import org.springframework.context.i18n.LocaleContextHolder;
import org.springframework.http.ResponseEntity;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

/**
 * Volunteering on one page: the totals per year and programme, the activities (filtered by year
 * and programme) with the form to record one, and the programmes.
 */
@Controller
@RequestMapping("/n/{slug}/volunteering")
class VolunteeringController {

	private final Volunteering volunteering;
	private final People people;
	private final MessageSource messages;

	VolunteeringController(Volunteering volunteering, People people, MessageSource messages) {
		this.volunteering = volunteering;
		this.people = people;
		this.messages = messages;
	}

	@GetMapping
	@Readers
	String page(@RequestParam(required = false) Integer year, @RequestParam(required = false) Long programme,
			Model model) {
		model.addAttribute("totals", volunteering.totals());
		model.addAttribute("programmes", volunteering.programmes());
		model.addAttribute("activities", volunteering.activities(year, programme));
		model.addAttribute("volunteers", volunteering.volunteers(year, programme));
		model.addAttribute("year", year);
		model.addAttribute("programme", programme);
		model.addAttribute("personChoices", people.choices(NetworkContext.path("/people/choices")));
		return "volunteering/page";
	}

	@GetMapping("/totals.{format}")
	@Readers
	ResponseEntity<byte[]> exportTotals(@PathVariable String format) {
		var locale = LocaleContextHolder.getLocale();
		List<String> headers = List.of(text("volunteering.year"), text("volunteerActivity.field.programmeId"),
				text("volunteering.volunteers"), text("volunteering.activities"), text("volunteerActivity.field.hours"));
		List<List<Object>> rows = volunteering.totals()
			.stream()
			.map(t -> List.<Object>of(t.year(), t.programme(locale.getLanguage()), t.volunteers(), t.activities(), t.hours()))
			.toList();
		return Downloads.table("savanoryste", text("volunteering.totals"), format, headers, rows);
	}

	@PostMapping("/programmes")
	@Keepers
	String createProgramme(@PathVariable String slug, @RequestParam(required = false) String name,
			@RequestParam(required = false) String nameEn, @RequestParam(required = false) String description,
			RedirectAttributes redirect) {
		try {
			volunteering.createProgramme(name, nameEn, description);
			redirect.addFlashAttribute("saved", "volunteering.programmeAdded");
		}
		catch (InvalidInputException e) {
			refuse(e, redirect, "programme",
					Map.of("name", value(name), "nameEn", value(nameEn), "description", value(description)));
		}
		return "redirect:/n/" + slug + "/volunteering#programmes";
	}

	@PostMapping("/activities")
	@Keepers
	String record(@PathVariable String slug, @RequestParam(required = false) Long programmeId,
			@RequestParam(required = false) Long personId, @RequestParam(required = false) String on,
			@RequestParam(required = false) String hours, @RequestParam(required = false) String description,
			RedirectAttributes redirect) {
		Map<String, String> typed = Map.of("programmeId", programmeId == null ? "" : String.valueOf(programmeId),
				"personId", personId == null ? "" : String.valueOf(personId), "on", value(on), "hours", value(hours),
				"description", value(description));
		try {
			volunteering.record(new Volunteering.ActivityData(programmeId, personId, date(on), hours, description));
			redirect.addFlashAttribute("saved", "volunteering.activityRecorded");
		}
		catch (InvalidInputException e) {
			refuse(e, redirect, "activity", typed);
		}
		return "redirect:/n/" + slug + "/volunteering#record";
	}

	@GetMapping("/activities/{id}")
	@Keepers
	String activity(@PathVariable long id, Model model) {
		Volunteering.ActivityView activity = volunteering.activity(id);
		if (!model.containsAttribute("typed")) {
			model.addAttribute("typed", Map.of("programmeId", String.valueOf(activity.programmeId()), "personId",
					String.valueOf(activity.personId()), "on", activity.on().toString(), "hours",
					activity.hours().stripTrailingZeros().toPlainString().replace('.', ','), "description",
					value(activity.description()), "version", String.valueOf(activity.version())));
			model.addAttribute("fieldErrors", Map.of());
		}
		model.addAttribute("activity", activity);
		model.addAttribute("programmes", volunteering.programmes());
		model.addAttribute("personChoices", people.choices(NetworkContext.path("/people/choices")));
		model.addAttribute("history", volunteering.activityHistory(id));
		return "volunteering/activity";
	}

	@PostMapping("/activities/{id}")
	@Keepers
	String update(@PathVariable String slug, @PathVariable long id, @RequestParam(required = false) Long programmeId,
			@RequestParam(required = false) Long personId, @RequestParam(required = false) String on,
			@RequestParam(required = false) String hours, @RequestParam(required = false) String description,
			@RequestParam(required = false) Long version, Model model, RedirectAttributes redirect) {
		Volunteering.ActivityView current = volunteering.activity(id);
		Map<String, String> typed = Map.of("programmeId", programmeId == null ? "" : String.valueOf(programmeId),
				"personId", personId == null ? "" : String.valueOf(personId), "on", value(on), "hours", value(hours),
				"description", value(description), "version",
				String.valueOf(version == null ? current.version() : version));
		try {
			if (version == null) {
				throw new StaleEditException(Volunteering.ActivityView.class, id, -1);
			}
			volunteering.update(id, version, new Volunteering.ActivityData(programmeId, personId, date(on), hours,
					description));
			redirect.addFlashAttribute("saved", "common.saved");
			return "redirect:/n/" + slug + "/volunteering/activities/" + id;
		}
		catch (InvalidInputException e) {
			Map<String, String> byField = new LinkedHashMap<>();
			e.errors()
				.forEach(error -> byField.merge(error.field(),
						messages.getMessage(error.messageKey(), error.arguments(), LocaleContextHolder.getLocale()),
						(a, b) -> a + " " + b));
			model.addAttribute("fieldErrors", byField);
			model.addAttribute("flashError", "form.hasErrors");
		}
		catch (StaleEditException e) {
			model.addAttribute("fieldErrors", Map.of());
			model.addAttribute("staleChanges",
					volunteering.activityChangedSince(id, version == null ? current.version() : version));
			typed = new HashMap<>(typed);
			typed.put("version", String.valueOf(current.version()));
		}
		model.addAttribute("typed", typed);
		return activity(id, model);
	}

	@PostMapping("/activities/{id}/delete")
	@Keepers
	String delete(@PathVariable String slug, @PathVariable long id, RedirectAttributes redirect) {
		volunteering.deleteActivity(id);
		redirect.addFlashAttribute("saved", "volunteering.activityDeleted");
		return "redirect:/n/" + slug + "/volunteering";
	}

	private void refuse(InvalidInputException e, RedirectAttributes redirect, String form, Map<String, String> typed) {
		Map<String, String> byField = new LinkedHashMap<>();
		e.errors()
			.forEach(error -> byField.merge(error.field(),
					messages.getMessage(error.messageKey(), error.arguments(), LocaleContextHolder.getLocale()),
					(a, b) -> a + " " + b));
		redirect.addFlashAttribute("errorsOf", form);
		redirect.addFlashAttribute("fieldErrors", byField);
		redirect.addFlashAttribute("typed", typed);
		redirect.addFlashAttribute("flashError", "form.hasErrors");
	}

	private String text(String key) {
		return messages.getMessage(key, null, LocaleContextHolder.getLocale());
	}

	private static LocalDate date(String text) {
		if (text == null || text.isBlank()) {
			return null;
		}
		try {
			return LocalDate.parse(text.strip());
		}
		catch (DateTimeParseException e) {
			throw InvalidInputException.of("on", "typeMismatch");
		}
	}

	private static String value(String text) {
		return text == null ? "" : text;
	}
}
