package lt.tinklas.shared.text;

import java.text.Collator;
import java.text.Normalizer;
import java.util.Locale;

/**
 * Text for searching and sorting the Lithuanian way: search ignores case and diacritics ("silute"
 * finds "Šilutė"); sorting follows the Lithuanian alphabet (č after c, y with i).
 */
public final class SearchText {

	public static final Locale LITHUANIAN = Locale.forLanguageTag("lt-LT");

	private SearchText() {
	}

	/** Lower case without diacritics, spaces collapsed: the form stored for searching and searched for. */
	public static String normalize(String text) {
		if (text == null) {
			return "";
		}
		String decomposed = Normalizer.normalize(text, Normalizer.Form.NFD).replaceAll("\\p{M}+", "");
		return decomposed.toLowerCase(Locale.ROOT).replaceAll("\\s+", " ").strip();
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
