package lt.tinklas.shared.metrics;

import java.util.List;

/**
 * Implemented by each module that owns records: the figures it can count. Strategy, projects,
 * reports and dashboards ask {@link Metrics}; they never count records themselves.
 */
public interface MetricSource {

	List<MetricDefinition> definitions();

	/** Computes one of this source's metrics; the SQL behind it takes the query's network first. */
	MetricResult compute(String key, MetricQuery query);
}
