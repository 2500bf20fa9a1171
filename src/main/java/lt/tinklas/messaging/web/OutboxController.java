package lt.tinklas.messaging.web;

import lt.tinklas.messaging.Outbox;
import lt.tinklas.shared.security.PlatformAdmins;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;

/** The platform admin's view of the outbox: what was sent, what waits, what failed. */
@Controller
@PlatformAdmins
class OutboxController {

	private final Outbox outbox;

	OutboxController(Outbox outbox) {
		this.outbox = outbox;
	}

	@GetMapping("/admin/outbox")
	String outbox(Model model) {
		model.addAttribute("mails", outbox.latest(200));
		return "messaging/outbox";
	}
}
