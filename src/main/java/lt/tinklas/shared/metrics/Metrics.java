package lt.tinklas.shared.metrics;

import java.time.LocalDate;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import lt.tinklas.shared.web.InvalidInputException;
import lt.tinklas.shared.web.NotFoundException;
import org.springframework.stereotype.Service;

/** Every metric of every module, by key. */
@Service
public class Metrics {

	private final Map<String, MetricSource> sources = new LinkedHashMap<>();
	private final Map<String, MetricDefinition> definitions = new LinkedHashMap<>();

	Metrics(List<MetricSource> sources) {
		for (MetricSource source : sources) {
			for (MetricDefinition definition : source.definitions()) {
				if (this.sources.put(definition.key(), source) != null) {
					throw new IllegalStateException("Two modules offer the metric " + definition.key());
				}
				definitions.put(definition.key(), definition);
			}
		}
	}

	public List<MetricDefinition> definitions() {
		return List.copyOf(definitions.values());
	}

	public MetricDefinition definition(String key) {
		MetricDefinition definition = definitions.get(key);
		if (definition == null) {
			throw new NotFoundException("Metric " + key);
		}
		return definition;
	}

	/**
	 * A query for the metric, refused when it names a parameter the metric does not take; blank
	 * parameters are left out.
	 */
	public MetricQuery query(MetricDefinition definition, long networkId, LocalDate from, LocalDate to,
			Map<String, String> parameters) {
		Map<String, String> chosen = new LinkedHashMap<>();
		for (Map.Entry<String, String> parameter : parameters.entrySet()) {
			if (!definition.parameters().contains(parameter.getKey())) {
				throw InvalidInputException.of(parameter.getKey(), "metric.error.unknownParameter", parameter.getKey(),
						String.join(", ", definition.parameters()));
			}
			if (parameter.getValue() != null && !parameter.getValue().isBlank()) {
				chosen.put(parameter.getKey(), parameter.getValue().strip());
			}
		}
		if (to.isBefore(from)) {
			throw InvalidInputException.of("to", "common.error.endBeforeStart");
		}
		return new MetricQuery(networkId, from, to, chosen);
	}

	/** Computes a metric; a parameter value the metric cannot use is refused as invalid input. */
	public MetricResult compute(String key, MetricQuery query) {
		MetricSource source = sources.get(key);
		if (source == null) {
			throw new NotFoundException("Metric " + key);
		}
		try {
			return source.compute(key, query);
		}
		catch (IllegalArgumentException e) {
			throw InvalidInputException.of("parameters", "metric.error.parameterValue", query.parameters().toString());
		}
	}
}
