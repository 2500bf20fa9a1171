package lt.tinklas.projects;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.Map;

/**
 * A project's indicator with its actual: from a metric within the project's events and period
 * ({@code drilldown} lists the records), or entered by hand with its evidence.
 */
public record ProjectIndicatorView(long id, long version, String name, String unit, BigDecimal target,
		String metricKey, Map<String, String> parameters, BigDecimal actual, int percent, LocalDate manualOn,
		String evidenceLink, String note, String drilldown) {

	public boolean manual() {
		return metricKey == null;
	}

	public boolean reached() {
		return actual != null && actual.compareTo(target) >= 0;
	}
}
