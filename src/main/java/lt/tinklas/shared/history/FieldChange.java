package lt.tinklas.shared.history;

/**
 * One field of a record that changed: {@code labelKey} names it in the message bundles
 * ({@code <entity>.field.<property>}), the values are shown as text. An enum value also has a key
 * for its label ({@code <enumType>.<NAME>}, e.g. {@code role.STAFF}), so the page shows the label.
 */
public record FieldChange(String property, String labelKey, String from, String to, String fromKey, String toKey) {

	public FieldChange(String property, String labelKey, String from, String to) {
		this(property, labelKey, from, to, null, null);
	}
}
