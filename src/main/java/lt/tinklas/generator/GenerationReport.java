package lt.tinklas.generator;

import java.time.Duration;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/** What a generation made: the rows of each table, the time it took and the rows per second. */
public record GenerationReport(String size, List<String> slugs, Map<String, Long> rowsByTable,
		Duration took) {

	public GenerationReport {
		rowsByTable = Collections.unmodifiableMap(new LinkedHashMap<>(rowsByTable));
	}

	public long rows() {
		return rowsByTable.values().stream().mapToLong(Long::longValue).sum();
	}

	public long rowsPerSecond() {
		long millis = Math.max(1, took.toMillis());
		return rows() * 1000 / millis;
	}

	public long rowsOf(String table) {
		return rowsByTable.getOrDefault(table, 0L);
	}

	/** The report as log lines: the networks, a line per table, the total and the speed. */
	public String text() {
		StringBuilder text = new StringBuilder();
		text.append("Generated '").append(size).append("': ").append(slugs.size()).append(" network(s) ");
		if (slugs.size() <= 6) {
			text.append(String.join(", ", slugs));
		}
		else {
			text.append(String.join(", ", slugs.subList(0, 3))).append(" ... ")
				.append(String.join(", ", slugs.subList(slugs.size() - 2, slugs.size())));
		}
		text.append('\n');
		rowsByTable.forEach((table, rows) -> text.append(String.format("  %-28s %,12d%n", table, rows)));
		text.append(String.format("  %-28s %,12d rows in %.1f s: %,d rows/s", "total", rows(), took.toMillis() / 1000.0,
				rowsPerSecond()));
		return text.toString();
	}
}
