package lt.tinklas.metrics;

import java.util.List;

/**
 * A named figure a module offers: {@code key} is stable (strategy indicators and reports store it),
 * {@code labelKey} names it in the message bundles, {@code parameters} are the filters it takes
 * (such as {@code type} or {@code tags}; their values come from {@link MetricSource#choices}) and
 * {@code format} what its value is.
 */
public record MetricDefinition(String key, String labelKey, List<String> parameters, MetricFormat format) {

	/** A count. */
	public MetricDefinition(String key, String labelKey, List<String> parameters) {
		this(key, labelKey, parameters, MetricFormat.COUNT);
	}
}
