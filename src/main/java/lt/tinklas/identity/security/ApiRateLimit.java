package lt.tinklas.identity.security;

import java.io.IOException;

import jakarta.servlet.FilterChain;
import jakarta.servlet.ServletException;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import lt.tinklas.identity.ApiTokenHashes;
import lt.tinklas.identity.SignedInUser;
import lt.tinklas.shared.ratelimit.Door;
import lt.tinklas.shared.ratelimit.RateLimits;
import lt.tinklas.shared.ratelimit.TooManyRequests;
import lt.tinklas.shared.ratelimit.TooManyRequestsAnswers;
import org.springframework.security.core.Authentication;
import org.springframework.security.core.context.SecurityContextHolder;
import org.springframework.web.filter.OncePerRequestFilter;

/**
 * After sign-in on the API: each personal token, or each user signed in by password, has its own
 * {@link Door#API} limit; a call without sign-in counts against its client address.
 */
class ApiRateLimit extends OncePerRequestFilter {

	private final RateLimits limits;
	private final TooManyRequestsAnswers answers;

	ApiRateLimit(RateLimits limits, TooManyRequestsAnswers answers) {
		this.limits = limits;
		this.answers = answers;
	}

	@Override
	protected void doFilterInternal(HttpServletRequest request, HttpServletResponse response, FilterChain chain)
			throws ServletException, IOException {
		try {
			limits.check(Door.API, caller(request));
		}
		catch (TooManyRequests refused) {
			answers.send(request, response, refused);
			return;
		}
		chain.doFilter(request, response);
	}

	private static String caller(HttpServletRequest request) {
		String header = request.getHeader("Authorization");
		if (header != null && header.regionMatches(true, 0, "Bearer ", 0, 7)) {
			return "token:" + ApiTokenHashes.hash(header.substring(7).trim());
		}
		Authentication signedIn = SecurityContextHolder.getContext().getAuthentication();
		if (signedIn != null && signedIn.getPrincipal() instanceof SignedInUser user) {
			return "user:" + user.id();
		}
		return "address:" + request.getRemoteAddr();
	}
}
