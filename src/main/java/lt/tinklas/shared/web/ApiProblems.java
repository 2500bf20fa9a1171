package lt.tinklas.shared.web;

import java.net.URI;
import java.util.List;
import java.util.Locale;
import java.util.Map;

import lt.tinklas.shared.history.FieldChange;
import lt.tinklas.shared.history.RecordHistory;
import lt.tinklas.shared.history.StaleEditException;
import org.springframework.beans.TypeMismatchException;
import org.springframework.context.MessageSource;
import org.springframework.context.i18n.LocaleContextHolder;
import org.springframework.http.HttpHeaders;
import org.springframework.http.HttpStatus;
import org.springframework.http.HttpStatusCode;
import org.springframework.http.ProblemDetail;
import org.springframework.http.ResponseEntity;
import org.springframework.http.converter.HttpMessageNotReadableException;
import org.springframework.security.access.AccessDeniedException;
import org.springframework.web.bind.MethodArgumentNotValidException;
import org.springframework.web.bind.MissingServletRequestParameterException;
import org.springframework.web.bind.annotation.ExceptionHandler;
import org.springframework.web.bind.annotation.RestController;
import org.springframework.web.bind.annotation.RestControllerAdvice;
import org.springframework.web.context.request.WebRequest;
import org.springframework.web.servlet.mvc.method.annotation.ResponseEntityExceptionHandler;
import tools.jackson.core.JacksonException;
import tools.jackson.core.exc.InputCoercionException;
import tools.jackson.databind.exc.InvalidNullException;
import tools.jackson.databind.exc.MismatchedInputException;
import tools.jackson.databind.json.JsonMapper;

/**
 * Every error of the REST API as an RFC 9457 problem detail, in the caller's language, with one
 * entry per invalid field. A value that cannot be read as its field's type (a choice not in the
 * list, text where a number goes, a date in another form) is an invalid field too, named by its
 * full path and told what it should be.
 */
@RestControllerAdvice(annotations = RestController.class)
class ApiProblems extends ResponseEntityExceptionHandler {

	private final MessageSource messages;
	private final RecordHistory history;
	private final JsonMapper json;
	private final ExpectedValues expected;

	ApiProblems(MessageSource messages, RecordHistory history, JsonMapper json) {
		this.messages = messages;
		this.history = history;
		this.json = json;
		this.expected = new ExpectedValues(messages);
	}

	@Override
	protected ResponseEntity<Object> handleMethodArgumentNotValid(MethodArgumentNotValidException ex,
			HttpHeaders headers, HttpStatusCode status, WebRequest request) {
		ProblemDetail problem = problem(HttpStatus.BAD_REQUEST, "problem.invalid");
		List<ProblemField> errors = ex.getBindingResult()
			.getFieldErrors()
			.stream()
			.map(error -> new ProblemField(error.getField(), messages.getMessage(error, LocaleContextHolder.getLocale())))
			.toList();
		problem.setProperty("errors", errors);
		return ResponseEntity.badRequest().body(problem);
	}

	/** A body that is JSON but has a value of the wrong type names the field; broken JSON does not. */
	@Override
	protected ResponseEntity<Object> handleHttpMessageNotReadable(HttpMessageNotReadableException ex,
			HttpHeaders headers, HttpStatusCode status, WebRequest request) {
		MismatchedInputException mismatch = mismatch(ex);
		Locale locale = LocaleContextHolder.getLocale();
		if (mismatch instanceof StrictJsonValues.NulInText && !mismatch.getPath().isEmpty()) {
			return invalid(new ProblemField(path(mismatch), messages.getMessage("problem.value.nul", null, locale)));
		}
		if (mismatch instanceof InvalidNullException && !mismatch.getPath().isEmpty()) {
			return invalid(new ProblemField(path(mismatch), messages.getMessage("problem.value.emptyInList", null, locale)));
		}
		if (mismatch != null && mismatch.getTargetType() != null && !mismatch.getPath().isEmpty()) {
			return invalid(new ProblemField(path(mismatch), expected.message(mismatch.getTargetType(),
					constant -> json.valueToTree(constant).asString(), locale)));
		}
		JacksonException inField = inField(ex);
		if (inField instanceof InputCoercionException coercion) {
			return invalid(new ProblemField(path(inField), coercion.getTargetType() == null
					? messages.getMessage("problem.value.outOfRange", null, locale)
					: expected.outOfRange(coercion.getTargetType(), locale)));
		}
		if (inField != null) {
			return invalid(new ProblemField(path(inField), messages.getMessage("typeMismatch", null, locale)));
		}
		return ResponseEntity.badRequest().body(problem(HttpStatus.BAD_REQUEST, "problem.unreadable"));
	}

	/** The first JSON error that knows in which field it happened. */
	private static JacksonException inField(Throwable ex) {
		for (Throwable cause = ex; cause != null; cause = cause.getCause()) {
			if (cause instanceof JacksonException jackson && !jackson.getPath().isEmpty()) {
				return jackson;
			}
		}
		return null;
	}

