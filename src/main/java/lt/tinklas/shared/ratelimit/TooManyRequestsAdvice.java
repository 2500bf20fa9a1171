package lt.tinklas.shared.ratelimit;

import java.io.IOException;

import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import org.springframework.core.Ordered;
import org.springframework.core.annotation.Order;
import org.springframework.web.bind.annotation.ControllerAdvice;
import org.springframework.web.bind.annotation.ExceptionHandler;

/** A limit reached in any controller, page or API, is answered 429 by {@link TooManyRequestsAnswers}. */
@ControllerAdvice
@Order(Ordered.HIGHEST_PRECEDENCE)
class TooManyRequestsAdvice {

	private final TooManyRequestsAnswers answers;

	TooManyRequestsAdvice(TooManyRequestsAnswers answers) {
		this.answers = answers;
	}

	@ExceptionHandler(TooManyRequests.class)
	void tooMany(TooManyRequests refused, HttpServletRequest request, HttpServletResponse response) throws IOException {
		answers.send(request, response, refused);
	}
}
