package lt.tinklas.shared.history;

/**
 * One field of a record that changed: {@code labelKey} names it in the message bundles
 * ({@code <entity>.field.<property>}), the values are shown as text.
 */
public record FieldChange(String property, String labelKey, String from, String to) {
}
