package lt.tinklas.identity.security;

import java.time.Instant;

import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpSession;
import lt.tinklas.identity.application.UserSessions;
import org.springframework.context.event.EventListener;
import org.springframework.security.authentication.event.InteractiveAuthenticationSuccessEvent;
import org.springframework.stereotype.Component;
import org.springframework.web.context.request.RequestContextHolder;
import org.springframework.web.context.request.ServletRequestAttributes;

/**
 * Notes in the session, at each sign-in by a page (whatever the way: password, passkey, a second
 * step), where it came from and with what browser, for the user's list of their sessions.
 */
@Component
class SessionSignIn {

	private static final int MAX_USER_AGENT = 500;

	@EventListener
	void signedIn(InteractiveAuthenticationSuccessEvent event) {
		if (!(RequestContextHolder.getRequestAttributes() instanceof ServletRequestAttributes attributes)) {
			return;
		}
		HttpServletRequest request = attributes.getRequest();
		HttpSession session = request.getSession(false);
		if (session == null) {
			return;
		}
		String userAgent = request.getHeader("User-Agent");
		session.setAttribute(UserSessions.ADDRESS, request.getRemoteAddr());
		session.setAttribute(UserSessions.USER_AGENT,
				userAgent == null || userAgent.length() <= MAX_USER_AGENT ? userAgent : userAgent.substring(0, MAX_USER_AGENT));
		session.setAttribute(UserSessions.SIGNED_IN_AT, Instant.now());
	}
}
