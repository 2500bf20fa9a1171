package lt.tinklas.growth.application;

import java.util.List;
import java.util.regex.Pattern;

import lt.tinklas.shared.web.InvalidInputException.FieldError;

/** The checks every growth form shares: required, not too long, an e-mail address. */
final class Fields {

	private static final Pattern EMAIL = Pattern.compile("^[^@\\s]+@[^@\\s]+\\.[^@\\s]+$");

	private Fields() {
	}

	static void required(List<FieldError> errors, String field, String value) {
		if (value == null || value.isBlank()) {
			errors.add(new FieldError(field, "jakarta.validation.constraints.NotBlank.message", new Object[0]));
		}
	}

	static void max(List<FieldError> errors, String field, String value, int max) {
		if (value != null && value.strip().length() > max) {
			errors.add(new FieldError(field, "form.error.tooLong", new Object[] { max }));
		}
	}

	static void email(List<FieldError> errors, String field, String value) {
		if (value != null && !value.isBlank() && (value.strip().length() > 320 || !EMAIL.matcher(value.strip()).matches())) {
			errors.add(new FieldError(field, "jakarta.validation.constraints.Email.message", new Object[0]));
		}
	}

	static String blank(String value) {
		return value == null || value.isBlank() ? null : value.strip();
	}
}
