package lt.tinklas.identity.security;

import lt.tinklas.shared.ratelimit.Door;
import lt.tinklas.shared.ratelimit.RateLimits;
import org.springframework.context.event.EventListener;
import org.springframework.security.authentication.AuthenticationServiceException;
import org.springframework.security.authentication.event.AbstractAuthenticationFailureEvent;
import org.springframework.security.authentication.event.AuthenticationSuccessEvent;
import org.springframework.security.core.Authentication;
import org.springframework.security.web.authentication.WebAuthenticationDetails;
import org.springframework.stereotype.Component;
import org.springframework.web.context.request.RequestAttributes;
import org.springframework.web.context.request.RequestContextHolder;

/**
 * Counts failed sign-ins, by page or by API, whatever the reason (a wrong password, an unknown
 * e-mail, an account not active): per e-mail and per client address, for the growing delay and
 * the limits on failed sign-ins. A sign-in with the right password forgets its e-mail's failures.
 * A sign-in that could not be checked (the database could not be reached) is no failure: nothing
 * was tried, and the right password must work at once when the database is back.
 */
@Component
class LoginAttempts {

	private final SignInDelays delays;
	private final RateLimits limits;

	LoginAttempts(SignInDelays delays, RateLimits limits) {
		this.delays = delays;
		this.limits = limits;
	}

	@EventListener
	public void failed(AbstractAuthenticationFailureEvent event) {
		if (event.getException() instanceof AuthenticationServiceException) {
			return;
		}
		Authentication attempt = event.getAuthentication();
		if (!(attempt.getPrincipal() instanceof String login) || login.isBlank()) {
			return;
		}
		String address = attempt.getDetails() instanceof WebAuthenticationDetails details ? details.getRemoteAddress()
				: null;
		delays.failed(login, address);
		limits.count(Door.SIGN_IN_ACCOUNT, login);
		if (address != null) {
			limits.count(Door.SIGN_IN_ADDRESS, address);
		}
	}

	@EventListener
	public void succeeded(AuthenticationSuccessEvent event) {
		RequestAttributes request = RequestContextHolder.getRequestAttributes();
		// a call with the right password pays nothing more unless its e-mail has failures to forget
		if (request == null
				|| Boolean.TRUE.equals(request.getAttribute(SignInThrottle.ACCOUNT_FAILED_BEFORE, RequestAttributes.SCOPE_REQUEST))) {
			delays.succeeded(event.getAuthentication().getName());
		}
	}
}
