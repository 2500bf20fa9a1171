package lt.tinklas.strategy;

import java.math.BigDecimal;
import java.util.Map;
import java.util.TreeMap;

import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;

/**
 * An indicator as typed: {@code metricKey} empty for values kept by hand; {@code metricParameters}
 * such as {@code type=TRAINING&tag=Specialieji mokymai}; a target per year.
 */
public record IndicatorData(@NotBlank @Size(max = 300) String name, @Size(max = 300) String nameEn,
		@Size(max = 40) String unit, @NotNull Comparison comparison, String metricKey,
		@Size(max = 1000) String metricParameters, Map<Integer, BigDecimal> targets) {

	public IndicatorData {
		targets = targets == null ? Map.of() : new TreeMap<>(targets);
	}
}
