package lt.tinklas.shared.web;

import java.io.IOException;
import java.util.LinkedHashMap;
import java.util.Map;

import jakarta.servlet.http.HttpServletResponse;
import org.springframework.http.HttpHeaders;
import org.springframework.http.HttpStatus;
import org.springframework.http.MediaType;
import tools.jackson.databind.json.JsonMapper;

/**
 * An API answer that says to try again later (429 over a rate limit, 503 while the database cannot be
 * reached), written by a filter before Spring MVC: the problem detail's fields as {@code ApiProblems}
 * writes them, with the wait in {@code retryAfter} and in the Retry-After header.
 */
public final class RetryLaterProblem {

	private static final JsonMapper JSON = JsonMapper.builder().build();

	private RetryLaterProblem() {
	}

	public static void write(HttpServletResponse response, HttpStatus status, String title, String detail,
			long retryAfterSeconds) throws IOException {
		Map<String, Object> problem = new LinkedHashMap<>();
		problem.put("type", "about:blank");
		problem.put("title", title);
		problem.put("status", status.value());
		problem.put("detail", detail);
		problem.put("retryAfter", retryAfterSeconds);
		response.setStatus(status.value());
		response.setHeader(HttpHeaders.RETRY_AFTER, String.valueOf(retryAfterSeconds));
		response.setContentType(MediaType.APPLICATION_PROBLEM_JSON_VALUE);
		response.setCharacterEncoding("UTF-8");
		response.getWriter().write(JSON.writeValueAsString(problem));
		response.getWriter().flush();
	}
}
