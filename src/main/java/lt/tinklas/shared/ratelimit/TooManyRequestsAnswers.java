package lt.tinklas.shared.ratelimit;

import java.io.IOException;
import java.util.Locale;

import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import lt.tinklas.shared.web.RetryLaterProblem;
import org.springframework.context.MessageSource;
import org.springframework.http.HttpHeaders;
import org.springframework.http.HttpStatus;
import org.springframework.stereotype.Component;
import org.springframework.web.servlet.LocaleResolver;

/**
 * Answers a caller over the limit: 429 with {@code Retry-After} in seconds; for the API an RFC 9457
 * problem detail in the caller's language (its {@code retryAfter} says the seconds too), for the
 * pages the error page, which says in the user's language how long to wait. Used by the controllers'
 * advice and by the sign-in filters, which run before any controller.
 */
@Component
public class TooManyRequestsAnswers {

	/** The request attribute the error page reads the wait from, in seconds. */
	public static final String RETRY_AFTER = "retryAfterSeconds";

	private final MessageSource messages;
	private final LocaleResolver locales;

	TooManyRequestsAnswers(MessageSource messages, LocaleResolver locales) {
		this.messages = messages;
		this.locales = locales;
	}

	public void send(HttpServletRequest request, HttpServletResponse response, TooManyRequests refused)
			throws IOException {
		long seconds = refused.retryAfterSeconds();
		response.setHeader(HttpHeaders.RETRY_AFTER, String.valueOf(seconds));
		if (isApi(request)) {
			Locale locale = locales.resolveLocale(request);
			RetryLaterProblem.write(response, HttpStatus.TOO_MANY_REQUESTS,
					messages.getMessage("problem.tooManyRequests.title", null, locale),
					messages.getMessage("problem.tooManyRequests", new Object[] { seconds }, locale), seconds);
		}
		else {
			request.setAttribute(RETRY_AFTER, seconds);
			response.sendError(HttpStatus.TOO_MANY_REQUESTS.value());
		}
	}

	private static boolean isApi(HttpServletRequest request) {
		String path = request.getRequestURI().substring(request.getContextPath().length());
		return path.startsWith("/api/");
	}
}
