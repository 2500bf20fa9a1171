package lt.tinklas.identity.security;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.Base64;

import jakarta.servlet.FilterChain;
import jakarta.servlet.ServletException;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import lt.tinklas.shared.ratelimit.Door;
import lt.tinklas.shared.ratelimit.RateLimits;
import lt.tinklas.shared.ratelimit.TooManyRequests;
import lt.tinklas.shared.ratelimit.TooManyRequestsAnswers;
import org.springframework.web.filter.OncePerRequestFilter;

/**
 * Before a password is checked (the sign-in form's POST, or HTTP Basic on the API): a try that
 * must still wait after failed ones, for its e-mail or from its address, or that is over the
 * failed sign-ins allowed ({@link Door#SIGN_IN_ACCOUNT}, {@link Door#SIGN_IN_ADDRESS}), is answered
 * 429 without checking the password. The same for every e-mail, known or not.
 */
class SignInThrottle extends OncePerRequestFilter {

	/** Set when the e-mail of this try has failures counted: a success then forgets them. */
	static final String ACCOUNT_FAILED_BEFORE = SignInThrottle.class.getName() + ".accountFailedBefore";

	private final SignInDelays delays;
	private final RateLimits limits;
	private final TooManyRequestsAnswers answers;
	private final boolean form;

	private SignInThrottle(SignInDelays delays, RateLimits limits, TooManyRequestsAnswers answers, boolean form) {
		this.delays = delays;
		this.limits = limits;
		this.answers = answers;
		this.form = form;
	}

	/** For the pages: the POST of the sign-in form. */
	static SignInThrottle forForm(SignInDelays delays, RateLimits limits, TooManyRequestsAnswers answers) {
		return new SignInThrottle(delays, limits, answers, true);
	}

	/** For the API: a call with HTTP Basic credentials. */
	static SignInThrottle forBasic(SignInDelays delays, RateLimits limits, TooManyRequestsAnswers answers) {
		return new SignInThrottle(delays, limits, answers, false);
	}

	@Override
	protected void doFilterInternal(HttpServletRequest request, HttpServletResponse response, FilterChain chain)
			throws ServletException, IOException {
		String login = form ? formLogin(request) : basicLogin(request);
		if (login == null) {
			chain.doFilter(request, response);
			return;
		}
		String address = request.getRemoteAddr();
		SignInDelays.Before before = delays.before(login, address);
		Duration wait = before.waitLeft();
		if (before.anyFailed()) {
			wait = longer(wait, limits.waitFor(Door.SIGN_IN_ACCOUNT, login));
			wait = longer(wait, limits.waitFor(Door.SIGN_IN_ADDRESS, address));
		}
		if (!wait.isZero()) {
			answers.send(request, response, new TooManyRequests(wait));
			return;
		}
		if (before.accountFailed()) {
			request.setAttribute(ACCOUNT_FAILED_BEFORE, Boolean.TRUE);
		}
		chain.doFilter(request, response);
	}

	private static Duration longer(Duration a, Duration b) {
		return b.compareTo(a) > 0 ? b : a;
	}

	private static String formLogin(HttpServletRequest request) {
		if (!"POST".equals(request.getMethod())
				|| !"/login".equals(request.getRequestURI().substring(request.getContextPath().length()))) {
			return null;
		}
		String username = request.getParameter("username");
		return username == null || username.isBlank() ? null : username;
	}

	/** The e-mail of {@code Authorization: Basic}; null without one or when it cannot be read. */
	private static String basicLogin(HttpServletRequest request) {
		String header = request.getHeader("Authorization");
		if (header == null || !header.regionMatches(true, 0, "Basic ", 0, 6)) {
			return null;
		}
		try {
			String decoded = new String(Base64.getDecoder().decode(header.substring(6).trim()), StandardCharsets.UTF_8);
			int colon = decoded.indexOf(':');
			return colon <= 0 ? null : decoded.substring(0, colon);
		}
		catch (IllegalArgumentException e) {
			return null;
		}
	}
}
