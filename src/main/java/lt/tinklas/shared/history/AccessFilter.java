package lt.tinklas.shared.history;

/**
 * One condition of the filter a list was read with, as the page shows it: the label's message key,
 * and the value either as a message key ({@code valueKey}, for a choice) or as text.
 */
public record AccessFilter(String labelKey, String valueKey, String value) {

	/** A condition whose value is shown as it was typed or named (a search, a date, a municipality). */
	public static AccessFilter text(String labelKey, Object value) {
		return new AccessFilter(labelKey, null, String.valueOf(value));
	}

	/** A condition whose value is a choice, shown by its label. */
	public static AccessFilter choice(String labelKey, String valueKey) {
		return new AccessFilter(labelKey, valueKey, null);
	}
}
