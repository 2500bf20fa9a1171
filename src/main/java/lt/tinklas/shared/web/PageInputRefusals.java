package lt.tinklas.shared.web;

import java.io.IOException;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import org.springframework.core.NestedExceptionUtils;
import org.springframework.core.Ordered;
import org.springframework.dao.DataIntegrityViolationException;
import org.springframework.stereotype.Component;
import org.springframework.web.method.HandlerMethod;
import org.springframework.web.servlet.HandlerExceptionResolver;
import org.springframework.web.method.annotation.MethodArgumentTypeMismatchException;
import org.springframework.web.servlet.ModelAndView;

/**
 * Refusals of what a page's form sent that no controller sees. A value of the wrong type in a field
 * read on its own (a choice or a number that no browser sends, only a tampered form) answers 400
 * with a page that says so, instead of Spring's bare 400. And the last net under a page's form whose fields are read one by one rather than as a form record
 * (so {@code FormText} cannot mark the field): a text the database cannot store, longer than its
 * column or holding a NUL byte, answers 400 with a page that says which limit was passed, and
 * nothing is saved (the transaction was rolled back), instead of a server error; the browser's
 * back button returns to the form as it was typed. Only page
 * controllers ({@code *.web}); the API answers with its own problem details.
 */
@Component
class PageInputRefusals implements HandlerExceptionResolver, Ordered {

	private static final Pattern COLUMN_LENGTH = Pattern.compile("character varying\\((\\d+)\\)",
			Pattern.CASE_INSENSITIVE);

	@Override
	public ModelAndView resolveException(HttpServletRequest request, HttpServletResponse response, Object handler,
			Exception ex) {
		if (!(handler instanceof HandlerMethod method) || !method.getBeanType().getPackageName().endsWith(".web")) {
			return null;
		}
		if (ex instanceof MethodArgumentTypeMismatchException) {
			request.setAttribute("unstorableKey", "form.error.badValuePage");
			return refuse(response);
		}
		if (!(ex instanceof DataIntegrityViolationException violation)) {
			return null;
		}
		String reason = String.valueOf(NestedExceptionUtils.getMostSpecificCause(violation).getMessage());
		Matcher length = COLUMN_LENGTH.matcher(reason);
		// read by the error page, as the other refusals it shows are (413, 429)
		if (length.find()) {
			request.setAttribute("unstorableKey", "form.error.tooLongPage");
			request.setAttribute("unstorableLimit", Integer.parseInt(length.group(1)));
		}
		else if (reason.contains("0x00")) {
			request.setAttribute("unstorableKey", "form.error.controlCharacterPage");
		}
		else {
			return null;
		}
		return refuse(response);
	}

	private static ModelAndView refuse(HttpServletResponse response) {
		try {
			response.sendError(HttpServletResponse.SC_BAD_REQUEST);
		}
		catch (IOException e) {
			return null;
		}
		return new ModelAndView();
	}

	/** Before Spring's own resolvers, which would let the exception through as a server error. */
	@Override
	public int getOrder() {
		return Ordered.HIGHEST_PRECEDENCE;
	}
}
