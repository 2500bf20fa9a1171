package lt.tinklas.shared.personal;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * One part of what the network holds about a person, for their export: {@code key} names the part
 * (its heading is the message {@code personalData.section.<key>}), each item maps a field (its label
 * is {@code personalData.field.<field>}) to a value: a text already in the person's language, a
 * number, a yes/no, a date or a time.
 */
public record ExportSection(String key, List<Map<String, Object>> items) {

	public ExportSection {
		items = List.copyOf(items);
	}

	/** One item from field names and their values, in order: {@code item("event", title, "rating", 9)}. */
	public static Map<String, Object> item(Object... fieldsAndValues) {
		Map<String, Object> item = new LinkedHashMap<>();
		for (int i = 0; i < fieldsAndValues.length; i += 2) {
			item.put((String) fieldsAndValues[i], fieldsAndValues[i + 1]);
		}
		return item;
	}
}
