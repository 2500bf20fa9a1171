package lt.tinklas.strategy.web;

import java.math.BigDecimal;
import java.util.Map;
import java.util.TreeMap;

import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;
import lt.tinklas.strategy.Comparison;
import lt.tinklas.strategy.IndicatorData;
import lt.tinklas.strategy.IndicatorView;

/** The indicator form as typed: a target field per year of the period. */
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
		form.targets = new TreeMap<>(indicator.targets());
		form.version = indicator.version();
		return form;
	}

	IndicatorData toData() {
		return new IndicatorData(name, nameEn, unit, comparison, metricKey, metricParameters, targets);
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
