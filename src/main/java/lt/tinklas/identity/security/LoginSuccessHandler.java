package lt.tinklas.identity.security;

import java.io.IOException;

import jakarta.servlet.ServletException;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import lt.tinklas.identity.SignedInUser;
import lt.tinklas.identity.factors.PendingSignIn;
import org.springframework.security.core.Authentication;
import org.springframework.security.web.authentication.SavedRequestAwareAuthenticationSuccessHandler;

/**
 * After sign-in the user's own language applies, whatever the browser chose before. A sign-in that
 * needs its second factor is held back and goes to ask for it.
 */
class LoginSuccessHandler extends SavedRequestAwareAuthenticationSuccessHandler {

	private final PendingSignIn pending;

	LoginSuccessHandler(PendingSignIn pending) {
		this.pending = pending;
		setDefaultTargetUrl("/");
	}

	@Override
	public void onAuthenticationSuccess(HttpServletRequest request, HttpServletResponse response,
			Authentication authentication) throws ServletException, IOException {
		if (authentication.getPrincipal() instanceof SignedInUser user) {
			UserLocaleResolver.writeCookie(response, user.language());
		}
		if (pending.holdBack(request, response, authentication)) {
			response.sendRedirect(request.getContextPath() + "/login/second-factor");
			return;
		}
		super.onAuthenticationSuccess(request, response, authentication);
	}
}
