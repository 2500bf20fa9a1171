package lt.tinklas.advocacy.web;

import lt.tinklas.advocacy.InstitutionKind;
import lt.tinklas.advocacy.application.AdvocacyLists;
import lt.tinklas.advocacy.application.InstitutionView;
import lt.tinklas.organizations.Municipalities;
import lt.tinklas.shared.history.StaleEditException;
import lt.tinklas.shared.security.Keepers;
import lt.tinklas.shared.security.Readers;
import lt.tinklas.shared.web.InvalidInputException;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

/** The institutions and the priority directions the network keeps. */
@Controller
class AdvocacyListsController {

	private final AdvocacyLists lists;
	private final Municipalities municipalities;

	AdvocacyListsController(AdvocacyLists lists, Municipalities municipalities) {
		this.lists = lists;
		this.municipalities = municipalities;
	}

	@GetMapping("/n/{slug}/institutions")
	@Readers
	String institutions(@RequestParam(required = false) InstitutionKind kind, Model model) {
		model.addAttribute("kind", kind);
		model.addAttribute("kinds", InstitutionKind.values());
		model.addAttribute("institutions",
				lists.institutions().stream().filter(i -> kind == null || i.kind() == kind).toList());
		model.addAttribute("municipalities", municipalities.all());
		return "advocacy/institutions";
	}

	@PostMapping("/n/{slug}/institutions")
	@Keepers
	String addInstitution(@PathVariable String slug, @RequestParam(required = false) String name,
			@RequestParam(required = false) String nameEn, @RequestParam(required = false) InstitutionKind kind,
			@RequestParam(required = false) String municipality, Model model, RedirectAttributes redirect) {
		try {
			lists.addInstitution(name, nameEn, kind, municipality);
			redirect.addFlashAttribute("saved", "common.saved");
			return "redirect:/n/" + slug + "/institutions";
		}
		catch (InvalidInputException e) {
			model.addAttribute("institutionError", e.errors().get(0));
			model.addAttribute("typed", new Typed(name, nameEn, kind, municipality));
			return institutions(null, model);
		}
	}

	@PostMapping("/n/{slug}/institutions/{id}")
	@Keepers
	String updateInstitution(@PathVariable String slug, @PathVariable long id, @RequestParam long version,
			@RequestParam(required = false) String name, @RequestParam(required = false) String nameEn,
			@RequestParam(required = false) InstitutionKind kind, @RequestParam(required = false) String municipality,
			RedirectAttributes redirect) {
		try {
			InstitutionView saved = lists.updateInstitution(id, version, name, nameEn, kind, municipality);
			redirect.addFlashAttribute("saved", "common.saved");
			return "redirect:/n/" + slug + "/institutions#institution-" + saved.id();
		}
		catch (InvalidInputException e) {
			redirect.addFlashAttribute("institutionError", e.errors().get(0));
		}
		catch (StaleEditException e) {
			redirect.addFlashAttribute("flashError", "common.error.stale");
		}
		return "redirect:/n/" + slug + "/institutions";
	}

	/** What was typed in the add form, shown again beside the error. */
	record Typed(String name, String nameEn, InstitutionKind kind, String municipality) {
	}

	@GetMapping("/n/{slug}/advocacy-directions")
	@Readers
	String directions(Model model) {
		model.addAttribute("directions", lists.directions());
		return "advocacy/directions";
	}

	@PostMapping("/n/{slug}/advocacy-directions")
	@Keepers
	String addDirection(@PathVariable String slug, @RequestParam(required = false) String name,
			@RequestParam(required = false) String nameEn, Model model, RedirectAttributes redirect) {
		try {
			lists.addDirection(name, nameEn);
			redirect.addFlashAttribute("saved", "common.saved");
			return "redirect:/n/" + slug + "/advocacy-directions";
		}
		catch (InvalidInputException e) {
			model.addAttribute("directionError", e.errors().get(0));
			model.addAttribute("typedName", name);
			model.addAttribute("typedNameEn", nameEn);
			return directions(model);
		}
	}
}
