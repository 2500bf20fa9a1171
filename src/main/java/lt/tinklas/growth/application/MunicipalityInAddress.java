package lt.tinklas.growth.application;

import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;

import lt.tinklas.organizations.Municipality;

/**
 * The municipality an address of the register names, by its short name ("Šilutės r. sav.") or its
 * full name ("Šilutės rajono savivaldybė"), letter case aside; the longest name found wins. Only the
 * words before each "sav." or "savivaldybė" are looked up, so an address costs a few map lookups
 * whatever the number of municipalities.
 */
final class MunicipalityInAddress {

	private static final List<String> ENDINGS = List.of("sav.", "savivaldybė");

	private final Map<String, String> codes = new HashMap<>();
	private final int mostWords;

	MunicipalityInAddress(List<Municipality> municipalities) {
		int words = 1;
		for (Municipality m : municipalities) {
			for (String name : List.of(m.shortName(), m.name())) {
				if (name != null && !name.isBlank()) {
					String written = name.strip().toLowerCase(Locale.ROOT);
					codes.putIfAbsent(written, m.isoCode());
					words = Math.max(words, written.split(" ").length);
				}
			}
		}
		this.mostWords = words;
	}

	/** The ISO code of the municipality the address names, or null when it names none. */
	String find(String address) {
		if (address == null || address.isEmpty()) {
			return null;
		}
		String text = address.toLowerCase(Locale.ROOT);
		String best = null;
		int longest = 0;
		for (String ending : ENDINGS) {
			for (int at = text.indexOf(ending); at >= 0; at = text.indexOf(ending, at + 1)) {
				int end = at + ending.length();
				if (end < text.length() && Character.isLetterOrDigit(text.charAt(end))) {
					continue;
				}
				// the name's first word is at most mostWords words back from its ending
				int start = at;
				for (int word = 0; word < mostWords && start > 0; word++) {
					int s = start - 1;
					while (s >= 0 && text.charAt(s) == ' ') {
						s--;
					}
					while (s >= 0 && !boundary(text.charAt(s))) {
						s--;
					}
					start = s + 1;
					if (end - start > longest) {
						String code = codes.get(text.substring(start, end));
						if (code != null) {
							best = code;
							longest = end - start;
						}
					}
				}
			}
		}
		return best;
	}

	private static boolean boundary(char c) {
		return Character.isWhitespace(c) || c == ',' || c == ';' || c == '(' || c == ')' || c == '"' || c == '„'
				|| c == '“';
	}
}
