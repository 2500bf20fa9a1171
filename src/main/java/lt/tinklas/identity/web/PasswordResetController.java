package lt.tinklas.identity.web;

import java.util.Locale;

import jakarta.servlet.http.HttpServletRequest;
import jakarta.validation.Valid;
import jakarta.validation.constraints.Email;
import jakarta.validation.constraints.NotBlank;
import lt.tinklas.identity.PasswordLinks;
import lt.tinklas.shared.ratelimit.Door;
import lt.tinklas.shared.ratelimit.RateLimits;
import lt.tinklas.shared.web.InvalidInputException;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.validation.BindingResult;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.ModelAttribute;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;

/** Forgotten password: ask for a link by e-mail, then set a new password through it. */
@Controller
class PasswordResetController {

	private final PasswordLinks links;
	private final RateLimits limits;

	PasswordResetController(PasswordLinks links, RateLimits limits) {
		this.links = links;
		this.limits = limits;
	}

	@GetMapping("/password-reset")
	String requestForm(@ModelAttribute("form") ResetRequest form) {
		return "identity/password-reset-request";
	}

	@PostMapping("/password-reset")
	String request(@Valid @ModelAttribute("form") ResetRequest form, BindingResult binding, Locale locale,
			Model model, HttpServletRequest request) {
		limits.checkAddress(Door.PASSWORD_RESET_ADDRESS, request);
		if (binding.hasErrors()) {
			return "identity/password-reset-request";
		}
		limits.checkEmail(Door.PASSWORD_RESET_EMAIL, form.email());
		links.requestReset(form.email(), locale);
		model.addAttribute("requested", true);
		return "identity/password-reset-request";
	}

	@GetMapping("/password-reset/{token}")
	String newPasswordForm(@PathVariable String token, @ModelAttribute("form") NewPassword form, Model model) {
		model.addAttribute("usable", links.usable(token));
		model.addAttribute("hasApiTokens", links.ownerHasApiTokens(token));
		return "identity/password-reset";
	}

	@PostMapping("/password-reset/{token}")
	String setPassword(@PathVariable String token, @Valid @ModelAttribute("form") NewPassword form,
			BindingResult binding, Model model) {
		model.addAttribute("usable", true);
		model.addAttribute("hasApiTokens", links.ownerHasApiTokens(token));
		if (!binding.hasFieldErrors("password") && !form.password().equals(form.repeat())) {
			binding.rejectValue("repeat", "password.error.mismatch");
		}
		if (binding.hasErrors()) {
			return "identity/password-reset";
		}
		try {
			if (!links.setPassword(token, form.password(), form.revokingTokens())) {
				model.addAttribute("usable", false);
				return "identity/password-reset";
			}
		}
		catch (InvalidInputException e) {
			e.applyTo(binding);
			return "identity/password-reset";
		}
		return "redirect:/login?passwordSet";
	}

	record ResetRequest(@NotBlank @Email String email) {
	}

	record NewPassword(@NotBlank String password, String repeat, Boolean revokeTokens) {

		boolean revokingTokens() {
			return Boolean.TRUE.equals(revokeTokens);
		}
	}
}
