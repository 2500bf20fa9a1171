package lt.tinklas.strategy;

import java.math.BigDecimal;
import java.util.Map;


/** An indicator with its targets by year and the source of its actual. */
public record IndicatorView(long id, long version, long nodeId, String name, String nameEn, String unit,
		Comparison comparison, String metricKey, Map<String, String> metricParameters,
		Map<Integer, BigDecimal> targets) {

	public boolean manual() {
		return metricKey == null;
	}

	public String name(String language) {
		return "en".equals(language) && nameEn != null ? nameEn : name;
	}

	/** The parameters as typed in the form. */
	public String parametersText() {
		return String.join("&", metricParameters.entrySet().stream().map(e -> e.getKey() + "=" + e.getValue()).toList());
	}
}
