package lt.tinklas.strategy.web;

import java.math.BigDecimal;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.TreeMap;

import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;
import lt.tinklas.metrics.MetricParameters;
import lt.tinklas.shared.web.InvalidInputException;
import lt.tinklas.strategy.Comparison;
import lt.tinklas.strategy.IndicatorData;
import lt.tinklas.strategy.IndicatorView;

/**
 * The indicator form as typed: a target field per year of the period ({@code targets[2025]}, the
 * year as typed), and each metric parameter picked from its list ({@code parameters[type]}), stored
 * as {@code type=TRAINING&tag=...}.
 */
public record IndicatorForm(
		@NotBlank @Size(max = 300) String name,
		@Size(max = 300) String nameEn,
		@Size(max = 40) String unit,
		@NotNull Comparison comparison,
		String metricKey,
		@Size(max = 1000) String metricParameters,
		Map<String, String> parameters,
		Map<String, BigDecimal> targets,
		Long version) {

	public IndicatorForm {
		parameters = parameters == null ? Map.of() : parameters;
		targets = targets == null ? Map.of() : targets;
	}

	/** A new indicator's form: one to reach at least its targets. */
	static IndicatorForm empty() {
		return new IndicatorForm(null, null, null, Comparison.AT_LEAST, null, null, null, null, null);
	}

	static IndicatorForm of(IndicatorView indicator) {
		Map<String, BigDecimal> targets = new LinkedHashMap<>();
		new TreeMap<>(indicator.targets()).forEach((year, target) -> targets.put(String.valueOf(year), target));
		return new IndicatorForm(indicator.name(), indicator.nameEn(), indicator.unit(), indicator.comparison(),
				indicator.metricKey(), indicator.parametersText(), new LinkedHashMap<>(indicator.metricParameters()),
				targets, indicator.version());
	}

	/** The target typed for a year, or none. */
	public BigDecimal target(int year) {
		return targets.get(String.valueOf(year));
	}

	/** The parameters picked and the targets by year; a year that is not a number is refused. */
	IndicatorData toData() {
		// in the order of their names, as a form bean had them
		Map<String, String> picked = new LinkedHashMap<>();
		new TreeMap<>(parameters).forEach((name, value) -> {
			if (value != null && !value.isBlank()) {
				picked.put(name, value);
			}
		});
		Map<Integer, BigDecimal> byYear = new TreeMap<>();
		targets.forEach((typed, target) -> byYear.put(year(typed), target));
		return new IndicatorData(name, nameEn, unit, comparison, metricKey, MetricParameters.format(picked), byYear);
	}

	private static int year(String typed) {
		try {
			return Integer.parseInt(typed);
		}
		catch (NumberFormatException e) {
			throw InvalidInputException.of("targets[" + typed + "]", "typeMismatch");
		}
	}
}
