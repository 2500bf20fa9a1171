package lt.tinklas.identity.security;

import java.io.IOException;
import java.time.Instant;
import java.util.Optional;

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

/** Signs an API call in by {@code Authorization: Bearer <personal token>}. */
class ApiTokenFilter extends OncePerRequestFilter {

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
		Optional<SignedInUser> user = tokens.signIn(ApiTokenHashes.hash(token), Instant.now());
		if (user.isEmpty() || !user.get().isEnabled() || !user.get().isAccountNonLocked()) {
			response.setHeader("WWW-Authenticate", "Bearer error=\"invalid_token\"");
			problems.write(request, response, HttpStatus.UNAUTHORIZED, "problem.unauthorized");
			return;
		}
		SecurityContext context = SecurityContextHolder.createEmptyContext();
		context.setAuthentication(
				UsernamePasswordAuthenticationToken.authenticated(user.get(), null, user.get().getAuthorities()));
		SecurityContextHolder.setContext(context);
		try {
			chain.doFilter(request, response);
		}
		finally {
			SecurityContextHolder.clearContext();
		}
	}
}
