package lt.tinklas.events.web;

/**
 * iCalendar lines folded as RFC 5545 asks: at most 75 octets a line without its line break, each
 * continuation starting with one space, never inside a UTF-8 character. ical4j folds every 73 characters,
 * so a line of Lithuanian letters (two octets each) runs far past the limit.
 */
final class FoldedLines {

	static final int MAX_OCTETS = 75;

	private FoldedLines() {
	}

	/** The calendar text unfolded and folded again by octets; lines end with CRLF. */
	static String fold(String ics) {
		String unfolded = ics.replace("\r\n ", "").replace("\r\n\t", "");
		StringBuilder out = new StringBuilder(unfolded.length() + unfolded.length() / 30);
		for (String line : unfolded.split("\r\n")) {
			int octets = 0;
			for (int i = 0; i < line.length(); i += Character.charCount(line.codePointAt(i))) {
				int codePoint = line.codePointAt(i);
				int size = utf8Octets(codePoint);
				if (octets + size > MAX_OCTETS) {
					out.append("\r\n ");
					octets = 1;
				}
				out.appendCodePoint(codePoint);
				octets += size;
			}
			out.append("\r\n");
		}
		return out.toString();
	}

	private static int utf8Octets(int codePoint) {
		return codePoint < 0x80 ? 1 : codePoint < 0x800 ? 2 : codePoint < 0x10000 ? 3 : 4;
	}
}
