package lt.tinklas.shared.hostile;

import java.util.List;

/**
 * The values an attacker or a careless paste types into a field, by the kind of field they are
 * aimed at: markup that would run if shown unescaped, SQL and template meta-characters, text far
 * beyond any column, characters that turn or hide text, a NUL byte, numbers and dates at their
 * limits and values of the wrong type.
 */
final class HostileValues {

	static final String SCRIPT = "<script>alert(1)</script>";

	static final String SVG = "<svg onload=alert(1)>";

	static final String IMG = "\"><img src=x onerror=alert(1)>";

	/** Markup that must never reach a page as markup. */
	static final List<String> LIVE_MARKUP = List.of(SCRIPT, SVG, "<img src=x onerror=alert(1)>");

	static final String LONG = "ž".repeat(10_000);

	static final List<String> TEXT = List.of(SCRIPT, SVG, IMG, "'; DROP TABLE organization; -- \\ % _ \"",
			"[[${7*7}]] ${7*7} #{7*7} *{7*7} {0} %s %n", LONG, "\u202Eevil\u200B\u200C\u200D\uFEFFtext", "a\u0000b",
			"👩‍👩‍👧 Z̷̢͎a̴l̶g̸o ē̈", "", "   \t  ");

	static final List<String> NUMBER = List.of("0", "-1", "2147483648", "1e308", "NaN", "abc", SCRIPT, "", " ");

	static final List<String> DATE = List.of("0001-01-01", "9999-12-31", "2026-02-30", "abc", SCRIPT, "", " ");

	static final List<String> DATE_TIME = List.of("0001-01-01T00:00", "9999-12-31T23:59", "2026-02-30T25:61", "abc",
			"");

	static final List<String> CHOICE = List.of("NOT_A_CHOICE", SCRIPT, "2147483648", "a\u0000b");

	private HostileValues() {
	}

	/** The values aimed at a field of the given HTML input type. */
	static List<String> forType(String type) {
		return switch (type) {
			case "number" -> NUMBER;
			case "date" -> DATE;
			case "datetime-local" -> DATE_TIME;
			case "select" -> CHOICE;
			default -> TEXT;
		};
	}

	/** How a value is named in a report: short, without the characters that hide. */
	static String label(String value) {
		String shown = value.length() > 30 ? value.substring(0, 12) + "…(" + value.length() + ")" : value;
		StringBuilder out = new StringBuilder();
		shown.codePoints().forEach(c -> {
			if (c < 0x20 || (c >= 0x200B && c <= 0x200F) || (c >= 0x202A && c <= 0x202E) || c == 0xFEFF) {
				out.append("U+%04X".formatted(c));
			}
			else {
				out.appendCodePoint(c);
			}
		});
		return out.toString();
	}
}
