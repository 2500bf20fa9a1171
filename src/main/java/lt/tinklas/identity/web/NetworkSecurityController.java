package lt.tinklas.identity.web;

import jakarta.servlet.http.HttpServletRequest;
import lt.tinklas.identity.SignedInUser;
import lt.tinklas.identity.factors.SecondFactorPolicy;
import lt.tinklas.shared.security.NetworkAdmins;
import lt.tinklas.shared.web.NetworkContext;
import org.springframework.security.core.annotation.AuthenticationPrincipal;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

/** The network admin's sign-in policy: whether the network's staff and admins must use a second factor. */
@Controller
@NetworkAdmins
class NetworkSecurityController {

	private final SecondFactorPolicy policy;

	NetworkSecurityController(SecondFactorPolicy policy) {
		this.policy = policy;
	}

	@GetMapping("/n/{slug}/settings/security")
	String page(HttpServletRequest request, Model model) {
		model.addAttribute("required", policy.required(NetworkContext.of(request).id()));
		return "identity/network-security";
	}

	@PostMapping("/n/{slug}/settings/security")
	String save(@PathVariable String slug, @RequestParam(required = false) String secondFactor,
			@AuthenticationPrincipal SignedInUser user, HttpServletRequest request, Model model,
			RedirectAttributes redirect) {
		if (secondFactor == null || !(secondFactor.equals("required") || secondFactor.equals("optional"))) {
			model.addAttribute("required", policy.required(NetworkContext.of(request).id()));
			model.addAttribute("choiceError", true);
			return "identity/network-security";
		}
		policy.require(NetworkContext.of(request).id(), secondFactor.equals("required"), user.id());
		redirect.addFlashAttribute("saved", "security.saved");
		return "redirect:/n/" + slug + "/settings/security";
	}
}
