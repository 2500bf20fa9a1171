package lt.tinklas.networks.web;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.stream.Collectors;

import jakarta.servlet.http.HttpServletRequest;
import lt.tinklas.identity.NetworkMembership;
import lt.tinklas.identity.Role;
import lt.tinklas.identity.SignedInUser;
import lt.tinklas.identity.Users;
import lt.tinklas.networks.NetworkSettings;
import lt.tinklas.networks.Networks;
import lt.tinklas.shared.replica.ReadsFromReplica;
import lt.tinklas.shared.tenancy.NetworkRef;
import lt.tinklas.shared.web.Formats;
import lt.tinklas.shared.web.HomeSection;
import lt.tinklas.shared.web.HomeViewer;
import lt.tinklas.shared.web.NetworkContext;
import org.springframework.context.i18n.LocaleContextHolder;
import org.springframework.security.core.Authentication;
import org.springframework.security.core.GrantedAuthority;
import org.springframework.security.core.context.SecurityContextHolder;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;

/**
 * A network's home: for each role what it needs, from the cards the modules contribute
 * ({@link HomeSection}): what waits to be done, the year's figures, a representative's own
 * organization, the latest changes; then who the network is and what it stands for.
 */
@ReadsFromReplica
@Controller
class NetworkHomeController {

	private static final List<String> ROLES = List.of("NETWORK_ADMIN", "STAFF", "BOARD", "MEMBER_REP", "READER");

	/** A card to draw: its fragment and its data. */
	record Card(String fragment, Object data) {
	}

	private final Networks networks;
	private final Users users;
	private final List<HomeSection> sections;

	NetworkHomeController(Networks networks, Users users, List<HomeSection> sections) {
		this.networks = networks;
		this.users = users;
		this.sections = sections.stream()
			.sorted(Comparator.comparing(HomeSection::group).thenComparingInt(HomeSection::order))
			.toList();
	}

	/** The network's people see its back office; anyone else, its public site. */
	@GetMapping("/n/{slug}")
	String home(HttpServletRequest request, Model model) {
		if (ROLES.stream().noneMatch(request::isUserInRole)) {
			return "redirect:/n/" + NetworkContext.of(request).slug() + "/public";
		}
		NetworkRef network = NetworkContext.of(request);
		Authentication authentication = SecurityContextHolder.getContext().getAuthentication();
		Set<String> authorities = authentication.getAuthorities()
			.stream()
			.map(GrantedAuthority::getAuthority)
			.collect(Collectors.toUnmodifiableSet());
		Long organization = null;
		if (authorities.contains(Role.MEMBER_REP.authority()) && authentication.getPrincipal() instanceof SignedInUser user) {
			organization = users.membershipIn(network.id(), user.id()).map(NetworkMembership::organizationId).orElse(null);
		}
		HomeViewer viewer = new HomeViewer(network.id(), network.slug(), authorities, organization,
				LocalDate.now(Formats.VILNIUS));
		Map<String, List<Card>> cards = new LinkedHashMap<>();
		for (HomeSection section : sections) {
			if (section.shownTo(authorities)) {
				cards.computeIfAbsent(section.group().name(), group -> new ArrayList<>())
					.add(new Card(section.fragment(), section.data(viewer)));
			}
		}
		NetworkSettings settings = networks.settings(network.id());
		model.addAttribute("cards", cards);
		model.addAttribute("viewer", viewer);
		model.addAttribute("settings", settings);
		model.addAttribute("values", settings.valueList(LocaleContextHolder.getLocale().getLanguage()));
		return "networks/network-home";
	}
}