	/** A query or path parameter that is not of its type: {@code status=ACTIVE}, {@code asOf=22.01.2026}. */
	@Override
	protected ResponseEntity<Object> handleTypeMismatch(TypeMismatchException ex, HttpHeaders headers,
			HttpStatusCode status, WebRequest request) {
		Locale locale = LocaleContextHolder.getLocale();
		String message = ex.getRequiredType() == null ? messages.getMessage("typeMismatch", null, locale)
				: expected.message(ex.getRequiredType(), Enum::name, locale);
		return invalid(new ProblemField(ex.getPropertyName(), message));
	}

	@Override
	protected ResponseEntity<Object> handleMissingServletRequestParameter(MissingServletRequestParameterException ex,
			HttpHeaders headers, HttpStatusCode status, WebRequest request) {
		return invalid(new ProblemField(ex.getParameterName(), messages
			.getMessage("jakarta.validation.constraints.NotNull.message", null, LocaleContextHolder.getLocale())));
	}

	private ResponseEntity<Object> invalid(ProblemField field) {
		ProblemDetail problem = problem(HttpStatus.BAD_REQUEST, "problem.invalid");
		problem.setProperty("errors", List.of(field));
		return ResponseEntity.badRequest().body(problem);
	}

	private static MismatchedInputException mismatch(Throwable ex) {
		for (Throwable cause = ex; cause != null; cause = cause.getCause()) {
			if (cause instanceof MismatchedInputException mismatch) {
				return mismatch;
			}
		}
		return null;
	}

	/** The field's path as the validation errors write it: {@code affiliations[0].from}. */
	private static String path(JacksonException ex) {
		StringBuilder path = new StringBuilder();
		for (JacksonException.Reference reference : ex.getPath()) {
			if (reference.getPropertyName() != null) {
				path.append(path.isEmpty() ? "" : ".").append(reference.getPropertyName());
			}
			else if (reference.getIndex() >= 0) {
				path.append('[').append(reference.getIndex()).append(']');
			}
		}
		return path.toString();
	}

	@ExceptionHandler(InvalidInputException.class)
	ResponseEntity<ProblemDetail> invalid(InvalidInputException ex) {
		ProblemDetail problem = problem(HttpStatus.BAD_REQUEST, "problem.invalid");
		problem.setProperty("errors", ex.errors()
			.stream()
			.map(error -> new ProblemField(error.field(),
					error.messageKey() == null ? String.valueOf(error.arguments()[0])
							: messages.getMessage(error.messageKey(), error.arguments(), LocaleContextHolder.getLocale())))
			.toList());
		return ResponseEntity.badRequest().body(problem);
	}

	@ExceptionHandler(ConflictException.class)
	ResponseEntity<ProblemDetail> conflict(ConflictException ex) {
		ProblemDetail problem = problem(HttpStatus.CONFLICT, "problem.conflict");
		problem.setDetail(messages.getMessage(ex.messageKey(), ex.arguments(), LocaleContextHolder.getLocale()));
		return ResponseEntity.status(HttpStatus.CONFLICT).body(problem);
	}

	@ExceptionHandler(NotFoundException.class)
	ResponseEntity<ProblemDetail> notFound(NotFoundException ex) {
		return ResponseEntity.status(HttpStatus.NOT_FOUND).body(problem(HttpStatus.NOT_FOUND, "problem.notFound"));
	}

	@ExceptionHandler(AccessDeniedException.class)
	ResponseEntity<ProblemDetail> forbidden(AccessDeniedException ex) {
		return ResponseEntity.status(HttpStatus.FORBIDDEN).body(problem(HttpStatus.FORBIDDEN, "problem.forbidden"));
	}

	@ExceptionHandler(StaleEditException.class)
	ResponseEntity<ProblemDetail> stale(StaleEditException ex) {
		ProblemDetail problem = problem(HttpStatus.CONFLICT, "problem.stale");
		List<FieldChange> changes = history.changedSince(ex.recordType(), ex.recordId(), ex.versionSeenByEditor());
		problem.setProperty("changedMeanwhile", changes.stream()
			.map(change -> Map.of("field", change.property(), "from", String.valueOf(change.from()), "to",
					String.valueOf(change.to())))
			.toList());
		return ResponseEntity.status(HttpStatus.CONFLICT).body(problem);
	}

	private ProblemDetail problem(HttpStatus status, String key) {
		ProblemDetail problem = ProblemDetail.forStatusAndDetail(status,
				messages.getMessage(key, null, LocaleContextHolder.getLocale()));
		problem.setTitle(messages.getMessage(key + ".title", null, status.getReasonPhrase(),
				LocaleContextHolder.getLocale()));
		problem.setType(URI.create("about:blank"));
		return problem;
	}
}
