package lt.tinklas.identity.web;

import java.util.Optional;

import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import lt.tinklas.identity.factors.OneTimeCodes;
import lt.tinklas.identity.factors.PendingSignIn;
import lt.tinklas.identity.factors.SecondFactorRequirement;
import lt.tinklas.identity.security.SecondStepThrottle;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;

/** The second step of a password sign-in: a one-time code, a recovery code, or the user's passkey. */
@Controller
class SecondFactorController {

	private final PendingSignIn pending;
	private final OneTimeCodes codes;
	private final SecondFactorRequirement requirement;
	private final SecondStepThrottle throttle;

	SecondFactorController(PendingSignIn pending, OneTimeCodes codes, SecondFactorRequirement requirement,
			SecondStepThrottle throttle) {
		this.pending = pending;
		this.codes = codes;
		this.requirement = requirement;
		this.throttle = throttle;
	}

	@GetMapping("/login/second-factor")
	String ask(HttpServletRequest request, Model model) {
		Optional<PendingSignIn.Pending> waiting = pending.of(request);
		if (waiting.isEmpty()) {
			return "redirect:/login?secondFactorExpired";
		}
		return page(waiting.get(), null, model);
	}

	@PostMapping("/login/second-factor")
	String check(@RequestParam(defaultValue = "") String code, HttpServletRequest request, HttpServletResponse response,
			Model model) {
		Optional<PendingSignIn.Pending> waiting = pending.of(request);
		if (waiting.isEmpty()) {
			return "redirect:/login?secondFactorExpired";
		}
		String email = waiting.get().user().email();
		throttle.checkMayTry(email);
		OneTimeCodes.Verdict verdict = code.isBlank() ? OneTimeCodes.Verdict.WRONG
				: codes.verify(waiting.get().user().id(), code);
		if (verdict.accepted()) {
			throttle.succeeded(email);
			return "redirect:" + pending.complete(request, response, waiting.get());
		}
		if (!code.isBlank()) {
			throttle.failed(email);
		}
		if (!pending.wrongCode(request, waiting.get())) {
			return "redirect:/login?secondFactorExpired";
		}
		String error = code.isBlank() ? "twoFactor.error.codeMissing"
				: verdict == OneTimeCodes.Verdict.REUSED ? "twoFactor.error.reused" : "twoFactor.error.wrongCode";
		return page(waiting.get(), error, model);
	}

	private String page(PendingSignIn.Pending waiting, String error, Model model) {
		model.addAttribute("codesOn", requirement.codesOn(waiting.user()));
		model.addAttribute("passkeysOn", requirement.passkeysOn(waiting.user()));
		model.addAttribute("error", error);
		return "identity/second-factor";
	}
}
