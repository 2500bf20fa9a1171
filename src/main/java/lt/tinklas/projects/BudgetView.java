package lt.tinklas.projects;

import java.math.BigDecimal;
import java.math.RoundingMode;
import java.time.LocalDate;
import java.util.List;

/** A project's budget: each line's plan, spending and what remains, and the totals. */
public record BudgetView(List<Line> lines, BigDecimal planned, BigDecimal spent, BigDecimal remaining,
		List<ExpenseView> expenses) {

	public record Line(long id, String name, BigDecimal planned, BigDecimal spent, BigDecimal remaining) {

		public boolean over() {
			return spent.compareTo(planned) > 0;
		}

		public int percent() {
			return planned.signum() == 0 ? (spent.signum() == 0 ? 0 : 100)
					: spent.multiply(BigDecimal.valueOf(100)).divide(planned, 0, RoundingMode.HALF_UP).intValue();
		}
	}

	public record ExpenseView(long id, long lineId, String line, LocalDate spentOn, BigDecimal amount, String supplier,
			String documentNumber, String note) {
	}

	public boolean over() {
		return lines.stream().anyMatch(Line::over);
	}
}
