package lt.tinklas.organizations;

import java.util.Optional;

/**
 * The legal entity code (juridinio asmens kodas): nine digits, the last a check digit, the sum of
 * the first eight times the weights 1..8 modulo 11 (a remainder of 10 is not a valid code).
 */
public final class LegalCode {

	private LegalCode() {
	}

	/** The message key of what is wrong with the code, or empty when it is valid. */
	public static Optional<String> problem(String code) {
		if (code == null || !code.matches("\\d{9}")) {
			return Optional.of("organization.error.legalCodeFormat");
		}
		int sum = 0;
		for (int i = 0; i < 8; i++) {
			sum += (code.charAt(i) - '0') * (i + 1);
		}
		int remainder = sum % 11;
		if (remainder == 10 || remainder != code.charAt(8) - '0') {
			return Optional.of("organization.error.legalCodeCheckDigit");
		}
		return Optional.empty();
	}

	/** A valid code from eight digits, or empty when none can end them (a remainder of 10). */
	public static Optional<String> complete(String firstEight) {
		int sum = 0;
		for (int i = 0; i < 8; i++) {
			sum += (firstEight.charAt(i) - '0') * (i + 1);
		}
		int remainder = sum % 11;
		return remainder == 10 ? Optional.empty() : Optional.of(firstEight + remainder);
	}
}
