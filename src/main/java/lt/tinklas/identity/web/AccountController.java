package lt.tinklas.identity.web;

import jakarta.validation.Valid;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.Size;
import lt.tinklas.identity.SignedInUser;
import lt.tinklas.identity.AccountSettings;
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

	AccountController(AccountSettings settings) {
		this.settings = settings;
	}

	@GetMapping("/account")
	String account(@AuthenticationPrincipal SignedInUser user, Model model) {
		prepare(user, model);
		return "identity/account";
	}

	@PostMapping("/account/password")
	String changePassword(@AuthenticationPrincipal SignedInUser user,
			@Valid @ModelAttribute("passwordForm") PasswordChange form, BindingResult binding, Model model,
			RedirectAttributes redirect) {
		if (!binding.hasFieldErrors("password") && !form.password().equals(form.repeat())) {
			binding.rejectValue("repeat", "password.error.mismatch");
		}
		if (!binding.hasErrors()) {
			try {
				settings.changePassword(user.id(), form.current(), form.password());
				redirect.addFlashAttribute("saved", "account.password.changed");
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
		if (!model.containsAttribute("passwordForm")) {
			model.addAttribute("passwordForm", new PasswordChange(null, null, null));
		}
		if (!model.containsAttribute("tokenForm")) {
			model.addAttribute("tokenForm", new TokenRequest(""));
		}
	}

	record PasswordChange(@NotBlank String current, @NotBlank String password, String repeat) {
	}

	record TokenRequest(@NotBlank @Size(max = 100) String name) {
	}
}
