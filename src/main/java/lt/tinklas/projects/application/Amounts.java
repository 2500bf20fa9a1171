package lt.tinklas.projects.application;

import java.math.BigDecimal;
import java.util.List;

import lt.tinklas.shared.web.InvalidInputException.FieldError;

/** The checks every amount of euro passes: not negative, whole cents, below the columns' limit. */
public final class Amounts {

	/** Amounts are stored as numeric(14, 2): below a trillion euro. */
	static final BigDecimal LIMIT = new BigDecimal("1000000000000");

	private Amounts() {
	}

	/**
	 * An amount as typed: strictly “173552.19” for the API, or as people write it on a form
	 * (“173 552,19”, “173552.19 EUR”); anything else is refused with the field named.
	 */
	public static BigDecimal parse(String field, String text, boolean asPeopleWrite, List<FieldError> errors) {
		if (text == null || text.isBlank()) {
			return null;
		}
		String plain = asPeopleWrite
				? text.replace('\u00A0', ' ').replace(" ", "").replace("EUR", "").replace(',', '.') : text.strip();
		try {
			BigDecimal amount = new BigDecimal(plain);
			if (amount.abs().compareTo(LIMIT) >= 0) {
				errors.add(new FieldError(field, "project.error.tooLarge", new Object[] { text }));
				return null;
			}
			return amount;
		}
		catch (NumberFormatException e) {
			errors.add(new FieldError(field, "project.error.amountFormat", new Object[] { text }));
			return null;
		}
	}

	public static void check(String field, BigDecimal amount, List<FieldError> errors) {
		if (amount == null) {
			return;
		}
		if (amount.signum() < 0) {
			errors.add(new FieldError(field, "project.error.negative", new Object[0]));
		}
		else if (amount.stripTrailingZeros().scale() > 2) {
			errors.add(new FieldError(field, "project.error.cents", new Object[] { amount.toPlainString() }));
		}
	}
}
