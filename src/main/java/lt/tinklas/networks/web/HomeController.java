package lt.tinklas.networks.web;

import java.util.List;
import java.util.Map;
import java.util.function.Function;
import java.util.stream.Collectors;

import lt.tinklas.identity.NetworkMembership;
import lt.tinklas.identity.SignedInUser;
import lt.tinklas.identity.Users;
import lt.tinklas.networks.Networks;
import org.springframework.security.core.annotation.AuthenticationPrincipal;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;

/** The front page: the networks hosted here, and for a signed-in user, their own. */
@Controller
class HomeController {

	private final Networks networks;
	private final Users users;

	HomeController(Networks networks, Users users) {
		this.networks = networks;
		this.users = users;
	}

	@GetMapping("/")
	String home(@AuthenticationPrincipal SignedInUser user, Model model) {
		List<Networks.NetworkSummary> all = networks.all();
		model.addAttribute("networks", all);
		if (user != null) {
			Map<Long, NetworkMembership> mine = users.membershipsOf(user.id())
				.stream()
				.collect(Collectors.toMap(NetworkMembership::networkId, Function.identity()));
			model.addAttribute("myNetworks", all.stream()
				.filter(network -> mine.containsKey(network.id()))
				.map(network -> new MyNetwork(network, mine.get(network.id()).role().name()))
				.toList());
		}
		return "networks/home";
	}

	record MyNetwork(Networks.NetworkSummary network, String role) {
	}
}
