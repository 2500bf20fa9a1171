package lt.tinklas.bench;

import java.io.IOException;
import java.io.Reader;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.Properties;

/**
 * Writes BENCHMARKS.md from what bench/run left in {@code target/bench}: the machine, then for each
 * data set its size, each measured request's throughput, percentiles and ratio to the floor with
 * the target beside it, the imports, what a token adds, and the garbage collector's figures.
 * Nothing is asserted: a figure that misses its target is shown as missed.
 *
 * <p>Usage: {@code BenchReport <bench folder> <output file> <data set>...}
 */
public final class BenchReport {

	static final double FLOOR_SHARE = 0.40;
	static final long REPORT_API_P95_MS = 100;
	static final long SEARCH_P95_MS = 20;
	static final long IMPORT_MS = 5_000;
	static final double TOKEN_MS = 2;
	static final double HEAP_MIB = 512;
	/** How close an ordinary network's throughput in the platform must be to the same network alone to count as the same. */
	static final double SAME_SHARE = 0.85;

	private final Path bench;
	private final StringBuilder out = new StringBuilder();

	private BenchReport(Path bench) {
		this.bench = bench;
	}

	public static void main(String[] args) throws IOException {
		if (args.length < 3) {
			throw new IllegalArgumentException("Usage: BenchReport <bench folder> <output file> <data set>...");
		}
		BenchReport report = new BenchReport(Path.of(args[0]));
		report.write(List.of(args).subList(2, args.length));
		Files.writeString(Path.of(args[1]), report.out);
	}

	private void write(List<String> dataSets) {
		Properties machine = properties(bench.resolve("machine.properties"));
		line("# Benchmarks");
		line();
		line("Written by `bench/run` on " + machine.getProperty("date") + " (commit `" + machine.getProperty("commit")
				+ "`); see the README's \"Benchmarks\" for how to run it. Nothing here is asserted by a test: a figure that "
				+ "misses its target is shown as missed.");
		line();
		line("## The machine");
		line();
		line("| | |");
		line("| --- | --- |");
		line("| processor | " + machine.getProperty("cpu") + " |");
		line("| cores | " + machine.getProperty("cores") + " |");
		line("| memory | " + machine.getProperty("memory") + " |");
		line("| Java | " + machine.getProperty("java") + " |");
		line("| PostgreSQL | " + machine.getProperty("postgres") + " |");
		line("| the application | `java " + machine.getProperty("jvm") + " -jar`, Spring profile `bench`, on the same machine as PostgreSQL and Gatling |");
		line();
		line("## How to read it");
		line();
		line("Each request is asked by the given number of concurrent users, each asking again as soon as it has its "
				+ "answer (a closed workload with no pause), for the given time, alone, after a warm-up in which every user "
				+ "walks all the requests. Throughput is the answers per second in that time; p50, p95 and p99 are "
				+ "Gatling's percentiles of the response time in milliseconds. **Floor** is `/bench/floor`: one primary-key "
				+ "query and a tiny template, measured the same way in the same run; *of floor* is a request's throughput "
				+ "as a share of the floor's. `floor JSON` is the same query answered in JSON to anyone and `API floor` the "
				+ "same behind the API's sign-in with a personal token: their difference is what the token adds. Gatling "
				+ "runs on the same two cores as the application and PostgreSQL, so the fastest requests (the floor) are "
				+ "held back by it the most and the shares below are, if anything, generous to the pages.");
		line();
		Map<String, Map<String, GatlingStats.Row>> pagesBySet = new java.util.LinkedHashMap<>();
		Map<String, Properties> infoBySet = new java.util.LinkedHashMap<>();
		for (String dataSet : dataSets) {
			Path folder = bench.resolve(dataSet);
			Properties data = properties(folder.resolve("dataset.properties"));
			Properties info = properties(folder.resolve("pages.properties"));
			Map<String, GatlingStats.Row> pages = GatlingStats.read(GatlingStats.newestRun(folder.resolve("pages"))
				.orElseThrow(() -> new IllegalStateException("No Gatling report of the pages in " + folder)));
			pagesBySet.put(dataSet, pages);
			infoBySet.put(dataSet, info);
			dataSet(dataSet, folder, data, info, pages);
		}
		if (pagesBySet.containsKey("platform") && pagesBySet.containsKey("ordinary")) {
			sameNetworkAlone(pagesBySet.get("ordinary"), infoBySet.get("ordinary"), pagesBySet.get("platform"),
					infoBySet.get("platform"));
		}
		// what the figures do not say by themselves (why a page cannot reach its share, say) is kept by hand
		Path notes = Path.of("bench", "notes.md");
		if (Files.exists(notes)) {
			line("## Notes");
			line();
			line(read(notes).strip());
		}
	}

