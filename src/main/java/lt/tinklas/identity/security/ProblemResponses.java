package lt.tinklas.identity.security;

import java.io.IOException;
import java.util.Locale;

import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import org.springframework.context.MessageSource;
import org.springframework.http.HttpStatus;
import org.springframework.http.MediaType;
import org.springframework.security.access.AccessDeniedException;
import org.springframework.security.authentication.AuthenticationServiceException;
import org.springframework.security.core.AuthenticationException;
import org.springframework.security.web.AuthenticationEntryPoint;
import org.springframework.security.web.access.AccessDeniedHandler;
import org.springframework.web.servlet.LocaleResolver;

/**
 * 401, 403 and 404 of the API written as RFC 9457 problem details, before any controller runs. A
 * 401 challenges for a token only: a Basic challenge would make a browser ask for a password and
 * then send it with every request to the API, also those another site's page makes.
 */
class ProblemResponses implements AuthenticationEntryPoint, AccessDeniedHandler {

	static final String BEARER_CHALLENGE = "Bearer realm=\"Tinklas\"";

	private final MessageSource messages;
	private final LocaleResolver locales;

	ProblemResponses(MessageSource messages, LocaleResolver locales) {
		this.messages = messages;
		this.locales = locales;
	}

	@Override
	public void commence(HttpServletRequest request, HttpServletResponse response,
			AuthenticationException authException) throws IOException {
		// credentials that could not be checked (the database could not be reached) are not wrong:
		// the error goes on, to be answered 503 when the database is away
		if (authException instanceof AuthenticationServiceException notChecked) {
			throw notChecked;
		}
		response.setHeader("WWW-Authenticate", BEARER_CHALLENGE);
		write(request, response, HttpStatus.UNAUTHORIZED, "problem.unauthorized");
	}

	@Override
	public void handle(HttpServletRequest request, HttpServletResponse response,
			AccessDeniedException accessDeniedException) throws IOException {
		write(request, response, HttpStatus.FORBIDDEN, "problem.forbidden");
	}

	void notFound(HttpServletRequest request, HttpServletResponse response) throws IOException {
		write(request, response, HttpStatus.NOT_FOUND, "problem.notFound");
	}

	void write(HttpServletRequest request, HttpServletResponse response, HttpStatus status, String key,
			Object... arguments) throws IOException {
		write(response, status, key, locales.resolveLocale(request), arguments);
	}

	/**
	 * A problem in the caller's language: the one the call asks for, else the language of the user
	 * the call is known to be from (a token's owner, when the token is no longer valid).
	 */
	void writeInUserLanguage(HttpServletRequest request, HttpServletResponse response, HttpStatus status, String key,
			String userLanguage) throws IOException {
		Locale locale = request.getHeader("Accept-Language") == null && userLanguage != null
				&& UserLocaleResolver.LANGUAGES.contains(userLanguage) ? Locale.forLanguageTag(userLanguage)
						: locales.resolveLocale(request);
		write(response, status, key, locale);
	}

	private void write(HttpServletResponse response, HttpStatus status, String key, Locale locale,
			Object... arguments) throws IOException {
		String title = messages.getMessage(key + ".title", null, status.getReasonPhrase(), locale);
		String detail = messages.getMessage(key, arguments, locale);
		response.setStatus(status.value());
		response.setContentType(MediaType.APPLICATION_PROBLEM_JSON_VALUE);
		response.setCharacterEncoding("UTF-8");
		response.getWriter()
			.write("{\"type\":\"about:blank\",\"title\":\"" + json(title) + "\",\"status\":" + status.value()
					+ ",\"detail\":\"" + json(detail) + "\"}");
	}

	private static String json(String text) {
		return text.replace("\\", "\\\\").replace("\"", "\\\"");
	}
}
