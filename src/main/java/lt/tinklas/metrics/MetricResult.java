package lt.tinklas.metrics;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.List;

/**
 * A metric's answer: the value and the records it counted (the drill-down), each with a link to
 * its page.
 */
public record MetricResult(BigDecimal value, List<Evidence> evidence) {

	/** One record counted: what it is, when, and where its page is. */
	public record Evidence(LocalDate date, String label, String path) {
	}
}
