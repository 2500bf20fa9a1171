package lt.tinklas.identity.web;

import lt.tinklas.identity.SignedInUser;
import lt.tinklas.identity.factors.OneTimeCodes;
import lt.tinklas.identity.factors.Passkeys;
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

/**
 * A user's second factors on their account: one-time codes turned on (QR code, a code to confirm,
 * recovery codes shown once) and off (a current code or the password), passkeys removed.
 */
@Controller
class TwoFactorController {

	private final OneTimeCodes codes;
	private final Passkeys passkeys;

	TwoFactorController(OneTimeCodes codes, Passkeys passkeys) {
		this.codes = codes;
		this.passkeys = passkeys;
	}

	@GetMapping("/account/two-factor")
	String page(@AuthenticationPrincipal SignedInUser user, Model model) {
		if (!model.containsAttribute("form")) {
			model.addAttribute("form", new CodeForm("", ""));
		}
		boolean on = codes.enabled(user.id());
		model.addAttribute("codesOn", on);
		if (on) {
			model.addAttribute("recoveryCodesLeft", codes.recoveryCodesLeft(user.id()));
		}
		else {
			model.addAttribute("setup", codes.setup(user.id(), user.email()));
		}
		return "identity/two-factor";
	}

	@PostMapping("/account/two-factor")
	String confirm(@AuthenticationPrincipal SignedInUser user, @ModelAttribute("form") CodeForm form,
			BindingResult binding, Model model) {
		if (codes.enabled(user.id())) {
			return "redirect:/account/two-factor";
		}
		try {
			model.addAttribute("recoveryCodes", codes.confirm(user.id(), form.code()));
			return "identity/two-factor-recovery";
		}
		catch (InvalidInputException e) {
			e.applyTo(binding);
		}
		return page(user, model);
	}

	@PostMapping("/account/two-factor/disable")
	String turnOff(@AuthenticationPrincipal SignedInUser user, @ModelAttribute("form") CodeForm form,
			BindingResult binding, Model model, RedirectAttributes redirect) {
		if (!codes.enabled(user.id())) {
			return "redirect:/account/two-factor";
		}
		try {
			codes.turnOff(user.id(), form.code(), form.password());
			redirect.addFlashAttribute("saved", "twoFactor.turnedOff");
			return "redirect:/account";
		}
		catch (InvalidInputException e) {
			e.applyTo(binding);
		}
		return page(user, model);
	}

	@PostMapping("/account/passkeys/{id}/delete")
	String deletePasskey(@AuthenticationPrincipal SignedInUser user, @PathVariable String id,
			RedirectAttributes redirect) {
		passkeys.delete(user.email(), id);
		redirect.addFlashAttribute("saved", "passkeys.deleted");
		return "redirect:/account";
	}

	/** A code from the app (or a recovery code), or the password where it may stand in. */
	record CodeForm(String code, String password) {

		CodeForm {
			code = code == null ? "" : code.trim();
			password = password == null ? "" : password;
		}
	}
}
