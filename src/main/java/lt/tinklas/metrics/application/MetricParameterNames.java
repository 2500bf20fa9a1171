package lt.tinklas.metrics.application;

import java.util.Collection;
import java.util.HashMap;
import java.util.Locale;
import java.util.Map;
import java.util.Set;

import lt.tinklas.metrics.MetricParameters;
import lt.tinklas.metrics.Metrics;
import lt.tinklas.shared.history.RecordNames;
import lt.tinklas.shared.tenancy.Tenancy;
import org.springframework.stereotype.Component;

/** A metric's stored parameters ({@code type=TRAINING}) as a history shows them: "Type: Training". */
@Component
class MetricParameterNames implements RecordNames {

	private final Metrics metrics;

	MetricParameterNames(Metrics metrics) {
		this.metrics = metrics;
	}

	@Override
	public Set<String> kinds() {
		return Set.of("metricParameters");
	}

	@Override
	public Map<Object, String> names(String kind, Collection<?> values, Locale locale) {
		Map<Object, String> names = new HashMap<>();
		long network = Tenancy.require();
		for (Object value : values) {
			names.put(value, metrics.describe(MetricParameters.parse(String.valueOf(value)), network));
		}
		return names;
	}
}
