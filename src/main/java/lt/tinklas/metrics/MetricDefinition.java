package lt.tinklas.shared.metrics;

import java.util.List;

/**
 * A named figure a module offers: {@code key} is stable (strategy indicators and reports store it),
 * {@code labelKey} names it in the message bundles, {@code parameters} are the filters it takes
 * (such as {@code type} or {@code tags}).
 */
public record MetricDefinition(String key, String labelKey, List<String> parameters) {
}
