package lt.tinklas.shared.history;

/**
 * One field of a record that changed: {@code labelKey} names it in the message bundles
 * ({@code <entity>.field.<property>}); the values are the texts a reader sees, in their language
 * (labels and names, never codes or ids), null for none.
 */
public record FieldChange(String property, String labelKey, String from, String to) {
}
