package lt.tinklas.shared.ratelimit;

import java.io.IOException;
import java.util.LinkedHashMap;
import java.util.Locale;
import java.util.Map;

import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import org.springframework.context.MessageSource;
import org.springframework.http.HttpHeaders;
import org.springframework.http.HttpStatus;
import org.springframework.http.MediaType;
import org.springframework.stereotype.Component;
import org.springframework.web.servlet.LocaleResolver;
import tools.jackson.databind.json.JsonMapper;

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

	private static final JsonMapper JSON = JsonMapper.builder().build();

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
			Map<String, Object> problem = new LinkedHashMap<>();
			problem.put("type", "about:blank");
			problem.put("title", messages.getMessage("problem.tooManyRequests.title", null, locale));
			problem.put("status", HttpStatus.TOO_MANY_REQUESTS.value());
			problem.put("detail", messages.getMessage("problem.tooManyRequests", new Object[] { seconds }, locale));
			problem.put("retryAfter", seconds);
			response.setStatus(HttpStatus.TOO_MANY_REQUESTS.value());
			response.setContentType(MediaType.APPLICATION_PROBLEM_JSON_VALUE);
			response.setCharacterEncoding("UTF-8");
			response.getWriter().write(JSON.writeValueAsString(problem));
			response.getWriter().flush();
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
