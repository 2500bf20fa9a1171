package lt.tinklas.identity.security;

import java.io.IOException;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import jakarta.servlet.FilterChain;
import jakarta.servlet.ServletException;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import lt.tinklas.identity.NetworkMembership;
import lt.tinklas.identity.Role;
import lt.tinklas.identity.SignedInUser;
import lt.tinklas.identity.Users;
import lt.tinklas.shared.tenancy.NetworkLookup;
import lt.tinklas.shared.tenancy.NetworkRef;
import lt.tinklas.shared.tenancy.Tenancy;
import lt.tinklas.shared.web.NetworkContext;
import org.springframework.security.authentication.AnonymousAuthenticationToken;
import org.springframework.security.authentication.UsernamePasswordAuthenticationToken;
import org.springframework.security.core.Authentication;
import org.springframework.security.core.GrantedAuthority;
import org.springframework.security.core.authority.SimpleGrantedAuthority;
import org.springframework.security.core.context.SecurityContext;
import org.springframework.security.core.context.SecurityContextHolder;
import org.springframework.web.filter.OncePerRequestFilter;

/**
 * Resolves the network of {@code /n/{slug}/...} and {@code /api/v1/networks/{slug}/...}, selects it
 * for Hibernate and SQL, and adds the signed-in user's role in it to this request only. A signed-in
 * user without a role there gets 404: a network that is not yours does not exist for you.
 */
class NetworkAccessFilter extends OncePerRequestFilter {

	private static final Pattern PAGE = Pattern.compile("^/n/([^/]+)(/.*)?$");
	private static final Pattern API = Pattern.compile("^/api/v1/networks/([^/]+)(/.*)?$");

	private final NetworkLookup networks;
	private final Users users;
	private final ProblemResponses problems;

	NetworkAccessFilter(NetworkLookup networks, Users users, ProblemResponses problems) {
		this.networks = networks;
		this.users = users;
		this.problems = problems;
	}

	@Override
	protected void doFilterInternal(HttpServletRequest request, HttpServletResponse response, FilterChain chain)
			throws ServletException, IOException {
		String path = request.getRequestURI().substring(request.getContextPath().length());
		boolean api = path.startsWith("/api/");
		Matcher matcher = (api ? API : PAGE).matcher(path);
		if (!matcher.matches()) {
			chain.doFilter(request, response);
			return;
		}
		Optional<NetworkRef> network = networks.bySlug(matcher.group(1));
		Authentication authentication = SecurityContextHolder.getContext().getAuthentication();
		SignedInUser user = signedIn(authentication);
		List<GrantedAuthority> networkAuthorities = new ArrayList<>();
		// a token of another network has no role here: the network does not exist for it
		if (network.isPresent() && user != null && user.reaches(network.get().id())) {
			users.membershipIn(network.get().id(), user.id()).ifPresent(membership -> {
				networkAuthorities.add(new SimpleGrantedAuthority(membership.role().authority()));
				if (membership.secondFactorRequired()) {
					request.setAttribute(SecondFactorGate.REQUIRED_HERE, Boolean.TRUE);
				}
			});
			if (user.platformAdmin() && network.get().platformAdminMayRead()) {
				networkAuthorities.add(new SimpleGrantedAuthority(Role.READER));
			}
		}
		boolean publicPath = isPublic(matcher.group(2))
				|| (api && "POST".equals(request.getMethod()) && "/membership-applications".equals(matcher.group(2)));
		if (network.isEmpty() || (user != null && networkAuthorities.isEmpty() && !publicPath)) {
			if (api) {
				problems.notFound(request, response);
			}
			else {
				response.sendError(HttpServletResponse.SC_NOT_FOUND);
			}
			return;
		}
		SecurityContext original = SecurityContextHolder.getContext();
		if (user != null) {
			List<GrantedAuthority> authorities = new ArrayList<>(authentication.getAuthorities());
			authorities.addAll(networkAuthorities);
			UsernamePasswordAuthenticationToken withRoles = UsernamePasswordAuthenticationToken.authenticated(user,
					null, authorities);
			withRoles.setDetails(authentication.getDetails());
			SecurityContext context = SecurityContextHolder.createEmptyContext();
			context.setAuthentication(withRoles);
			SecurityContextHolder.setContext(context);
		}
		request.setAttribute(NetworkContext.REQUEST_ATTRIBUTE, network.get());
		Tenancy.set(network.get().id());
		try {
			chain.doFilter(request, response);
		}
		finally {
			Tenancy.clear();
			SecurityContextHolder.setContext(original);
		}
	}

	private static boolean isPublic(String rest) {
		return rest != null && (rest.equals("/public") || rest.startsWith("/public/"));
	}

	private static SignedInUser signedIn(Authentication authentication) {
		if (authentication == null || authentication instanceof AnonymousAuthenticationToken
				|| !authentication.isAuthenticated()) {
			return null;
		}
		return authentication.getPrincipal() instanceof SignedInUser user ? user : null;
	}
}
