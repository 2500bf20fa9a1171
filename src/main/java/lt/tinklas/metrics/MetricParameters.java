package lt.tinklas.metrics;

import java.util.LinkedHashMap;
import java.util.Map;

import lt.tinklas.shared.web.InvalidInputException;

/** A metric's parameters as people type and store them: {@code type=TRAINING&tag=Specialieji mokymai}. */
public final class MetricParameters {

	private MetricParameters() {
	}

	/** The pairs in their order; a pair without {@code =} is refused. */
	public static Map<String, String> parse(String text) {
		Map<String, String> parameters = new LinkedHashMap<>();
		if (text == null || text.isBlank()) {
			return parameters;
		}
		for (String pair : text.split("&")) {
			if (pair.isBlank()) {
				continue;
			}
			int equals = pair.indexOf('=');
			if (equals <= 0) {
				throw InvalidInputException.of("metricParameters", "metric.error.parameterForm", pair.strip());
			}
			parameters.put(pair.substring(0, equals).strip(), pair.substring(equals + 1).strip());
		}
		return parameters;
	}

	public static String format(Map<String, String> parameters) {
		return String.join("&", parameters.entrySet().stream().map(e -> e.getKey() + "=" + e.getValue()).toList());
	}
}
