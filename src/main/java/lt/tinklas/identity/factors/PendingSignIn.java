package lt.tinklas.identity.factors;

import java.io.Serializable;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import jakarta.servlet.http.HttpSession;
import lt.tinklas.identity.SignedInUser;
import org.springframework.security.authentication.UsernamePasswordAuthenticationToken;
import org.springframework.security.core.Authentication;
import org.springframework.security.core.GrantedAuthority;
import org.springframework.security.core.authority.FactorGrantedAuthority;
import org.springframework.security.core.context.SecurityContext;
import org.springframework.security.core.context.SecurityContextHolder;
import org.springframework.security.web.context.HttpSessionSecurityContextRepository;
import org.springframework.security.web.context.SecurityContextRepository;
import org.springframework.security.web.savedrequest.HttpSessionRequestCache;
import org.springframework.security.web.savedrequest.RequestCache;
import org.springframework.security.web.savedrequest.SavedRequest;
import org.springframework.stereotype.Component;

/**
 * A password sign-in held back until its second factor: the session stays signed out and only
 * remembers who gave the right password, for five minutes and five wrong codes at most; the right
 * code makes the held sign-in the session's, under a new session id.
 */
@Component
public class PendingSignIn {

	/** The authority a sign-in completed with a one-time code or a recovery code carries. */
	public static final String CODE_FACTOR = "FACTOR_TOTP";

	static final String ATTRIBUTE = PendingSignIn.class.getName();
	static final Duration LIFETIME = Duration.ofMinutes(5);
	static final int MAX_WRONG_CODES = 5;

	private final SecondFactorRequirement requirement;
	private final SecurityContextRepository contexts = new HttpSessionSecurityContextRepository();
	private final RequestCache requests = new HttpSessionRequestCache();

	PendingSignIn(SecondFactorRequirement requirement) {
		this.requirement = requirement;
	}

	/** Who gave the right password, when, and how many wrong codes followed. */
	public record Pending(Authentication authentication, Instant since, int wrongCodes) implements Serializable {

		public SignedInUser user() {
			return (SignedInUser) authentication.getPrincipal();
		}
	}

	/**
	 * Holds back a password sign-in that needs its second factor: signs the session out again and
	 * remembers the sign-in as pending. Gives whether it did.
	 */
	public boolean holdBack(HttpServletRequest request, HttpServletResponse response, Authentication authentication) {
		if (!(authentication.getPrincipal() instanceof SignedInUser user) || !requirement.stepNeeded(user)) {
			return false;
		}
		SecurityContextHolder.clearContext();
		contexts.saveContext(SecurityContextHolder.createEmptyContext(), request, response);
		request.getSession().setAttribute(ATTRIBUTE, new Pending(authentication, Instant.now(), 0));
		return true;
	}

	/** The sign-in waiting for its second factor in this session, unless it has expired. */
	public Optional<Pending> of(HttpServletRequest request) {
		HttpSession session = request.getSession(false);
		if (session == null || !(session.getAttribute(ATTRIBUTE) instanceof Pending pending)) {
			return Optional.empty();
		}
		if (pending.since().plus(LIFETIME).isBefore(Instant.now())) {
			session.removeAttribute(ATTRIBUTE);
			return Optional.empty();
		}
		return Optional.of(pending);
	}

	/** Counts a wrong code; after the fifth the pending sign-in is dropped. Gives whether it is still pending. */
	public boolean wrongCode(HttpServletRequest request, Pending pending) {
		HttpSession session = request.getSession();
		if (pending.wrongCodes() + 1 >= MAX_WRONG_CODES) {
			session.removeAttribute(ATTRIBUTE);
			return false;
		}
		session.setAttribute(ATTRIBUTE, new Pending(pending.authentication(), pending.since(), pending.wrongCodes() + 1));
		return true;
	}

	public void drop(HttpServletRequest request) {
		HttpSession session = request.getSession(false);
		if (session != null) {
			session.removeAttribute(ATTRIBUTE);
		}
	}

	/**
	 * Completes the held sign-in, with the factor that completed it among its authorities, under a
	 * new session id; gives the address to go to (the page first asked for, or the home).
	 */
	public String complete(HttpServletRequest request, HttpServletResponse response, Pending pending) {
		List<GrantedAuthority> authorities = new ArrayList<>(pending.authentication().getAuthorities());
		authorities.add(FactorGrantedAuthority.fromAuthority(CODE_FACTOR));
		UsernamePasswordAuthenticationToken complete = UsernamePasswordAuthenticationToken
			.authenticated(pending.authentication().getPrincipal(), null, authorities);
		complete.setDetails(pending.authentication().getDetails());
		request.getSession().removeAttribute(ATTRIBUTE);
		request.changeSessionId();
		SecurityContext context = SecurityContextHolder.createEmptyContext();
		context.setAuthentication(complete);
		SecurityContextHolder.setContext(context);
		contexts.saveContext(context, request, response);
		SavedRequest saved = requests.getRequest(request, response);
		requests.removeRequest(request, response);
		return saved != null ? saved.getRedirectUrl() : request.getContextPath() + "/";
	}
}
