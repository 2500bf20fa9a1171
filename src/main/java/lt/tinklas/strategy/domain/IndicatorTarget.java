package lt.tinklas.strategy.domain;

import java.math.BigDecimal;
import java.util.Objects;

import jakarta.persistence.Column;
import jakarta.persistence.Embeddable;

/** An indicator's target for one year of the strategy's period. */
@Embeddable
public class IndicatorTarget {

	@Column(name = "target_year", nullable = false)
	private int year;

	@Column(name = "target_value", nullable = false, precision = 14, scale = 2)
	private BigDecimal target;

	protected IndicatorTarget() {
	}

	public IndicatorTarget(int year, BigDecimal target) {
		this.year = year;
		this.target = target;
	}

	public int getYear() {
		return year;
	}

	public BigDecimal getTarget() {
		return target;
	}

	@Override
	public boolean equals(Object other) {
		return other instanceof IndicatorTarget that && year == that.year && target.compareTo(that.target) == 0;
	}

	@Override
	public int hashCode() {
		return Objects.hash(year, target.stripTrailingZeros());
	}
}
