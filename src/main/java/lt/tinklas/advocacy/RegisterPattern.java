package lt.tinklas.advocacy;

import java.time.LocalDate;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * A network's pattern for outgoing register numbers, such as {@code NSMOT/{yy}/{mm}/{dd}/{seq:2}}:
 * {@code {yyyy}}, {@code {yy}}, {@code {mm}}, {@code {dd}} are the sending date, {@code {seq}} the
 * document's sequence number, zero-padded to the given width. The sequence starts again with each
 * day, month or year as the finest date part of the pattern says, so numbers never repeat.
 */
public record RegisterPattern(String pattern) {

	private static final Pattern SEQ = Pattern.compile("\\{seq(?::(\\d))?\\}");

	public RegisterPattern {
		if (pattern == null || !SEQ.matcher(pattern).find()) {
			throw new IllegalArgumentException("A register pattern needs {seq}");
		}
	}

	/** The span the sequence counts within: a day, a month, a year, or ever. */
	public String scope(LocalDate day) {
		if (pattern.contains("{dd}")) {
			return day.toString();
		}
		if (pattern.contains("{mm}")) {
			return day.toString().substring(0, 7);
		}
		if (pattern.contains("{yy}") || pattern.contains("{yyyy}")) {
			return String.valueOf(day.getYear());
		}
		return "-";
	}

	public String format(LocalDate day, int seq) {
		String text = pattern.replace("{yyyy}", String.valueOf(day.getYear()))
			.replace("{yy}", String.format("%02d", day.getYear() % 100))
			.replace("{mm}", String.format("%02d", day.getMonthValue()))
			.replace("{dd}", String.format("%02d", day.getDayOfMonth()));
		Matcher matcher = SEQ.matcher(text);
		StringBuilder result = new StringBuilder();
		while (matcher.find()) {
			int width = matcher.group(1) == null ? 1 : Integer.parseInt(matcher.group(1));
			matcher.appendReplacement(result, String.format("%0" + width + "d", seq));
		}
		matcher.appendTail(result);
		return result.toString();
	}
}
