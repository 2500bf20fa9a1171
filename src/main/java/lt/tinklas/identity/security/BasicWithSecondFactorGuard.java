package lt.tinklas.identity.security;

import java.io.IOException;

import jakarta.servlet.FilterChain;
import jakarta.servlet.ServletException;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import lt.tinklas.identity.SignedInUser;
import lt.tinklas.identity.factors.SecondFactorRequirement;
import org.springframework.http.HttpStatus;
import org.springframework.security.core.Authentication;
import org.springframework.security.core.context.SecurityContextHolder;
import org.springframework.web.filter.OncePerRequestFilter;

/**
 * A password over HTTP Basic is one factor: a user who signs in with two (one-time codes or a
 * passkey), and the platform admin whenever the second-factor rule holds, reach the API only with
 * a personal token, so that the password alone never opens what the pages guard with two factors.
 */
class BasicWithSecondFactorGuard extends OncePerRequestFilter {

	private final SecondFactorRequirement requirement;
	private final ProblemResponses problems;

	BasicWithSecondFactorGuard(SecondFactorRequirement requirement, ProblemResponses problems) {
		this.requirement = requirement;
		this.problems = problems;
	}

	@Override
	protected void doFilterInternal(HttpServletRequest request, HttpServletResponse response, FilterChain chain)
			throws ServletException, IOException {
		String header = request.getHeader("Authorization");
		Authentication authentication = SecurityContextHolder.getContext().getAuthentication();
		if (header != null && header.regionMatches(true, 0, "Basic ", 0, 6) && authentication != null
				&& authentication.getPrincipal() instanceof SignedInUser user && requirement.passwordAloneRefused(user)) {
			SecurityContextHolder.clearContext();
			response.setHeader("WWW-Authenticate", "Bearer realm=\"Tinklas\"");
			problems.write(request, response, HttpStatus.UNAUTHORIZED, "problem.basic.secondFactor");
			return;
		}
		chain.doFilter(request, response);
	}
}
