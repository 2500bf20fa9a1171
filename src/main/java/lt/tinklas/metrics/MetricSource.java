package lt.tinklas.metrics;

import java.math.BigDecimal;
import java.util.List;
import java.util.Map;

import org.springframework.context.MessageSourceResolvable;

/**
 * Implemented by each module that owns records: the figures it can count. Strategy, projects,
 * reports and dashboards ask {@link Metrics}; they never count records themselves.
 */
public interface MetricSource {

	List<MetricDefinition> definitions();

	/**
	 * The values one of this source's parameters may take in the network, each with its label (an
	 * enum's message key, a record's name; see {@link MetricChoices}), in the order people pick from.
	 */
	Map<String, MessageSourceResolvable> choices(String parameter, long networkId);

	/** Computes one of this source's metrics; the SQL behind it takes the query's network first. */
	MetricResult compute(String key, MetricQuery query);

	/**
	 * Only the number of one of this source's metrics, for a report or a target that shows no
	 * drill-down: a source whose records are many counts it without listing them.
	 */
	default BigDecimal value(String key, MetricQuery query) {
		return compute(key, query).value();
	}
}
