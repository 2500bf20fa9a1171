package lt.tinklas.identity.security;

import java.io.IOException;
import java.time.Instant;

import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import lt.tinklas.identity.domain.UserAccountRecords;
import org.springframework.security.authentication.DisabledException;
import org.springframework.security.authentication.LockedException;
import org.springframework.security.core.AuthenticationException;
import org.springframework.security.web.authentication.AuthenticationFailureHandler;

/** Sends a failed sign-in back to the form with the reason: wrong credentials, or locked. */
class LoginFailureHandler implements AuthenticationFailureHandler {

	private final UserAccountRecords accounts;

	LoginFailureHandler(UserAccountRecords accounts) {
		this.accounts = accounts;
	}

	@Override
	public void onAuthenticationFailure(HttpServletRequest request, HttpServletResponse response,
			AuthenticationException exception) throws IOException {
		String email = request.getParameter("username");
		boolean locked = exception instanceof LockedException || (email != null
				&& accounts.findByLogin(email).map(a -> a.lockedAt(Instant.now())).orElse(false));
		String reason = locked ? "locked" : exception instanceof DisabledException ? "disabled" : "error";
		response.sendRedirect(request.getContextPath() + "/login?" + reason);
	}
}
