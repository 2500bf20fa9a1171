package lt.tinklas.identity.security;

import java.io.IOException;

import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import org.springframework.security.authentication.AuthenticationServiceException;
import org.springframework.security.core.AuthenticationException;
import org.springframework.security.web.authentication.AuthenticationFailureHandler;

/**
 * Sends a failed sign-in back to the form with one message, whatever the reason (a wrong password,
 * an unknown e-mail, an account not active yet), so that the form tells no one which e-mails have
 * accounts. A sign-in that could not be checked (the database could not be reached) did not fail:
 * it goes on as the error it is, which is answered 503 when the database is away.
 */
class LoginFailureHandler implements AuthenticationFailureHandler {

	@Override
	public void onAuthenticationFailure(HttpServletRequest request, HttpServletResponse response,
			AuthenticationException exception) throws IOException {
		if (exception instanceof AuthenticationServiceException notChecked) {
			throw notChecked;
		}
		response.sendRedirect(request.getContextPath() + "/login?error");
	}
}
