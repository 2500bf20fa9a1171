package lt.tinklas.people.web;

import java.time.LocalDate;

import jakarta.servlet.http.HttpServletRequest;
import lt.tinklas.identity.SignedInUser;
import lt.tinklas.people.application.InactivePeople;
import lt.tinklas.shared.security.Keepers;
import lt.tinklas.shared.web.Formats;
import lt.tinklas.shared.web.InvalidInputException;
import lt.tinklas.shared.web.NetworkContext;
import org.springframework.security.core.annotation.AuthenticationPrincipal;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

/**
 * The people without activity for the network's number of years: staff erase each (through the
 * erasure's question, with the request's reference) or keep them with a reason.
 */
@Controller
class InactivePeopleController {

	private final InactivePeople inactive;

	InactivePeopleController(InactivePeople inactive) {
		this.inactive = inactive;
	}

	@GetMapping("/n/{slug}/people/inactive")
	@Keepers
	String list(HttpServletRequest request, Model model) {
		long networkId = NetworkContext.of(request).id();
		model.addAttribute("years", inactive.years(networkId));
		model.addAttribute("people", inactive.list(networkId, LocalDate.now(Formats.VILNIUS)));
		return "people/inactive";
	}

	@PostMapping("/n/{slug}/people/{id}/keep")
	@Keepers
	String keep(@PathVariable String slug, @PathVariable long id, @RequestParam(required = false) String reason,
			@AuthenticationPrincipal SignedInUser user, HttpServletRequest request, Model model,
			RedirectAttributes redirect) {
		try {
			inactive.keep(NetworkContext.of(request).id(), id, reason, user.email());
		}
		catch (InvalidInputException e) {
			model.addAttribute("refusedFor", id);
			model.addAttribute("refusal", e.errors().get(0));
			model.addAttribute("typedReason", reason);
			return list(request, model);
		}
		redirect.addFlashAttribute("saved", "inactive.kept");
		return "redirect:/n/" + slug + "/people/inactive";
	}
}
