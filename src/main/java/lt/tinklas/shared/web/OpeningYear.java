package lt.tinklas.shared.web;

import java.time.LocalDate;
import java.util.Arrays;
import java.util.Optional;

/**
 * The year a page opens on when none is asked: the current year (Vilnius), or, when it has no
 * records yet, the latest earlier year that has, so that a page never opens on a year of zeros
 * without saying why. {@code emptyYear} is the current year when it was passed over, else null.
 */
public record OpeningYear(int year, Integer emptyYear) {

	/**
	 * Chooses from the latest year with records up to the current one, of each kind of record the
	 * page shows (empty where a kind has none).
	 */
	@SafeVarargs
	public static OpeningYear after(Optional<Integer>... latestWithRecords) {
		int now = LocalDate.now(Formats.VILNIUS).getYear();
		return Arrays.stream(latestWithRecords)
			.flatMap(Optional::stream)
			.max(Integer::compare)
			.filter(latest -> latest < now)
			.map(latest -> new OpeningYear(latest, now))
			.orElseGet(() -> new OpeningYear(now, null));
	}

	/** The last day of the current year: records up to it count when choosing. */
	public static LocalDate endOfThisYear() {
		return LocalDate.of(LocalDate.now(Formats.VILNIUS).getYear(), 12, 31);
	}

	public LocalDate from() {
		return LocalDate.of(year, 1, 1);
	}

	public LocalDate to() {
		return LocalDate.of(year, 12, 31);
	}

	/** Whether the current year was passed over because it has no records. */
	public boolean passedOver() {
		return emptyYear != null;
	}

	/** The years as a page's notice names them: never grouped as numbers ("2 026"). */
	public String shownText() {
		return String.valueOf(year);
	}

	public String emptyText() {
		return emptyYear == null ? "" : String.valueOf(emptyYear);
	}
}
