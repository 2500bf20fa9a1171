package lt.tinklas.identity.web;

import java.time.LocalDate;
import java.util.List;

import jakarta.servlet.http.HttpSession;
import jakarta.validation.Valid;
import jakarta.validation.constraints.NotBlank;
import lt.tinklas.identity.AccountSettings;
import lt.tinklas.identity.SignedInUser;
import lt.tinklas.identity.application.ApiTokens;
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
	private final ApiTokens tokens;

	AccountController(AccountSettings settings, UserSessions sessions, ApiTokens tokens) {
		this.settings = settings;
		this.sessions = sessions;
		this.tokens = tokens;
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
	String createToken(@AuthenticationPrincipal SignedInUser user, @ModelAttribute("tokenForm") TokenRequest form,
			BindingResult binding, Model model) {
		if (!binding.hasErrors()) {
			try {
				model.addAttribute("newToken", tokens.create(user.id(),
						new ApiTokens.NewToken(form.name(), form.reach(), form.readOnly(), form.expiresOn())));
				// an empty form for the next token, not the one just sent
				model.asMap().remove(BindingResult.MODEL_KEY_PREFIX + "tokenForm");
				model.addAttribute("tokenForm", newTokenForm(user));
			}
			catch (InvalidInputException e) {
				e.applyTo(binding);
			}
		}
		prepare(user, model);
		return "identity/account";
	}

	@PostMapping("/account/tokens/{id}/revoke")
	String revokeToken(@AuthenticationPrincipal SignedInUser user, @PathVariable long id,
			RedirectAttributes redirect) {
		tokens.revoke(user.id(), id);
		redirect.addFlashAttribute("saved", "account.token.revoked");
		return "redirect:/account";
	}

	private void prepare(SignedInUser user, Model model) {
		model.addAttribute("profile", settings.profile(user.id()));
		List<ApiTokens.TokenSummary> all = tokens.of(user.id());
		model.addAttribute("tokens", all);
		model.addAttribute("tokensInForce", all.stream().anyMatch(ApiTokens.TokenSummary::active));
		model.addAttribute("tokenReaches", tokens.reaches(user.id()));
		model.addAttribute("tokenLatestExpiry", tokens.latestExpiry());
		model.addAttribute("sessionCount", sessions.of(user.email(), null).size());
		if (!model.containsAttribute("passwordForm")) {
			model.addAttribute("passwordForm", new PasswordChange(null, null, null, null));
		}
		if (!model.containsAttribute("tokenForm")) {
			model.addAttribute("tokenForm", newTokenForm(user));
		}
	}

	/** A new token's form: read-only, expiring in 90 days, in the user's only network if they have one. */
	private TokenRequest newTokenForm(SignedInUser user) {
		List<ApiTokens.Reach> reaches = tokens.reaches(user.id());
		return new TokenRequest("", reaches.size() == 1 ? reaches.get(0).value() : null, true, tokens.defaultExpiry());
	}

	record PasswordChange(@NotBlank String current, @NotBlank String password, String repeat, Boolean revokeTokens) {

		boolean revokingTokens() {
			return Boolean.TRUE.equals(revokeTokens);
		}
	}

	record TokenRequest(String name, String reach, Boolean readOnly, LocalDate expiresOn) {
	}
}
