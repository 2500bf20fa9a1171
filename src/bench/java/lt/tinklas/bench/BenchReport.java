package lt.tinklas.bench;

import java.io.IOException;
import java.io.Reader;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.Properties;
import java.util.function.ToDoubleFunction;

/**
 * Writes BENCHMARKS.md from what bench/run left in {@code target/bench}: the machine, then for each
 * data set its size, each measured request's throughput, percentiles and share of the floor with
 * the target beside it, the imports, what a token adds, and the garbage collector's
 * figures. Nothing is asserted: a figure that misses its target is shown as missed. Notes kept by
 * hand in {@code bench/notes.md} are copied at the end.
 *
 * <p>Usage: {@code BenchReport <bench folder> <output file> <data set>...}
 */
public final class BenchReport {

	/** The staff page frame with the floor's query in it (see LayoutFloorController). */
	static final String LAYOUT_FLOOR = "staff layout floor";


	static final double FLOOR_SHARE = 0.40;
	static final long REPORT_API_P95_MS = 100;
	static final long SEARCH_P95_MS = 20;
	static final long IMPORT_MS = 5_000;
	static final long TOKEN_MS = 2;
	static final double HEAP_MIB = 512;
	/** How much of the throughput alone an ordinary network must keep in the platform to count as not slower. */
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
		machine(properties(bench.resolve("machine.properties")));
		Map<String, MeasuredRun> runs = new LinkedHashMap<>();
		for (String dataSet : dataSets) {
			Path folder = bench.resolve(dataSet);
			Properties info = properties(folder.resolve("pages.properties"));
			MeasuredRun run = MeasuredRun.of(info, GatlingStats.read(GatlingStats.newestRun(folder.resolve("pages"))
				.orElseThrow(() -> new IllegalStateException("No Gatling report of the pages in " + folder))));
			runs.put(dataSet, run);
			dataSet(dataSet, folder, properties(folder.resolve("dataset.properties")), run);
		}
		if (runs.containsKey("platform") && runs.containsKey("ordinary")) {
			sameNetworkAlone(runs.get("ordinary"), runs.get("platform"));
		}
		// what the figures do not say by themselves (why a page cannot reach its share, say) is kept by hand
		Path notes = Path.of("bench", "notes.md");
		if (Files.exists(notes)) {
			line("## Notes");
			line();
			line(read(notes).strip());
		}
	}

	private void machine(Properties machine) {
		line("# Benchmarks");
		line();
		line("Written by `bench/run` on " + machine.getProperty("date") + " (commit `" + machine.getProperty("commit")
				+ "`); the README's \"Benchmarks\" says how to run it. Nothing here is asserted by a test: a figure that "
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
		line("| the application | `java " + machine.getProperty("jvm")
				+ " -jar`, Spring profile `bench`, on the same machine as PostgreSQL and Gatling |");
		line();
		line("## How to read it");
		line();
		line("Each request is asked by the given number of concurrent users, each asking again as soon as it has its "
				+ "answer (a closed workload with no pause), for the given time, alone, after a warm-up in which every user "
				+ "walks all the requests. *req/s* is the answers per second in that time; p50, p95 and p99 are Gatling's "
				+ "percentiles of the response time in milliseconds. The **floor** is `/bench/floor`: one primary-key query "
				+ "and a tiny template, asked the same way for a few seconds before and after every request; *floor req/s* "
				+ "is the mean of those two, and *of floor* a request's throughput as a share of it, so each request is "
				+ "compared with the floor of its own minutes. `floor JSON` is the same query answered in JSON to anyone "
				+ "and `API floor` the same behind the API's sign-in with a personal token: their difference is what the "
				+ "token adds. The `staff layout floor` is the floor's query in a staff page's whole frame (signed in, in "
				+ "a network, with its navigation): what no staff page can be faster than; *of staff layout* reads each "
				+ "request against it (both as shares of the floor of their own minutes). Gatling runs on the same cores as the application and PostgreSQL, so the fastest requests "
				+ "(the floor) are held back by it the most; the shares are, if anything, generous to the pages.");
		line();
	}

	private void dataSet(String name, Path folder, Properties data, MeasuredRun run) {
		Properties info = run.info();
		line("## Data set `" + name + "`: network `" + info.getProperty("network") + "`");
		line();
		line(data.getProperty("description", ""));
		line();
		line("Measured: " + info.getProperty("users") + " concurrent users, " + info.getProperty("duration")
				+ " s per request and " + info.getProperty("floorDuration") + " s of floor around each, after a "
				+ info.getProperty("warmUp") + " s warm-up; the year " + info.getProperty("year")
				+ ", organizations searched for \"" + info.getProperty("organizationSearch") + "\", people for \""
				+ info.getProperty("peopleSearch") + "\", the county " + info.getProperty("county") + "; "
				+ info.getProperty("organizations") + " organizations and " + info.getProperty("events")
				+ " events with participants opened in turn. The machine's load average (1, 5, 15 minutes) was "
				+ data.getProperty("loadBefore", "?") + " before and " + data.getProperty("loadAfter", "?")
				+ " after; on " + "two cores, well above 2 means other work shared the machine.");
		line();
		// a staff page's frame alone (sign-in, network, navigation, layout) is itself a floor for staff pages
		// (each as a share of the floor of its own minutes, so that the machine's drift cancels out)
		double layout = run.requests()
			.stream()
			.filter(r -> r.row().name().equals(LAYOUT_FLOOR))
			.mapToDouble(MeasuredRun.Measured::share)
			.findFirst()
			.orElse(Double.NaN);
		line("| request | req/s | p50 | p95 | p99 | floor req/s | of floor | of staff layout | target |");
		line("| --- | ---: | ---: | ---: | ---: | ---: | ---: | ---: | --- |");
		for (MeasuredRun.Measured request : run.requests()) {
			GatlingStats.Row row = request.row();
			String ofLayout = Double.isNaN(layout) || row.name().contains("floor") ? "" : percent(request.share() / layout);
			line("| " + row.name() + (row.failed() > 0 ? " (" + row.failed() + " failed)" : "") + " | "
					+ decimal(request.throughput()) + " | " + row.p50() + " | " + row.p95() + " | " + row.p99() + " | "
					+ decimal(request.floorThroughput()) + " | " + percent(request.share()) + " | " + ofLayout + " | "
					+ target(request) + " |");
		}
		line();
		floors(run.floors());
		token(run);
		imports(folder, data);
		heap(folder, data, run);
	}

	/** How steady the floor stayed through the run: the machine's other work shows here first. */
	private void floors(List<MeasuredRun.Measured> floors) {
		line("The floor, " + floors.size() + " times in the run: " + range(floors, MeasuredRun.Measured::throughput, "req/s")
				+ "; p50 " + range(floors, f -> f.row().p50(), "ms") + ", p95 " + range(floors, f -> f.row().p95(), "ms")
				+ ", p99 " + range(floors, f -> f.row().p99(), "ms") + " (lowest, median, highest).");
		line();
	}

	private void token(MeasuredRun run) {
		MeasuredRun.Measured json = run.request("floor JSON");
		MeasuredRun.Measured api = run.request("API floor");
		if (json == null || api == null) {
			return;
		}
		long added = api.row().p50() - json.row().p50();
		line("**What a personal token adds:** " + added + " ms at the median (`API floor` p50 " + api.row().p50()
				+ " ms against `floor JSON` p50 " + json.row().p50() + " ms; means " + api.row().mean() + " and "
				+ json.row().mean() + " ms): " + check(added <= TOKEN_MS, "≤ " + TOKEN_MS + " ms")
				+ ". Gatling counts whole milliseconds.");
		line();
	}

	private void imports(Path folder, Properties data) {
		Optional<Path> report = GatlingStats.newestRun(folder.resolve("imports"));
		if (report.isEmpty()) {
			return;
		}
		Map<String, GatlingStats.Row> rows = GatlingStats.read(report.get());
		line("**Imports** into the empty network `" + data.getProperty("importNetwork", "importas") + "`, "
				+ data.getProperty("importRows", "5000") + " rows each (the register extract as named), each one request, all-or-nothing:");
		line();
		line("| import | time (ms) | target |");
		line("| --- | ---: | --- |");
		for (String request : List.of(ImportSimulation.ORGANIZATIONS, ImportSimulation.ATTENDANCE,
				ImportSimulation.REGISTER)) {
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

	/** The collector's figures while the pages were asked, and while the imports ran. */
	private void heap(Path folder, Properties data, MeasuredRun run) {
		Path gc = folder.resolve("gc.log");
		if (!Files.exists(gc)) {
			return;
		}
		long from = Long.parseLong(data.getProperty("load.from", "0"));
		long pagesTo = Long.parseLong(data.getProperty("pages.to", String.valueOf(Long.MAX_VALUE)));
		long to = Long.parseLong(data.getProperty("load.to", String.valueOf(Long.MAX_VALUE)));
		long outOfMemory = Long.parseLong(data.getProperty("outOfMemory", "0"));
		line("**Heap** (`-Xmx512m`; " + (outOfMemory == 0 ? "no OutOfMemoryError" : outOfMemory + " OutOfMemoryError")
				+ " in the application's log):");
		line();
		line("| while | most in use after a collection | pauses | full | longest pause | paused in all | target |");
		line("| --- | ---: | ---: | ---: | ---: | ---: | --- |");
		GcLog pages = GcLog.between(gc, from, pagesTo);
		heapRow("the pages", pages, outOfMemory);
		if (to > pagesTo) {
			heapRow("the imports", GcLog.between(gc, pagesTo, to), outOfMemory);
		}
		line();
		// runs written before the phases kept their times cannot say when
		if (pages.fullPauses() > 0 && run.info().containsKey("phase.1.from")) {
			Map<String, Long> during = new LinkedHashMap<>();
			pages.fullPausesAt().forEach(at -> during.merge(run.phaseAt(at), 1L, Long::sum));
			line("Full collections while the pages were asked, by the request being measured: "
					+ String.join(", ", during.entrySet().stream().map(e -> e.getKey() + " (" + e.getValue() + ")").toList())
					+ ".");
			line();
		}
	}

	private void heapRow(String what, GcLog log, long outOfMemory) {
		line("| " + what + " | " + decimal(log.heapAfterMaxMiB()) + " MiB | " + log.pauses() + " | " + log.fullPauses()
				+ " | " + decimal(log.longestPauseMs()) + " ms | " + decimal(log.pausedMs() / 1000) + " s | "
				+ check(log.heapCommittedMaxMiB() <= HEAP_MIB && log.fullPauses() == 0 && outOfMemory == 0,
						"≤ 512 MiB, no full collection")
				+ " |");
	}

	/** The targets for a request, met or missed; every request is held to a share of the floor. */
	private static String target(MeasuredRun.Measured request) {
		String name = request.row().name();
		if (name.equals("floor JSON") || name.equals("API floor")) {
			return "";
		}
		List<String> checks = new ArrayList<>();
		checks.add(check(request.share() >= FLOOR_SHARE, "≥ 40 % of floor"));
		if (name.startsWith("API yearly report")) {
			checks.add(check(request.row().p95() <= REPORT_API_P95_MS, "p95 ≤ 100 ms"));
		}
		if (name.startsWith("organizations, ") && name.endsWith("search") || name.equals("API organizations search")) {
			checks.add(check(request.row().p95() <= SEARCH_P95_MS, "p95 ≤ 20 ms"));
		}
		return String.join("; ", checks);
	}

	/** An ordinary network among the platform's networks against the same size of network alone in its database. */
	private void sameNetworkAlone(MeasuredRun alone, MeasuredRun platform) {
		line("## An ordinary network: alone, and among the platform's networks");
		line();
		line("Network `" + alone.info().getProperty("network") + "` of data set `ordinary` (alone in its database) "
				+ "against `" + platform.info().getProperty("network") + "` of data set `platform`, each as a share of "
				+ "its own floor. Not slower counts as keeping at least " + percent(SAME_SHARE) + " of the share alone.");
		line();
		line("| request | of floor alone | of floor in platform | p95 alone | p95 in platform | in platform / alone |");
		line("| --- | ---: | ---: | ---: | ---: | --- |");
		for (MeasuredRun.Measured request : alone.requests()) {
			MeasuredRun.Measured there = platform.request(request.row().name());
			if (there == null) {
				continue;
			}
			double kept = there.share() / request.share();
			line("| " + request.row().name() + " | " + percent(request.share()) + " | " + percent(there.share()) + " | "
					+ request.row().p95() + " | " + there.row().p95() + " | " + check(kept >= SAME_SHARE, percent(kept))
					+ " |");
		}
		line();
	}

	private static String range(List<MeasuredRun.Measured> floors, ToDoubleFunction<MeasuredRun.Measured> figure,
			String unit) {
		List<Double> values = floors.stream().map(figure::applyAsDouble).sorted(Comparator.naturalOrder()).toList();
		return decimal(values.get(0)) + ", " + decimal(values.get(values.size() / 2)) + ", "
				+ decimal(values.get(values.size() - 1)) + " " + unit;
	}

	private static String check(boolean met, String target) {
		return (met ? "✓ " : "✗ ") + target;
	}

	private static String decimal(double value) {
		return String.format(Locale.ROOT, value >= 100 || value == Math.rint(value) ? "%.0f" : "%.1f", value);
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
