package lt.tinklas.projects.domain;

import java.math.BigDecimal;
import java.util.Objects;

import jakarta.persistence.Column;
import jakarta.persistence.Embeddable;

/** The money a funder gave a project for one year. */
@Embeddable
public class Allocation {

	@Column(name = "alloc_year", nullable = false)
	private int year;

	@Column(name = "amount", nullable = false, precision = 14, scale = 2)
	private BigDecimal amount;

	protected Allocation() {
	}

	public Allocation(int year, BigDecimal amount) {
		this.year = year;
		this.amount = amount;
	}

	public int getYear() {
		return year;
	}

	public BigDecimal getAmount() {
		return amount;
	}

	@Override
	public boolean equals(Object other) {
		return other instanceof Allocation that && year == that.year && amount.compareTo(that.amount) == 0;
	}

	@Override
	public int hashCode() {
		return Objects.hash(year, amount.stripTrailingZeros());
	}
}
