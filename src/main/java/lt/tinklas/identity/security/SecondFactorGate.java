package lt.tinklas.identity.security;

import java.io.IOException;
import java.util.Set;

import jakarta.servlet.FilterChain;
import jakarta.servlet.ServletException;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import lt.tinklas.identity.Role;
import lt.tinklas.identity.SignedInUser;
import lt.tinklas.identity.factors.SecondFactorRequirement;
import lt.tinklas.shared.tenancy.NetworkRef;
import lt.tinklas.shared.web.NetworkContext;
import org.springframework.security.core.Authentication;
import org.springframework.security.core.GrantedAuthority;
import org.springframework.security.core.context.SecurityContextHolder;
import org.springframework.web.filter.OncePerRequestFilter;

/**
 * Sends a signed-in user who must have a second factor and has none to set one up on their account
 * page before anything else: the platform admin (when the setting asks it) anywhere, a network's
 * staff and admins inside a network that requires it. Runs after the network's role is known.
 */
class SecondFactorGate extends OncePerRequestFilter {

	static final String SETUP = "/account?factorRequired";

	/** Set by {@link NetworkAccessFilter} when the request's network requires a second factor of its staff and admins. */
	static final String REQUIRED_HERE = SecondFactorGate.class.getName() + ".requiredHere";

	private static final Set<String> STAFF_OR_ADMIN = Set.of(Role.NETWORK_ADMIN.authority(), Role.STAFF.authority());

	private final SecondFactorRequirement requirement;

	SecondFactorGate(SecondFactorRequirement requirement) {
		this.requirement = requirement;
	}

	@Override
	protected void doFilterInternal(HttpServletRequest request, HttpServletResponse response, FilterChain chain)
			throws ServletException, IOException {
		Authentication authentication = SecurityContextHolder.getContext().getAuthentication();
		String path = request.getRequestURI().substring(request.getContextPath().length());
		if (authentication == null || !(authentication.getPrincipal() instanceof SignedInUser user)
				|| !authentication.isAuthenticated() || setupAllowed(path)) {
			chain.doFilter(request, response);
			return;
		}
		NetworkRef network = request.getAttribute(NetworkContext.REQUEST_ATTRIBUTE) instanceof NetworkRef ref ? ref : null;
		boolean staffOrAdmin = network != null && authentication.getAuthorities()
			.stream()
			.map(GrantedAuthority::getAuthority)
			.anyMatch(STAFF_OR_ADMIN::contains);
		boolean networkRequires = staffOrAdmin && Boolean.TRUE.equals(request.getAttribute(REQUIRED_HERE));
		if (requirement.setupNeeded(user, networkRequires)) {
			response.sendRedirect(request.getContextPath() + SETUP);
			return;
		}
		chain.doFilter(request, response);
	}

	/** What one may reach while setting up a factor: the account page, sign-in and out, the passkey endpoints, files. */
	private static boolean setupAllowed(String path) {
		return path.equals("/account") || path.startsWith("/account/") || path.startsWith("/login")
				|| path.equals("/logout") || path.startsWith("/webauthn/") || path.equals("/language")
				|| path.equals("/error") || path.startsWith("/css/") || path.startsWith("/js/")
				|| path.startsWith("/webjars/") || path.equals("/favicon.ico") || path.contains("/public/")
				|| path.endsWith("/public");
	}
}
