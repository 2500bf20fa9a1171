package lt.tinklas.bench;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Optional;
import java.util.stream.Stream;

import org.jsoup.Jsoup;
import org.jsoup.nodes.Document;
import org.jsoup.nodes.Element;

/**
 * The figures of each request from a Gatling run's report. Gatling 3.14 writes them only into the
 * report's {@code index.html} (its {@code simulation.log} is binary and {@code js/stats.json} is
 * gone), as one table row per request: total, OK, KO, KO %, count per second, then min, the 50th,
 * 75th, 95th and 99th percentiles, max, mean and standard deviation, in milliseconds.
 */
final class GatlingStats {

	record Row(String name, long count, long failed, long p50, long p75, long p95, long p99, long max, long mean) {
	}

	private GatlingStats() {
	}

	/** The newest run in a results folder, as Gatling names them ({@code <simulation>-<timestamp>}). */
	static Optional<Path> newestRun(Path resultsFolder) {
		if (!Files.isDirectory(resultsFolder)) {
			return Optional.empty();
		}
		try (Stream<Path> runs = Files.list(resultsFolder)) {
			return runs.filter(run -> Files.exists(run.resolve("index.html")))
				.max(Comparator.comparing(run -> run.getFileName().toString().replaceAll("^.*-", "")));
		}
		catch (IOException e) {
			throw new UncheckedIOException(e);
		}
	}

	/** The rows of one run's report by request name, in the report's order. */
	static Map<String, Row> read(Path run) {
		Document report;
		try {
			report = Jsoup.parse(run.resolve("index.html").toFile(), "UTF-8");
		}
		catch (IOException e) {
			throw new UncheckedIOException(e);
		}
		Map<String, Row> rows = new LinkedHashMap<>();
		for (Element row : report.select("#container_statistics_body tr")) {
			Element name = row.selectFirst(".ellipsed-name");
			if (name == null || row.selectFirst("td.col-14") == null) {
				continue;
			}
			rows.put(name.text(), new Row(name.text(), number(row, 2), number(row, 4), number(row, 8), number(row, 9),
					number(row, 10), number(row, 11), number(row, 12), number(row, 13)));
		}
		if (rows.isEmpty()) {
			throw new IllegalStateException("No request statistics in " + run.resolve("index.html"));
		}
		return rows;
	}

	/** A cell's whole number; Gatling writes "-" for none. */
	private static long number(Element row, int column) {
		String text = row.selectFirst("td.col-" + column).text().replace(",", "").strip();
		return text.equals("-") || text.isEmpty() ? 0 : Math.round(Double.parseDouble(text));
	}
}
