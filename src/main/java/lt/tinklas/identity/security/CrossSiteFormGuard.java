package lt.tinklas.identity.security;

import java.io.IOException;
import java.util.Set;

import jakarta.servlet.FilterChain;
import jakarta.servlet.ServletException;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import org.springframework.http.HttpStatus;
import org.springframework.http.InvalidMediaTypeException;
import org.springframework.http.MediaType;
import org.springframework.web.filter.OncePerRequestFilter;

/**
 * The API's answer to cross-site requests: a page of another site can make a browser send a form
 * (URL-encoded, multipart or plain text) or a bodiless request, but it cannot add an
 * {@code Authorization} header nor a JSON content type without the browser asking the API first
 * (CORS, which the API does not allow). So a call that changes something must carry one of the two;
 * otherwise it gets 415 and changes nothing. A program calling the API sends both anyway.
 */
class CrossSiteFormGuard extends OncePerRequestFilter {

	private static final Set<String> CHANGING = Set.of("POST", "PUT", "PATCH", "DELETE");

	/** The content types an HTML form may send across sites without asking. */
	private static final Set<String> FORM_TYPES = Set.of("application/x-www-form-urlencoded", "multipart/form-data",
			"text/plain");

	private final ProblemResponses problems;

	CrossSiteFormGuard(ProblemResponses problems) {
		this.problems = problems;
	}

	@Override
	protected void doFilterInternal(HttpServletRequest request, HttpServletResponse response, FilterChain chain)
			throws ServletException, IOException {
		if (CHANGING.contains(request.getMethod()) && request.getHeader("Authorization") == null
				&& !madeByAProgram(request.getContentType())) {
			problems.write(request, response, HttpStatus.UNSUPPORTED_MEDIA_TYPE, "problem.api.crossSiteForm");
			return;
		}
		chain.doFilter(request, response);
	}

	/** A content type that only a script allowed by the API, or a program, could have set. */
	static boolean madeByAProgram(String contentType) {
		if (contentType == null || contentType.isBlank()) {
			return false;
		}
		try {
			MediaType type = MediaType.parseMediaType(contentType);
			return !FORM_TYPES.contains(type.getType() + "/" + type.getSubtype());
		}
		catch (InvalidMediaTypeException e) {
			return false;
		}
	}
}
