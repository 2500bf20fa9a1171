package lt.tinklas.networks.web;

import java.util.List;

import jakarta.servlet.http.HttpServletRequest;
import lt.tinklas.networks.NetworkSettings;
import lt.tinklas.networks.Networks;
import lt.tinklas.shared.web.NetworkContext;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;

/** A network's start page: who it is, what it stands for. */
@Controller
class NetworkHomeController {

	private static final List<String> ROLES = List.of("NETWORK_ADMIN", "STAFF", "BOARD", "MEMBER_REP", "READER");

	private final Networks networks;

	NetworkHomeController(Networks networks) {
		this.networks = networks;
	}

	/** The network's people see its back office; anyone else, its public site. */
	@GetMapping("/n/{slug}")
	String home(HttpServletRequest request, Model model) {
		if (ROLES.stream().noneMatch(request::isUserInRole)) {
			return "redirect:/n/" + NetworkContext.of(request).slug() + "/public";
		}
		NetworkSettings settings = networks.settings(NetworkContext.of(request).id());
		model.addAttribute("settings", settings);
		model.addAttribute("values", settings.valueList());
		return "networks/network-home";
	}
}
