package lt.tinklas.metrics;

import java.time.LocalDate;
import java.time.ZoneId;
import java.time.OffsetDateTime;
import java.util.Map;

/**
 * What a metric is asked: a network, a period of days (both ends included, Europe/Vilnius) and
 * the metric's parameters.
 */
public record MetricQuery(long networkId, LocalDate from, LocalDate to, Map<String, String> parameters) {

	public static final ZoneId VILNIUS = ZoneId.of("Europe/Vilnius");

	public MetricQuery {
		if (from.isAfter(to)) {
			throw new IllegalArgumentException("The period ends before it starts");
		}
		parameters = parameters == null ? Map.of() : Map.copyOf(parameters);
	}

	public static MetricQuery year(long networkId, int year, Map<String, String> parameters) {
		return new MetricQuery(networkId, LocalDate.of(year, 1, 1), LocalDate.of(year, 12, 31), parameters);
	}

	/** The first moment of the period, in Vilnius time. */
	public OffsetDateTime startsAt() {
		return from.atStartOfDay(VILNIUS).toOffsetDateTime();
	}

	/** The first moment after the period, in Vilnius time. */
	public OffsetDateTime endsBefore() {
		return to.plusDays(1).atStartOfDay(VILNIUS).toOffsetDateTime();
	}

	public String parameter(String name) {
		String value = parameters.get(name);
		return value == null || value.isBlank() ? null : value;
	}
}
