package lt.tinklas.people.web;

import lt.tinklas.people.Consents;
import lt.tinklas.people.application.ConsentKindView;
import lt.tinklas.people.domain.ConsentUse;
import lt.tinklas.shared.security.Keepers;
import lt.tinklas.shared.web.ConflictException;
import lt.tinklas.shared.web.FormFlow;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.validation.BindingResult;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.ModelAttribute;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

/**
 * The network's kinds of consent, kept by its keepers: listed with how many consents name each,
 * added, edited, and deleted after a question while no consent names them.
 */
@Controller
@RequestMapping("/n/{slug}/consent-kinds")
@Keepers
class ConsentKindsController {

	private final Consents consents;

	ConsentKindsController(Consents consents) {
		this.consents = consents;
	}

	@GetMapping
	String list(Model model) {
		if (!model.containsAttribute("form")) {
			model.addAttribute("form", ConsentKindForm.empty());
		}
		model.addAttribute("kinds", consents.kinds());
		model.addAttribute("uses", ConsentUse.values());
		return "people/consent-kinds";
	}

	@PostMapping
	String add(@PathVariable String slug, @ModelAttribute("form") ConsentKindForm form, BindingResult binding,
			Model model, RedirectAttributes redirect) {
		return FormFlow.of(binding, model, redirect).save(() -> {
			consents.createKind(form.toData());
			return "/n/" + slug + "/consent-kinds";
		}, () -> list(model));
	}

	@GetMapping("/{id}")
	String edit(@PathVariable long id, Model model) {
		ConsentKindView kind = consents.kind(id);
		model.addAttribute("kind", kind);
		if (!model.containsAttribute("form")) {
			model.addAttribute("form", ConsentKindForm.of(kind));
		}
		model.addAttribute("uses", ConsentUse.values());
		model.addAttribute("history", consents.kindHistory(id));
		return "people/consent-kind";
	}

	@PostMapping("/{id}")
	String update(@PathVariable String slug, @PathVariable long id, @ModelAttribute("form") ConsentKindForm form,
			BindingResult binding, Model model, RedirectAttributes redirect) {
		return FormFlow.of(binding, model, redirect)
			.editing(form.version(), () -> consents.kindChangedSince(id, form.version()), () -> consents.kind(id).version())
			.save(() -> {
				consents.updateKind(id, form.version(), form.toData());
				return "/n/" + slug + "/consent-kinds";
			}, () -> edit(id, model));
	}

	@PostMapping("/{id}/delete")
	String delete(@PathVariable String slug, @PathVariable long id, RedirectAttributes redirect) {
		try {
			consents.deleteKind(id);
			redirect.addFlashAttribute("saved", "consentKind.deleted");
		}
		catch (ConflictException e) {
			redirect.addFlashAttribute("kindInUse", e.arguments());
		}
		return "redirect:/n/" + slug + "/consent-kinds";
	}
}
