package lt.tinklas.shared.metrics;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

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

	public MetricResult compute(String key, MetricQuery query) {
		MetricSource source = sources.get(key);
		if (source == null) {
			throw new NotFoundException("Metric " + key);
		}
		return source.compute(key, query);
	}
}
