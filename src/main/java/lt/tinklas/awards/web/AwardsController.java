package lt.tinklas.awards.web;

import java.io.IOException;
import java.util.LinkedHashMap;
import java.util.Map;

import lt.tinklas.awards.Awards;
import lt.tinklas.people.People;
import lt.tinklas.shared.history.StaleEditException;
import lt.tinklas.shared.security.Keepers;
import lt.tinklas.shared.security.Readers;
import lt.tinklas.shared.web.InvalidInputException;
import lt.tinklas.shared.web.NetworkContext;
import org.springframework.context.MessageSource;
import org.springframework.context.i18n.LocaleContextHolder;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.multipart.MultipartFile;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

/**
 * Awards for the staff: the programmes, a programme's yearly rounds, and a round's nominees and
 * laureates with their photos. Each change comes back to its page with its message.
 */
@Controller
@RequestMapping("/n/{slug}/awards")
class AwardsController {

	private final Awards awards;
	private final MessageSource messages;
	private final People people;

	AwardsController(Awards awards, MessageSource messages, People people) {
		this.awards = awards;
		this.messages = messages;
		this.people = people;
	}

	@GetMapping
	@Readers
	String list(Model model) {
		model.addAttribute("programmes", awards.programmes());
		return "awards/list";
	}

	@PostMapping
	@Keepers
	String create(@PathVariable String slug, @RequestParam(required = false) String name,
			@RequestParam(required = false) String nameEn, @RequestParam(required = false) String description,
			@RequestParam(required = false) String descriptionEn, RedirectAttributes redirect) {
		Map<String, String> typed = Map.of("name", value(name), "nameEn", value(nameEn), "description",
				value(description), "descriptionEn", value(descriptionEn));
		try {
			Awards.ProgrammeView created = awards.createProgramme(name, nameEn, description, descriptionEn);
			redirect.addFlashAttribute("saved", "common.saved");
			return "redirect:/n/" + slug + "/awards/" + created.id();
		}
		catch (InvalidInputException e) {
			refuse(e, redirect, typed);
			return "redirect:/n/" + slug + "/awards";
		}
	}

	@GetMapping("/{id}")
	@Readers
	String programme(@PathVariable long id, Model model) {
		model.addAttribute("programme", awards.programme(id));
		model.addAttribute("rounds", awards.rounds(id));
		model.addAttribute("ceremonies", awards.ceremonies());
		return "awards/programme";
	}

	@PostMapping("/{id}/rounds")
	@Keepers
	String createRound(@PathVariable String slug, @PathVariable long id, @RequestParam(required = false) String year,
			@RequestParam(required = false) Long ceremonyEventId, RedirectAttributes redirect) {
		String back = "redirect:/n/" + slug + "/awards/" + id;
		try {
			Awards.RoundView round = awards.createRound(id, year(year), ceremonyEventId);
			redirect.addFlashAttribute("saved", "common.saved");
			return back + "/rounds/" + round.id();
		}
		catch (InvalidInputException e) {
			awards.programme(id);
			refuse(e, redirect, Map.of("year", value(year), "ceremonyEventId",
					ceremonyEventId == null ? "" : String.valueOf(ceremonyEventId)));
			return back;
		}
	}

	@GetMapping("/{id}/rounds/{roundId}")
	@Readers
	String round(@PathVariable long id, @PathVariable long roundId, Model model) {
		model.addAttribute("programme", awards.programme(id));
		model.addAttribute("round", awards.round(id, roundId));
		model.addAttribute("nominees", awards.nominees(id, roundId));
		model.addAttribute("history", awards.roundHistory(id, roundId));
		model.addAttribute("personChoices", people.choices(NetworkContext.path("/people/choices")));
		return "awards/round";
	}

