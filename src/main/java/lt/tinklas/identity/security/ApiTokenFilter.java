package lt.tinklas.identity.security;

import java.io.IOException;
import java.time.Instant;
import java.util.Set;

import jakarta.servlet.FilterChain;
import jakarta.servlet.ServletException;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import lt.tinklas.identity.ApiTokenHashes;
import lt.tinklas.identity.SignedInUser;
import lt.tinklas.identity.domain.ApiTokenSignIn;
import org.springframework.http.HttpStatus;
import org.springframework.security.authentication.UsernamePasswordAuthenticationToken;
import org.springframework.security.core.context.SecurityContext;
import org.springframework.security.core.context.SecurityContextHolder;
import org.springframework.web.filter.OncePerRequestFilter;

/**
 * Signs an API call in by {@code Authorization: Bearer <personal token>}. An unknown, expired or
 * revoked token gets 401 saying which (in its owner's language when the call asks for none): the
 * owner of a known token learns nothing about other accounts. A read-only token gets 403 on every
 * call that changes something. Where the token reaches is checked by {@link NetworkAccessFilter}.
 */
class ApiTokenFilter extends OncePerRequestFilter {

	private static final Set<String> READING = Set.of("GET", "HEAD", "OPTIONS");

	private final ApiTokenSignIn tokens;
	private final ProblemResponses problems;

	ApiTokenFilter(ApiTokenSignIn tokens, ProblemResponses problems) {
		this.tokens = tokens;
		this.problems = problems;
	}

	@Override
	protected void doFilterInternal(HttpServletRequest request, HttpServletResponse response, FilterChain chain)
			throws ServletException, IOException {
		String header = request.getHeader("Authorization");
		if (header == null || !header.regionMatches(true, 0, "Bearer ", 0, 7)) {
			chain.doFilter(request, response);
			return;
		}
		String token = header.substring(7).trim();
		ApiTokenSignIn.Result result = tokens.signIn(ApiTokenHashes.hash(token), Instant.now(),
				request.getRemoteAddr());
		String refused = switch (result.outcome()) {
			case UNKNOWN -> "problem.token.unknown";
			case EXPIRED -> "problem.token.expired";
			case REVOKED -> "problem.token.revoked";
			case VALID -> result.user().isEnabled() && result.user().isAccountNonLocked() ? null
					: "problem.unauthorized";
		};
		if (refused != null) {
			response.setHeader("WWW-Authenticate", "Bearer error=\"invalid_token\"");
			problems.writeInUserLanguage(request, response, HttpStatus.UNAUTHORIZED, refused, result.language());
			return;
		}
		SignedInUser user = result.user();
		if (user.readOnly() && !READING.contains(request.getMethod())) {
			problems.writeInUserLanguage(request, response, HttpStatus.FORBIDDEN, "problem.token.readOnly", user.language());
			return;
		}
		SecurityContext context = SecurityContextHolder.createEmptyContext();
		context.setAuthentication(UsernamePasswordAuthenticationToken.authenticated(user, null, user.getAuthorities()));
		SecurityContextHolder.setContext(context);
		try {
			chain.doFilter(request, response);
		}
		finally {
			SecurityContextHolder.clearContext();
		}
	}
}
