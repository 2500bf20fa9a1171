package lt.tinklas.shared.hostile;

import java.util.LinkedHashMap;
import java.util.Map;

import tools.jackson.databind.JsonNode;
import tools.jackson.databind.node.JsonNodeFactory;

/**
 * What an attacker, a broken integration or a careless paste puts into a field: markup, SQL, huge
 * and invisible text, bytes PostgreSQL refuses, numbers and dates at and beyond their limits, and
 * values of the wrong JSON type. Each with a name for the report.
 */
final class HostileJsonValues {

	private static final JsonNodeFactory NODES = JsonNodeFactory.instance;

	/** The values that are live markup if a page prints them unescaped. */
	static final Map<String, String> MARKUP = Map.of("script", "<script>alert(1)</script>", "svg",
			"<svg onload=alert(1)>", "img", "\"><img src=x onerror=alert(1)>");

	private HostileJsonValues() {
	}

	static Map<String, JsonNode> all() {
		Map<String, JsonNode> values = new LinkedHashMap<>();
		MARKUP.forEach((name, text) -> values.put(name, NODES.stringNode(text)));
		values.put("sql-or", NODES.stringNode("' OR 1=1 --"));
		values.put("sql-drop", NODES.stringNode("\"; drop table x; --"));
		values.put("10000-chars", NODES.stringNode("ž".repeat(10_000)));
		values.put("rtl-override", NODES.stringNode("\u202Etxt.exe"));
		values.put("zero-width", NODES.stringNode("a\u200Bb\uFEFFc"));
		values.put("nul", NODES.stringNode("a\u0000b"));
		values.put("emoji-combining", NODES.stringNode("😀 Ąžuolas e\u0301\u0308 👩‍👩‍👧"));
		values.put("zero", NODES.numberNode(0));
		values.put("minus-one", NODES.numberNode(-1));
		values.put("2^31", NODES.numberNode(2147483648L));
		values.put("1e308", NODES.numberNode(1e308));
		values.put("NaN-string", NODES.stringNode("NaN"));
		values.put("minus-zero", NODES.numberNode(-0.0));
		values.put("date-0001", NODES.stringNode("0001-01-01"));
		values.put("date-9999", NODES.stringNode("9999-12-31"));
		values.put("date-impossible", NODES.stringNode("2026-13-45"));
		values.put("empty", NODES.stringNode(""));
		values.put("whitespace", NODES.stringNode(" \t "));
		values.put("number-for-text", NODES.numberNode(12345));
		values.put("object", NODES.objectNode().put("a", 1));
		values.put("array", NODES.arrayNode().add("x"));
		values.put("null", NODES.nullNode());
		return values;
	}
}
