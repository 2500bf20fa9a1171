package lt.tinklas.shared.web;

import java.util.List;

import org.springframework.validation.BindingResult;

/**
 * Input that breaks a rule only the domain can check (a duplicate, a date out of order). Pages show
 * each error beside its field; the API answers a problem detail with one entry per field.
 */
public class InvalidInputException extends RuntimeException {

	private final List<FieldError> errors;

	public InvalidInputException(List<FieldError> errors) {
		super(errors.toString());
		this.errors = List.copyOf(errors);
	}

	public static InvalidInputException of(String field, String messageKey, Object... arguments) {
		return new InvalidInputException(List.of(new FieldError(field, messageKey, arguments)));
	}

	/**
	 * The version an update through the API was read at: refused, as its field {@code version},
	 * when the body names none (a change must say which version it changes; see {@link FormFlow}
	 * for the pages).
	 */
	public static long requireVersion(Long version) {
		if (version == null) {
			throw of("version", "common.error.versionRequired");
		}
		return version;
	}

	public List<FieldError> errors() {
		return errors;
	}

	/** Puts the errors on a form's binding result, so the page shows them beside the fields. */
	public void applyTo(BindingResult binding) {
		for (FieldError error : errors) {
			if (error.messageKey() == null) {
				binding.rejectValue(error.field(), "invalid", String.valueOf(error.arguments()[0]));
			}
			else {
				binding.rejectValue(error.field(), error.messageKey(), error.arguments(), null);
			}
		}
	}

	/**
	 * One invalid field: a message key with its arguments, or (key null) a text already in the
	 * user's language, as Bean Validation gives it.
	 */
	public record FieldError(String field, String messageKey, Object[] arguments) {

		public static FieldError text(String field, String text) {
			return new FieldError(field, null, new Object[] { text });
		}
	}
}
