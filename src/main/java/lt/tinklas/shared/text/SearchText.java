package lt.tinklas.shared.text;

import java.text.Collator;
import java.text.Normalizer;
import java.util.Locale;
import java.util.regex.Pattern;

/**
 * Text for searching and sorting the Lithuanian way: search ignores case and diacritics ("silute"
 * finds "Šilutė"); sorting follows the Lithuanian alphabet (č after c, y with i).
 */
public final class SearchText {

	public static final Locale LITHUANIAN = Locale.forLanguageTag("lt-LT");

	private static final Pattern MARKS = Pattern.compile("\\p{M}+");
	private static final Pattern SPACES = Pattern.compile("\\s+");

	private SearchText() {
	}

	/** Lower case without diacritics, spaces collapsed: the form stored for searching and searched for. */
	public static String normalize(String text) {
		if (text == null) {
			return "";
		}
		String decomposed = MARKS.matcher(Normalizer.normalize(text, Normalizer.Form.NFD)).replaceAll("");
		return SPACES.matcher(decomposed.toLowerCase(Locale.ROOT)).replaceAll(" ").strip();
	}

	/**
	 * The SQL {@code like} pattern (with {@code escape '\'}) that finds the text anywhere in a
	 * column stored {@link #normalize normalized}; empty when there is nothing to search for.
	 */
	public static String containing(String text) {
		String searched = normalize(text);
		return searched.isEmpty() ? ""
				: "%" + searched.replace("\\", "\\\\").replace("%", "\\%").replace("_", "\\_") + "%";
	}

	/** A collator for the Lithuanian alphabetical order; a new one each time (collators are not thread-safe). */
	public static Collator collator() {
		Collator collator = Collator.getInstance(LITHUANIAN);
		collator.setStrength(Collator.SECONDARY);
		return collator;
	}
}
