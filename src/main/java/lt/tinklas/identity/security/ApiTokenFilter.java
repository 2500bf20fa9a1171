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
import lt.tinklas.identity.domain.ApiToken;
import lt.tinklas.identity.domain.ApiTokens;
import lt.tinklas.identity.domain.UserAccounts;
import org.springframework.http.HttpStatus;
import org.springframework.security.authentication.UsernamePasswordAuthenticationToken;
import org.springframework.security.core.context.SecurityContext;
import org.springframework.security.core.context.SecurityContextHolder;
import org.springframework.transaction.support.TransactionTemplate;
import org.springframework.web.filter.OncePerRequestFilter;

/** Signs an API call in by {@code Authorization: Bearer <personal token>}. */
class ApiTokenFilter extends OncePerRequestFilter {

	private final ApiTokens tokens;
	private final UserAccounts accounts;
	private final TransactionTemplate transactions;
	private final ProblemResponses problems;

	ApiTokenFilter(ApiTokens tokens, UserAccounts accounts, TransactionTemplate transactions,
			ProblemResponses problems) {
		this.tokens = tokens;
		this.accounts = accounts;
		this.transactions = transactions;
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
		Optional<SignedInUser> user = transactions.execute(status -> {
			Optional<ApiToken> found = tokens.findByTokenHash(ApiTokenHashes.hash(token));
			found.ifPresent(t -> t.used(Instant.now()));
			return found.flatMap(t -> accounts.findById(t.getUserId())).map(account -> account.toPrincipal());
		});
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
