package lt.tinklas.people.application;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.regex.Pattern;

import lt.tinklas.shared.personal.DataSubject;
import lt.tinklas.shared.text.SearchText;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;

/**
 * The last step of an erasure: wherever a text of the person's network still names them (a note,
 * a mail's body, a summary, an audit row), their full name either way round, e-mail and phone are
 * replaced by {@value #ERASED}. Every table with a network column is searched, so a module added
 * later is covered without knowing of it.
 */
@Component
class FreeTextScrub {

	static final String ERASED = "***";

	private static final Pattern SPECIAL = Pattern.compile("[\\\\^$.|?*+()\\[\\]{}]");

	private final JdbcClient jdbc;

	FreeTextScrub(JdbcClient jdbc) {
		this.jdbc = jdbc;
	}

	/** Replaces the person's name, e-mail and phone in every text column of their network; the rows changed. */
	long scrub(DataSubject subject) {
		String pattern = pattern(subject);
		if (pattern.isEmpty()) {
			return 0;
		}
		long changed = 0;
		for (Map.Entry<String, List<String>> table : textColumns().entrySet()) {
			List<String> sets = new ArrayList<>();
			List<String> matches = new ArrayList<>();
			for (String column : table.getValue()) {
				String quoted = quote(column);
				sets.add(quoted + " = regexp_replace(" + quoted + ", :pattern, '" + ERASED + "', 'gi')");
				matches.add(quoted + " ~* :pattern");
			}
			changed += jdbc.sql("update " + quote(table.getKey()) + " set " + String.join(", ", sets)
					+ " where network_id = :network and (" + String.join(" or ", matches) + ")")
				.param("pattern", pattern)
				.param("network", subject.networkId())
				.update();
		}
		return changed;
	}

	/** Each table of the schema that has a network column, with its text columns. */
	private Map<String, List<String>> textColumns() {
		Map<String, List<String>> tables = new LinkedHashMap<>();
		jdbc.sql("""
				select c.table_name, c.column_name from information_schema.columns c
				join information_schema.tables t on t.table_schema = c.table_schema and t.table_name = c.table_name
				where c.table_schema = current_schema() and t.table_type = 'BASE TABLE'
				and c.data_type in ('character varying', 'text', 'character')
				and exists (select 1 from information_schema.columns n where n.table_schema = c.table_schema
				            and n.table_name = c.table_name and n.column_name = 'network_id')
				order by c.table_name, c.ordinal_position""")
			.query(rs -> {
				tables.computeIfAbsent(rs.getString(1), table -> new ArrayList<>()).add(rs.getString(2));
			});
		return tables;
	}

	/** A case-insensitive regular expression for every way a text may name the person. */
	static String pattern(DataSubject subject) {
		Set<String> variants = new LinkedHashSet<>();
		String first = blankToEmpty(subject.firstName());
		String last = blankToEmpty(subject.lastName());
		if (!first.isEmpty() && !last.isEmpty()) {
			variants.add(first + " " + last);
			variants.add(last + " " + first);
			variants.add(SearchText.normalize(first + " " + last));
			variants.add(SearchText.normalize(last + " " + first));
		}
		if (!blankToEmpty(subject.email()).isEmpty()) {
			variants.add(subject.email().strip());
		}
		if (!blankToEmpty(subject.phone()).isEmpty()) {
			variants.add(subject.phone().strip());
		}
		return String.join("|", variants.stream().map(variant -> SPECIAL.matcher(variant).replaceAll("\\\\$0")).toList());
	}

	private static String blankToEmpty(String text) {
		return text == null ? "" : text.strip();
	}

	private static String quote(String name) {
		return "\"" + name.replace("\"", "\"\"") + "\"";
	}
}
