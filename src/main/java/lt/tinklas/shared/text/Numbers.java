package lt.tinklas.shared.text;

import java.math.BigDecimal;

/** Numbers as people read them. */
public final class Numbers {

	private Numbers() {
	}

	/** Without needless zeros, and never in exponent form (10, not 1E+1); null stays null. */
	public static BigDecimal plain(BigDecimal value) {
		if (value == null) {
			return null;
		}
		BigDecimal stripped = value.stripTrailingZeros();
		return stripped.scale() < 0 ? stripped.setScale(0) : stripped;
	}
}
