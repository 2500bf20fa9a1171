package lt.tinklas.shared.web;

import java.util.Comparator;
import java.util.List;
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
