package lt.tinklas.strategy.web;

import java.math.BigDecimal;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.TreeMap;

import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;
import lt.tinklas.metrics.MetricParameters;
import lt.tinklas.strategy.Comparison;
import lt.tinklas.strategy.IndicatorData;
import lt.tinklas.strategy.IndicatorView;

/**
 * The indicator form as typed: a target field per year of the period, and each metric parameter
 * picked from its list ({@code parameters[type]}), stored as {@code type=TRAINING&tag=...}.
 */
public class IndicatorForm {

	@NotBlank
	@Size(max = 300)
	private String name;

	@Size(max = 300)
	private String nameEn;

	@Size(max = 40)
	private String unit;

	@NotNull
	private Comparison comparison = Comparison.AT_LEAST;

	private String metricKey;

	@Size(max = 1000)
	private String metricParameters;

	private Map<String, String> parameters = new LinkedHashMap<>();

	private Map<Integer, BigDecimal> targets = new TreeMap<>();

	private Long version;

	static IndicatorForm of(IndicatorView indicator) {
		IndicatorForm form = new IndicatorForm();
		form.name = indicator.name();
		form.nameEn = indicator.nameEn();
		form.unit = indicator.unit();
		form.comparison = indicator.comparison();
		form.metricKey = indicator.metricKey();
		form.metricParameters = indicator.parametersText();
		form.parameters = new LinkedHashMap<>(indicator.metricParameters());
		form.targets = new TreeMap<>(indicator.targets());
		form.version = indicator.version();
		return form;
	}

	IndicatorData toData() {
		Map<String, String> picked = new LinkedHashMap<>();
		parameters.forEach((name, value) -> {
			if (value != null && !value.isBlank()) {
				picked.put(name, value);
			}
		});
		return new IndicatorData(name, nameEn, unit, comparison, metricKey, MetricParameters.format(picked), targets);
	}

	public String getName() {
		return name;
	}

	public void setName(String name) {
		this.name = name;
	}

	public String getNameEn() {
		return nameEn;
	}

	public void setNameEn(String nameEn) {
		this.nameEn = nameEn;
	}

	public String getUnit() {
		return unit;
	}

	public void setUnit(String unit) {
		this.unit = unit;
	}

	public Comparison getComparison() {
		return comparison;
	}

	public void setComparison(Comparison comparison) {
		this.comparison = comparison;
	}

	public String getMetricKey() {
		return metricKey;
	}

	public void setMetricKey(String metricKey) {
		this.metricKey = metricKey;
	}

	public String getMetricParameters() {
		return metricParameters;
	}

	public void setMetricParameters(String metricParameters) {
		this.metricParameters = metricParameters;
	}

	public Map<String, String> getParameters() {
		return parameters;
	}

	public void setParameters(Map<String, String> parameters) {
		this.parameters = parameters;
	}

	public Map<Integer, BigDecimal> getTargets() {
		return targets;
	}

	public void setTargets(Map<Integer, BigDecimal> targets) {
		this.targets = targets == null ? new TreeMap<>() : targets;
	}

	public Long getVersion() {
		return version;
	}

	public void setVersion(Long version) {
		this.version = version;
	}
}
