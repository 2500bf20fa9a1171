package lt.tinklas.shared.web;

import java.math.BigDecimal;
import java.time.Instant;
import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.time.ZoneId;
import java.time.format.DateTimeFormatter;
import java.time.temporal.TemporalAccessor;
import java.util.Locale;

import lt.tinklas.shared.money.Money;
import org.springframework.stereotype.Component;

/**
 * Dates, times and money in the Lithuanian form, in templates as {@code ${@fmt.date(x)}}. The
 * short forms are the same in both languages (2026-01-22, 24-hour times, 15 563,00 EUR), as the
 * networks use them in both.
 */
@Component("fmt")
public class Formats {

	public static final ZoneId VILNIUS = ZoneId.of("Europe/Vilnius");

	private static final DateTimeFormatter DATE = DateTimeFormatter.ofPattern("yyyy-MM-dd");
	private static final DateTimeFormatter DATE_TIME = DateTimeFormatter.ofPattern("yyyy-MM-dd HH:mm");

	public String date(TemporalAccessor value) {
		if (value == null) {
			return "";
		}
		if (value instanceof Instant instant) {
			return DATE.format(instant.atZone(VILNIUS));
		}
		return DATE.format(value);
	}

	public String dateTime(Object value) {
		if (value == null) {
			return "";
		}
		if (value instanceof Instant instant) {
			return DATE_TIME.format(instant.atZone(VILNIUS));
		}
		if (value instanceof OffsetDateTime dateTime) {
			return DATE_TIME.format(dateTime.atZoneSameInstant(VILNIUS));
		}
		return DATE_TIME.format((TemporalAccessor) value);
	}

	/** The long Lithuanian form, "2026 m. sausio 22 d.", or "22 January 2026" in English. */
	public String longDate(LocalDate value, Locale locale) {
		if (value == null) {
			return "";
		}
		if ("lt".equals(locale.getLanguage())) {
			return value.getYear() + " m. " + DateTimeFormatter.ofPattern("MMMM", Locale.forLanguageTag("lt")).format(value)
				+ " " + value.getDayOfMonth() + " d.";
		}
		return DateTimeFormatter.ofPattern("d MMMM yyyy", Locale.ENGLISH).format(value);
	}

	public String money(Object value) {
		if (value == null) {
			return "";
		}
		if (value instanceof Money money) {
			return money.format();
		}
		return new Money((BigDecimal) value).format();
	}
}
