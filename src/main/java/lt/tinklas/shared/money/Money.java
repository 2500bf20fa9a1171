package lt.tinklas.shared.money;

import java.math.BigDecimal;
import java.math.RoundingMode;
import java.text.DecimalFormat;
import java.text.DecimalFormatSymbols;
import java.util.Objects;

/** An exact amount in euro, shown the Lithuanian way: {@code 15 563,00 EUR}. */
public record Money(BigDecimal amount) implements Comparable<Money> {

	private static final char NO_BREAK_SPACE = '\u00A0';

	public Money {
		Objects.requireNonNull(amount, "amount");
		amount = amount.setScale(2, RoundingMode.UNNECESSARY);
	}

	public static Money eur(String amount) {
		return new Money(new BigDecimal(amount));
	}

	/** The amount as money, or null where there is none. */
	public static Money ofNullable(BigDecimal amount) {
		return amount == null ? null : new Money(amount);
	}

	public Money plus(Money other) {
		return new Money(amount.add(other.amount));
	}

	public String format() {
		DecimalFormatSymbols symbols = new DecimalFormatSymbols();
		symbols.setGroupingSeparator(NO_BREAK_SPACE);
		symbols.setDecimalSeparator(',');
		symbols.setMinusSign('−');
		DecimalFormat format = new DecimalFormat("#,##0.00", symbols);
		return format.format(amount) + NO_BREAK_SPACE + "EUR";
	}

	@Override
	public int compareTo(Money other) {
		return amount.compareTo(other.amount);
	}

	@Override
	public String toString() {
		return format();
	}
}
