package lt.tinklas.bench;

import java.time.Duration;
import java.util.Arrays;
import java.util.List;
import java.util.Set;

/**
 * What a benchmark run is pointed at, from system properties ({@code -Dbench.network=large}). The
 * defaults follow the generated data's conventions: in network {@code <slug>} the staff user
 * {@code darbuotoja@<slug>.bench}, the admin {@code admin@<slug>.bench}, password {@code tinklas-bench},
 * and the staff's API token {@code tk_bench_<slug>}.
 */
record BenchSettings(String baseUrl, String network, String staffEmail, String password, String token, int users,
		Duration duration, Duration floorDuration, Duration warmUp, Set<String> only, Integer year,
		List<String> anyNetworks) {

	static final String PASSWORD = "tinklas-bench";

	static BenchSettings fromSystemProperties() {
		String network = property("bench.network", "large");
		String only = property("bench.only", "");
		// more networks of the same data, each with its staff token tk_bench_<slug>: the yearly report of any of them
		String year = property("bench.year", "");
		return new BenchSettings(baseUrlProperty(), network, property("bench.staff", "darbuotoja@" + network + ".bench"),
				property("bench.password", PASSWORD), property("bench.token", "tk_bench_" + network),
				Integer.parseInt(property("bench.users", "16")),
				Duration.ofSeconds(Long.parseLong(property("bench.duration", "30"))),
				Duration.ofSeconds(Long.parseLong(property("bench.floorDuration", "10"))),
				Duration.ofSeconds(Long.parseLong(property("bench.warmup", "60"))),
				Set.copyOf(list(only)),
				year.isBlank() ? null : Integer.valueOf(year), list(property("bench.anyNetworks", "")));
	}

	static String baseUrlProperty() {
		return property("bench.baseUrl", "http://127.0.0.1:18080");
	}

	static String property(String name, String fallback) {
		String value = System.getProperty(name);
		if (value == null || value.isBlank()) {
			return fallback;
		}
		value = value.strip();
		// the Gatling plugin hands a value with spaces to its JVM in quotes ("home,sign in")
		return value.length() > 1 && value.startsWith("\"") && value.endsWith("\"") ? value.substring(1, value.length() - 1)
				: value;
	}

	private static List<String> list(String commaSeparated) {
		return Arrays.stream(commaSeparated.split(",")).map(String::strip).filter(s -> !s.isEmpty()).toList();
	}

	/** Whether a request is measured in this run ({@code -Dbench.only=home,sign in} measures only those, and the floor). */
	boolean measures(String requestName) {
		return only.isEmpty() || only.contains(requestName);
	}
}