	private void dataSet(String name, Path folder, Properties data, Properties info, Map<String, GatlingStats.Row> pages) {
		line("## Data set `" + name + "`: network `" + info.getProperty("network") + "`");
		line();
		line(data.getProperty("description", ""));
		line();
		line("The machine's load average (1, 5, 15 minutes) was " + data.getProperty("loadBefore", "?")
				+ " before the run and " + data.getProperty("loadAfter", "?") + " after it; on two cores, anything "
				+ "well above 2 means other work shared the machine and the figures are lower than the code's own.");
		line();
		line("Measured: " + info.getProperty("users") + " concurrent users, " + info.getProperty("duration")
				+ " s per request after a " + info.getProperty("warmUp") + " s warm-up; the year " + info.getProperty("year")
				+ ", organizations searched for \"" + info.getProperty("organizationSearch") + "\", people for \""
				+ info.getProperty("peopleSearch") + "\", the county " + info.getProperty("county") + "; "
				+ info.getProperty("organizations") + " organizations and " + info.getProperty("events")
				+ " events with participants opened in turn.");
		line();
		double seconds = Double.parseDouble(info.getProperty("duration"));
		GatlingStats.Row floor = pages.get(PagesSimulation.FLOOR);
		double floorThroughput = floor.count() / seconds;
		line("| request | req/s | p50 | p95 | p99 | of floor | target |");
		line("| --- | ---: | ---: | ---: | ---: | ---: | --- |");
		for (GatlingStats.Row row : pages.values()) {
			if (row.name().startsWith(PagesSimulation.SETUP) || row.name().startsWith(PagesSimulation.WARM_UP)) {
				continue;
			}
			double throughput = row.count() / seconds;
			double share = throughput / floorThroughput;
			line("| " + row.name() + (row.failed() > 0 ? " (" + row.failed() + " failed)" : "") + " | " + decimal(throughput)
					+ " | " + row.p50() + " | " + row.p95() + " | " + row.p99() + " | " + percent(share) + " | "
					+ target(row, share) + " |");
		}
		line();
		GatlingStats.Row floorJson = pages.get("floor JSON");
		GatlingStats.Row apiFloor = pages.get("API floor");
		if (floorJson != null && apiFloor != null) {
			long added = apiFloor.p50() - floorJson.p50();
			line("**A personal token adds** " + added + " ms at the median (`API floor` p50 " + apiFloor.p50()
					+ " ms against `floor JSON` p50 " + floorJson.p50() + " ms; mean " + (apiFloor.mean() - floorJson.mean())
					+ " ms): " + check(added <= TOKEN_MS, "≤ " + (long) TOKEN_MS + " ms") + ". Gatling reports whole "
					+ "milliseconds, so differences under 1 ms do not show.");
			line();
		}
		Optional<Path> imports = GatlingStats.newestRun(folder.resolve("imports"));
		if (imports.isPresent()) {
			Map<String, GatlingStats.Row> rows = GatlingStats.read(imports.get());
			line("**Imports** into the empty network `" + data.getProperty("importNetwork", "importas") + "`, "
					+ data.getProperty("importRows", "5000") + " rows each, one request each, all-or-nothing:");
			line();
			line("| import | time (ms) | target |");
			line("| --- | ---: | --- |");
			for (String request : List.of(ImportSimulation.ORGANIZATIONS, ImportSimulation.ATTENDANCE)) {
				GatlingStats.Row row = rows.get(request);
				if (row == null) {
					line("| " + request + " | not run | |");
					continue;
				}
				line("| " + request + (row.failed() > 0 ? " (failed)" : "") + " | " + row.max() + " | "
						+ check(row.failed() == 0 && row.max() <= IMPORT_MS, "≤ 5 s") + " |");
			}
			line();
		}
		Path gc = folder.resolve("gc.log");
		if (Files.exists(gc)) {
			long outOfMemory = Long.parseLong(data.getProperty("outOfMemory", "0"));
			GcLog log = GcLog.between(gc, Long.parseLong(data.getProperty("load.from", "0")),
					Long.parseLong(data.getProperty("load.to", String.valueOf(Long.MAX_VALUE))));
			line("**Heap** while the load ran (`-Xmx512m`): at most " + decimal(log.heapAfterMaxMiB())
					+ " MiB in use after a collection, at most " + decimal(log.heapCommittedMaxMiB()) + " MiB reserved; "
					+ log.pauses() + " pauses, " + log.fullPauses() + " of them full, the longest "
					+ decimal(log.longestPauseMs()) + " ms, " + decimal(log.pausedMs() / 1000) + " s paused in all: "
					+ check(log.heapCommittedMaxMiB() <= HEAP_MIB && log.fullPauses() == 0 && outOfMemory == 0,
							"≤ 512 MiB, no full collection, no OutOfMemoryError")
					+ (outOfMemory > 0 ? " (" + outOfMemory + " OutOfMemoryError in the application's log)" : "") + ".");
			line();
		}
	}

