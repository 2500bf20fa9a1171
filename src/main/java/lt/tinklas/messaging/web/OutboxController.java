package lt.tinklas.messaging.web;

import lt.tinklas.messaging.Outbox;
import lt.tinklas.shared.security.PlatformAdmins;
import lt.tinklas.shared.tenancy.NetworkLookup;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;

/**
 * The platform admin's view of the outbox: what was sent, what waits, what failed; another network's
 * mail only where that network allows the platform admin to read its records.
 */
@Controller
@PlatformAdmins
class OutboxController {

	private final Outbox outbox;
	private final NetworkLookup networks;

	OutboxController(Outbox outbox, NetworkLookup networks) {
		this.outbox = outbox;
		this.networks = networks;
	}

	@GetMapping("/admin/outbox")
	String outbox(Model model) {
		model.addAttribute("mails", outbox.latest(200, networks.readableByPlatformAdmin()));
		return "messaging/outbox";
	}
}
