package lt.tinklas.identity.web;

import jakarta.servlet.http.HttpSession;
import jakarta.validation.Valid;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.Size;
import lt.tinklas.identity.SignedInUser;
import lt.tinklas.identity.AccountSettings;
import lt.tinklas.identity.application.UserSessions;
import lt.tinklas.shared.web.InvalidInputException;
import org.springframework.security.core.annotation.AuthenticationPrincipal;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.validation.BindingResult;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.ModelAttribute;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

/** The signed-in user's own page: password and personal API tokens. */
@Controller
class AccountController {

	private final AccountSettings settings;
	private final UserSessions sessions;

	AccountController(AccountSettings settings, UserSessions sessions) {
		this.settings = settings;
		this.sessions = sessions;
	}

	@GetMapping("/account")
	String account(@AuthenticationPrincipal SignedInUser user, Model model) {
		prepare(user, model);
		return "identity/account";
	}

	/** A new password ends the user's other sessions, and their API tokens when they ask for it. */
	@PostMapping("/account/password")
	String changePassword(@AuthenticationPrincipal SignedInUser user,
			@Valid @ModelAttribute("passwordForm") PasswordChange form, BindingResult binding, Model model,
			RedirectAttributes redirect, HttpSession session) {
		if (!binding.hasFieldErrors("password") && !form.password().equals(form.repeat())) {
			binding.rejectValue("repeat", "password.error.mismatch");
		}
		if (!binding.hasErrors()) {
			try {
				settings.changePassword(user.id(), form.current(), form.password());
				sessions.endOthers(user.email(), session.getId());
				if (form.revokingTokens()) {
					settings.revokeAllTokens(user.id());
				}
				redirect.addFlashAttribute("saved",
						form.revokingTokens() ? "account.password.changedTokensRevoked" : "account.password.changed");
				return "redirect:/account";
			}
			catch (InvalidInputException e) {
				e.applyTo(binding);
			}
		}
		prepare(user, model);
		return "identity/account";
	}

	@PostMapping("/account/tokens")
	String createToken(@AuthenticationPrincipal SignedInUser user,
			@Valid @ModelAttribute("tokenForm") TokenRequest form, BindingResult binding, Model model) {
		if (!binding.hasErrors()) {
			model.addAttribute("newToken", settings.createToken(user.id(), form.name().trim()));
			model.addAttribute("tokenForm", new TokenRequest(""));
		}
		prepare(user, model);
		return "identity/account";
	}

	@PostMapping("/account/tokens/{id}/delete")
	String deleteToken(@AuthenticationPrincipal SignedInUser user, @PathVariable long id,
			RedirectAttributes redirect) {
		settings.deleteToken(user.id(), id);
		redirect.addFlashAttribute("saved", "account.token.deleted");
		return "redirect:/account";
	}

	private void prepare(SignedInUser user, Model model) {
		model.addAttribute("profile", settings.profile(user.id()));
		model.addAttribute("tokens", settings.tokens(user.id()));
		model.addAttribute("sessionCount", sessions.of(user.email(), null).size());
		if (!model.containsAttribute("passwordForm")) {
			model.addAttribute("passwordForm", new PasswordChange(null, null, null, null));
		}
		if (!model.containsAttribute("tokenForm")) {
			model.addAttribute("tokenForm", new TokenRequest(""));
		}
	}

	record PasswordChange(@NotBlank String current, @NotBlank String password, String repeat, Boolean revokeTokens) {

		boolean revokingTokens() {
			return Boolean.TRUE.equals(revokeTokens);
		}
	}

	record TokenRequest(@NotBlank @Size(max = 100) String name) {
	}
}