	/** The target for a request, met or missed; every request is held to a share of the floor. */
	private static String target(GatlingStats.Row row, double share) {
		if (row.name().startsWith(PagesSimulation.FLOOR) || row.name().equals("API floor")) {
			return "";
		}
		List<String> checks = new ArrayList<>();
		checks.add(check(share >= FLOOR_SHARE, "≥ 40 % of floor"));
		if (row.name().equals("API yearly report")) {
			checks.add(check(row.p95() <= REPORT_API_P95_MS, "p95 ≤ 100 ms"));
		}
		if (row.name().contains("organizations search") || row.name().equals("organizations, search")) {
			checks.add(check(row.p95() <= SEARCH_P95_MS, "p95 ≤ 20 ms"));
		}
		if (row.failed() > 0) {
			checks.add("✗ " + row.failed() + " failed");
		}
		return String.join("; ", checks);
	}

	/** An ordinary network among the platform's 500 against the same size of network alone in its database. */
	private void sameNetworkAlone(Map<String, GatlingStats.Row> alone, Properties aloneInfo,
			Map<String, GatlingStats.Row> platform, Properties platformInfo) {
		line("## An ordinary network: alone, and among the platform's networks");
		line();
		line("Network `" + aloneInfo.getProperty("network") + "` of data set `ordinary` (alone in its database) against `"
				+ platformInfo.getProperty("network") + "` of data set `platform`. The same figures count as the same "
				+ "where the platform keeps at least " + percent(SAME_SHARE) + " of the throughput alone.");
		line();
		line("| request | req/s alone | req/s in platform | p95 alone | p95 in platform | in platform / alone |");
		line("| --- | ---: | ---: | ---: | ---: | --- |");
		double aloneSeconds = Double.parseDouble(aloneInfo.getProperty("duration"));
		double platformSeconds = Double.parseDouble(platformInfo.getProperty("duration"));
		for (GatlingStats.Row row : alone.values()) {
			GatlingStats.Row there = platform.get(row.name());
			if (there == null || row.name().startsWith(PagesSimulation.SETUP) || row.name().startsWith(PagesSimulation.WARM_UP)) {
				continue;
			}
			double a = row.count() / aloneSeconds;
			double p = there.count() / platformSeconds;
			line("| " + row.name() + " | " + decimal(a) + " | " + decimal(p) + " | " + row.p95() + " | " + there.p95() + " | "
					+ check(p / a >= SAME_SHARE, percent(p / a)) + " |");
		}
		line();
	}

	private static String check(boolean met, String target) {
		return (met ? "✓ " : "✗ ") + target;
	}

	private static String decimal(double value) {
		return String.format(Locale.ROOT, value >= 100 ? "%.0f" : "%.1f", value);
	}

	private static String percent(double share) {
		return String.format(Locale.ROOT, "%.0f %%", share * 100);
	}

	private static Properties properties(Path file) {
		Properties properties = new Properties();
		if (Files.exists(file)) {
			try (Reader reader = Files.newBufferedReader(file)) {
				properties.load(reader);
			}
			catch (IOException e) {
				throw new UncheckedIOException(e);
			}
		}
		return properties;
	}

	private static String read(Path file) {
		try {
			return Files.readString(file);
		}
		catch (IOException e) {
			throw new UncheckedIOException(e);
		}
	}

	private void line(String text) {
		out.append(text).append('\n');
	}

	private void line() {
		out.append('\n');
	}
}
