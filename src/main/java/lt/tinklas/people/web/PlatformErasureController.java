package lt.tinklas.people.web;

import lt.tinklas.people.application.PlatformErasures;
import lt.tinklas.shared.security.PlatformAdmins;
import lt.tinklas.shared.web.ConflictException;
import lt.tinklas.shared.web.InvalidInputException;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;
import org.springframework.web.util.UriComponentsBuilder;

/**
 * The platform admin finds a person by e-mail across the networks that allow it and erases them in
 * each, under the request's reference.
 */
@Controller
@PlatformAdmins
class PlatformErasureController {

	private final PlatformErasures erasures;

	PlatformErasureController(PlatformErasures erasures) {
		this.erasures = erasures;
	}

	@GetMapping("/admin/people")
	String find(@RequestParam(defaultValue = "") String email, Model model) {
		model.addAttribute("email", email);
		if (!email.isBlank()) {
			try {
				model.addAttribute("search", erasures.find(email));
			}
			catch (InvalidInputException e) {
				model.addAttribute("errors", e.errors());
			}
		}
		return "people/platform-erasure";
	}

	@PostMapping("/admin/people/erasure")
	String erase(@RequestParam long networkId, @RequestParam long personId, @RequestParam String email,
			@RequestParam(defaultValue = "") String reference, Model model, RedirectAttributes redirect) {
		try {
			erasures.erase(networkId, personId, reference);
		}
		catch (InvalidInputException e) {
			model.addAttribute("errors", e.errors());
			return find(email, model);
		}
		catch (ConflictException e) {
			model.addAttribute("problem", e.messageKey());
			return find(email, model);
		}
		redirect.addFlashAttribute("saved", "personalData.erased");
		return "redirect:" + UriComponentsBuilder.fromPath("/admin/people").queryParam("email", email).encode().toUriString();
	}
}
