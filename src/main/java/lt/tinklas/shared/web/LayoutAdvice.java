package lt.tinklas.shared.web;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.EnumMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.stream.Collectors;

import jakarta.servlet.http.HttpServletRequest;
import lt.tinklas.shared.tenancy.NetworkRef;
import org.springframework.security.core.Authentication;
import org.springframework.security.core.GrantedAuthority;
import org.springframework.security.core.context.SecurityContextHolder;
import org.springframework.stereotype.Controller;
import org.springframework.web.bind.annotation.ControllerAdvice;
import org.springframework.web.bind.annotation.ModelAttribute;

/** What the layout needs on every page: where we are, in which network, and its sections. */
@ControllerAdvice(annotations = Controller.class)
class LayoutAdvice {

	private final List<NavigationItem> sections;

	LayoutAdvice(List<NavigationItem> sections) {
		this.sections = sections.stream().sorted(Comparator.comparingInt(NavigationItem::order)).toList();
	}

	@ModelAttribute("currentPath")
	String currentPath(HttpServletRequest request) {
		String query = request.getQueryString();
		return request.getRequestURI() + (query == null ? "" : "?" + query);
	}

	@ModelAttribute("currentNetwork")
	NetworkRef currentNetwork(HttpServletRequest request) {
		return (NetworkRef) request.getAttribute(NetworkContext.REQUEST_ATTRIBUTE);
	}

	@ModelAttribute("navigation")
	List<NavigationItem> navigation(HttpServletRequest request) {
		return allowed(request);
	}

	/** The navigation as drawn: the home beside the menus, each menu with the sections the user may open. */
	@ModelAttribute("navigationMenu")
	NavigationMenu navigationMenu(HttpServletRequest request) {
		NetworkRef network = (NetworkRef) request.getAttribute(NetworkContext.REQUEST_ATTRIBUTE);
		List<NavigationItem> items = allowed(request);
		if (network == null || items.isEmpty()) {
			return new NavigationMenu(List.of(), List.of());
		}
		String base = request.getContextPath() + "/n/" + network.slug();
		String uri = request.getRequestURI();
		NavigationItem current = null;
		for (NavigationItem item : items) {
			String href = base + item.path();
			boolean within = item.path().isEmpty() ? uri.equals(href) || uri.equals(href + "/")
					: uri.equals(href) || uri.startsWith(href + "/");
			if (within && (current == null || item.path().length() > current.path().length())) {
				current = item;
			}
		}
		List<NavigationMenu.Link> links = new ArrayList<>();
		Map<NavigationGroup, List<NavigationMenu.Link>> grouped = new EnumMap<>(NavigationGroup.class);
		for (NavigationItem item : items) {
			String href = base + item.path();
			NavigationMenu.Link link = new NavigationMenu.Link(item.labelKey(), href, item == current,
					uri.equals(href));
			if (item.group() == null) {
				links.add(link);
			}
			else {
				grouped.computeIfAbsent(item.group(), g -> new ArrayList<>()).add(link);
			}
		}
		List<NavigationMenu.Menu> menus = grouped.entrySet()
			.stream()
			.map(e -> new NavigationMenu.Menu(e.getKey(), "nav-" + e.getKey().name().toLowerCase(Locale.ROOT).replace('_', '-'),
					List.copyOf(e.getValue())))
			.toList();
		return new NavigationMenu(List.copyOf(links), menus);
	}

	private List<NavigationItem> allowed(HttpServletRequest request) {
		if (request.getAttribute(NetworkContext.REQUEST_ATTRIBUTE) == null) {
			return List.of();
		}
		Authentication authentication = SecurityContextHolder.getContext().getAuthentication();
		if (authentication == null) {
			return List.of();
		}
		Set<String> authorities = authentication.getAuthorities()
			.stream()
			.map(GrantedAuthority::getAuthority)
			.collect(Collectors.toSet());
		return sections.stream().filter(item -> item.roles().stream().anyMatch(authorities::contains)).toList();
	}
}
