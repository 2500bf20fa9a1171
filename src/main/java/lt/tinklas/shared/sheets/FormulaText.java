package lt.tinklas.shared.sheets;

/**
 * Text in a CSV cell that a spreadsheet must not take for a formula. A text that starts with {@code =},
 * {@code +}, {@code -}, {@code @}, a tab or a carriage return (after any apostrophes) is written with one
 * more apostrophe in front, which spreadsheets show as text; reading takes that apostrophe away again, so
 * a file Tinklas wrote reads back to the same text.
 */
final class FormulaText {

	private FormulaText() {
	}

	static String escape(String text) {
		return startsLikeFormula(text) ? "'" + text : text;
	}

	static String unescape(String cell) {
		return cell.startsWith("'") && startsLikeFormula(cell) ? cell.substring(1) : cell;
	}

	/** Whether the text, past any apostrophes in front, starts with a sign a spreadsheet reads as a formula. */
	private static boolean startsLikeFormula(String text) {
		int i = 0;
		while (i < text.length() && text.charAt(i) == '\'') {
			i++;
		}
		return i < text.length() && "=+-@\t\r".indexOf(text.charAt(i)) >= 0;
	}
}
