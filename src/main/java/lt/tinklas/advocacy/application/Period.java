package lt.tinklas.advocacy.application;

import java.time.LocalDate;

import lt.tinklas.shared.web.Formats;
import lt.tinklas.shared.web.InvalidInputException;

/** A period of days, both ends included: the current year (Vilnius) where a side is not given. */
public record Period(LocalDate from, LocalDate to) {

	public static Period orThisYear(LocalDate from, LocalDate to) {
		LocalDate today = LocalDate.now(Formats.VILNIUS);
		LocalDate start = from == null ? today.withDayOfYear(1) : from;
		LocalDate end = to == null ? today.withDayOfYear(today.lengthOfYear()) : to;
		if (end.isBefore(start)) {
			throw InvalidInputException.of("to", "common.error.endBeforeStart");
		}
		return new Period(start, end);
	}
}
