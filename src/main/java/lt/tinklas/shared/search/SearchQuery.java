package lt.tinklas.shared.search;

import lt.tinklas.shared.text.SearchText;

/**
 * What was searched for, ready for SQL: {@link #pattern} is the {@code like} pattern (with
 * {@code escape '\'}) of the text in lower case without diacritics, to compare with a column
 * stored {@link SearchText#normalize normalized} or with {@link #folded} of a column.
 */
public record SearchQuery(String text, String pattern) {

	/** The fewest letters worth searching for. */
	public static final int SHORTEST = 2;

	/** The most characters a search may have. */
	public static final int LONGEST = 100;

	private static final String FROM = "ąčęėįšųūž";
	private static final String TO = "aceeisuuz";

	public static SearchQuery of(String typed) {
		return new SearchQuery(SearchText.normalize(typed), SearchText.containing(typed));
	}

	/** Whether enough was typed to search. */
	public boolean isLongEnough() {
		return text.length() >= SHORTEST;
	}

	/** The SQL of a column in lower case with the Lithuanian letters' diacritics taken off (PostgreSQL and H2). */
	public static String folded(String column) {
		return "translate(lower(" + column + "), '" + FROM + "', '" + TO + "')";
	}
}
