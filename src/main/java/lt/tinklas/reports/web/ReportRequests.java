package lt.tinklas.reports.web;

import java.util.Locale;

import lt.tinklas.reports.AnnualReports;
import lt.tinklas.shared.web.InvalidInputException;
import lt.tinklas.shared.web.NotFoundException;
import org.springframework.context.i18n.LocaleContextHolder;

/** What the report's pages and API read from a request: the year and the language of a file. */
public final class ReportRequests {

	private ReportRequests() {
	}

	/** The year in the address; anything but a year from 2000 to 2100 is refused with a message. */
	public static int year(String text) {
		int year;
		try {
			year = Integer.parseInt(text.strip());
		}
		catch (NumberFormatException e) {
			throw InvalidInputException.of("year", "reports.error.year", text, String.valueOf(AnnualReports.FIRST_YEAR),
					String.valueOf(AnnualReports.LAST_YEAR));
		}
		AnnualReports.checkYear(year);
		return year;
	}

	public static Locale locale(String lang) {
		if (lang == null || lang.isBlank()) {
			return LocaleContextHolder.getLocale();
		}
		if (!lang.equals("lt") && !lang.equals("en")) {
			throw new NotFoundException("Language");
		}
		return Locale.forLanguageTag(lang);
	}
}
