package lt.tinklas.identity.web;

import jakarta.servlet.http.HttpSession;
import lt.tinklas.identity.SignedInUser;
import lt.tinklas.identity.application.UserSessions;
import org.springframework.security.core.annotation.AuthenticationPrincipal;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

/** The signed-in user's sessions: where and when each signed in and was last used; any other one can be ended. */
@Controller
class SessionsController {

	private final UserSessions sessions;

	SessionsController(UserSessions sessions) {
		this.sessions = sessions;
	}

	@GetMapping("/account/sessions")
	String list(@AuthenticationPrincipal SignedInUser user, HttpSession session, Model model) {
		model.addAttribute("sessions", sessions.of(user.email(), session.getId()));
		return "identity/sessions";
	}

	@PostMapping("/account/sessions/{handle}/end")
	String end(@AuthenticationPrincipal SignedInUser user, @PathVariable String handle, HttpSession session,
			RedirectAttributes redirect) {
		boolean ended = sessions.end(user.email(), handle, session.getId());
		redirect.addFlashAttribute(ended ? "saved" : "flashError", ended ? "sessions.ended" : "sessions.alreadyEnded");
		return "redirect:/account/sessions";
	}

	@PostMapping("/account/sessions/end-others")
	String endOthers(@AuthenticationPrincipal SignedInUser user, HttpSession session, RedirectAttributes redirect) {
		sessions.endOthers(user.email(), session.getId());
		redirect.addFlashAttribute("saved", "sessions.othersEnded");
		return "redirect:/account/sessions";
	}
}
