package lt.tinklas.identity.security;

import java.io.IOException;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;

import jakarta.servlet.FilterChain;
import jakarta.servlet.ServletException;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import jakarta.servlet.http.HttpSession;
import org.springframework.web.filter.OncePerRequestFilter;

/**
 * Ends a session once it is older than the absolute limit, however busy it was: the request goes on
 * without it, so a page sends the user to sign in again. Static files are not asked (no session read).
 */
class AbsoluteSessionTimeout extends OncePerRequestFilter {

	private final Duration limit;
	private final Clock clock;

	AbsoluteSessionTimeout(Duration limit, Clock clock) {
		this.limit = limit;
		this.clock = clock;
	}

	@Override
	protected boolean shouldNotFilter(HttpServletRequest request) {
		String path = request.getRequestURI().substring(request.getContextPath().length());
		return path.startsWith("/css/") || path.startsWith("/js/") || path.startsWith("/webjars/")
				|| path.equals("/favicon.ico");
	}

	@Override
	protected void doFilterInternal(HttpServletRequest request, HttpServletResponse response, FilterChain chain)
			throws ServletException, IOException {
		HttpSession session = request.getSession(false);
		if (session != null && Instant.ofEpochMilli(session.getCreationTime()).plus(limit).isBefore(clock.instant())) {
			session.invalidate();
		}
		chain.doFilter(request, response);
	}
}