	@PostMapping("/{id}/rounds/{roundId}/nominees")
	@Keepers
	String addNominee(@PathVariable String slug, @PathVariable long id, @PathVariable long roundId,
			@RequestParam(required = false) Long personId, @RequestParam(required = false) String name,
			@RequestParam(required = false) String position, @RequestParam(required = false) String organization,
			@RequestParam(required = false) String reason, @RequestParam(defaultValue = "false") boolean laureate,
			RedirectAttributes redirect) {
		awards.round(id, roundId);
		try {
			awards.addNominee(id, roundId, new Awards.NomineeData(personId, name, position, organization, reason, laureate));
			redirect.addFlashAttribute("saved", "awards.nomineeAdded");
		}
		catch (InvalidInputException e) {
			refuse(e, redirect, Map.of("personId", personId == null ? "" : String.valueOf(personId), "name", value(name),
					"position", value(position), "organization", value(organization), "reason", value(reason)));
		}
		return "redirect:/n/" + slug + "/awards/" + id + "/rounds/" + roundId;
	}

	@PostMapping("/{id}/rounds/{roundId}/nominees/{nomineeId}/photo")
	@Keepers
	String photo(@PathVariable String slug, @PathVariable long id, @PathVariable long roundId,
			@PathVariable long nomineeId, @RequestParam(required = false) MultipartFile photo,
			@RequestParam(required = false) String photoAlt, RedirectAttributes redirect) throws IOException {
		try {
			awards.showPhoto(id, roundId, nomineeId, photo == null ? null : photo.getBytes(), photoAlt);
			redirect.addFlashAttribute("saved", "awards.photoSaved");
		}
		catch (InvalidInputException e) {
			refuse(e, redirect, Map.of("photoAlt", value(photoAlt)));
			redirect.addFlashAttribute("errorsAt", nomineeId);
		}
		return "redirect:/n/" + slug + "/awards/" + id + "/rounds/" + roundId;
	}

	@PostMapping("/{id}/rounds/{roundId}/nominees/{nomineeId}/laureate")
	@Keepers
	String laureate(@PathVariable String slug, @PathVariable long id, @PathVariable long roundId,
			@PathVariable long nomineeId, @RequestParam(defaultValue = "false") boolean laureate,
			@RequestParam(required = false) Long version, RedirectAttributes redirect) {
		String back = "redirect:/n/" + slug + "/awards/" + id + "/rounds/" + roundId;
		if (version == null) {
			awards.round(id, roundId);
			redirect.addFlashAttribute("flashError", "awards.error.staleNominee");
			return back;
		}
		try {
			awards.chooseLaureate(id, roundId, nomineeId, laureate, version);
			redirect.addFlashAttribute("saved", laureate ? "awards.laureateChosen" : "awards.laureateTakenBack");
		}
		catch (StaleEditException e) {
			redirect.addFlashAttribute("flashError", "awards.error.staleNominee");
		}
		return back;
	}

	@PostMapping("/{id}/rounds/{roundId}/nominees/{nomineeId}/delete")
	@Keepers
	String delete(@PathVariable String slug, @PathVariable long id, @PathVariable long roundId,
			@PathVariable long nomineeId, RedirectAttributes redirect) {
		awards.deleteNominee(id, roundId, nomineeId);
		redirect.addFlashAttribute("saved", "awards.nomineeDeleted");
		return "redirect:/n/" + slug + "/awards/" + id + "/rounds/" + roundId;
	}

	private void refuse(InvalidInputException e, RedirectAttributes redirect, Map<String, String> typed) {
		Map<String, String> byField = new LinkedHashMap<>();
		e.errors()
			.forEach(error -> byField.merge(error.field(),
					messages.getMessage(error.messageKey(), error.arguments(), LocaleContextHolder.getLocale()),
					(a, b) -> a + " " + b));
		redirect.addFlashAttribute("fieldErrors", byField);
		redirect.addFlashAttribute("typed", typed);
		redirect.addFlashAttribute("flashError", "form.hasErrors");
	}

	private static Integer year(String text) {
		if (text == null || text.isBlank()) {
			return null;
		}
		try {
			return Integer.valueOf(text.strip());
		}
		catch (NumberFormatException e) {
			throw InvalidInputException.of("year", "typeMismatch");
		}
	}

	private static String value(String text) {
		return text == null ? "" : text;
	}
}
