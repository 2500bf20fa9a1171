package lt.tinklas.strategy;

import static org.assertj.core.api.Assertions.assertThat;

import java.math.BigDecimal;
import java.time.LocalDate;

import lt.tinklas.strategy.application.IndicatorStatus;
import org.junit.jupiter.api.Test;

/** The status of a year's target: the rules the dashboard, the report and the API show. */
class StrategyStatusTests {

	static IndicatorStatus status(Comparison comparison, Integer target, Integer actual, LocalDate on) {
		return StrategyProgress.status(comparison, target == null ? null : BigDecimal.valueOf(target),
				actual == null ? null : BigDecimal.valueOf(actual), 2024, on);
	}

	@Test
	void atLeastIsAchievedWhenReachedAndOnTrackWhileTheShareReachedKeepsUpWithTheYear() {
		LocalDate midYear = LocalDate.of(2024, 7, 1); // day 183 of 366: half the year gone
		assertThat(status(Comparison.AT_LEAST, 10, 10, midYear)).isEqualTo(IndicatorStatus.ACHIEVED);
		assertThat(status(Comparison.AT_LEAST, 10, 5, midYear)).isEqualTo(IndicatorStatus.ON_TRACK);
		assertThat(status(Comparison.AT_LEAST, 10, 4, midYear)).isEqualTo(IndicatorStatus.AT_RISK);
		assertThat(status(Comparison.AT_LEAST, 10, null, LocalDate.of(2024, 1, 1))).isEqualTo(IndicatorStatus.AT_RISK);
		assertThat(status(Comparison.AT_LEAST, 10, 9, LocalDate.of(2024, 12, 31))).isEqualTo(IndicatorStatus.MISSED);
		assertThat(status(Comparison.AT_LEAST, 3, 2, LocalDate.of(2024, 10, 31))).isEqualTo(IndicatorStatus.AT_RISK);
		assertThat(status(Comparison.AT_LEAST, 3, 3, LocalDate.of(2024, 10, 31))).isEqualTo(IndicatorStatus.ACHIEVED);
	}

	@Test
	void atMostIsMissedOnceExceededAndAchievedWhenTheYearEndsWithin() {
		assertThat(status(Comparison.AT_MOST, 5, 6, LocalDate.of(2024, 3, 1))).isEqualTo(IndicatorStatus.MISSED);
		assertThat(status(Comparison.AT_MOST, 5, 4, LocalDate.of(2024, 3, 1))).isEqualTo(IndicatorStatus.AT_RISK);
		assertThat(status(Comparison.AT_MOST, 5, 1, LocalDate.of(2024, 7, 1))).isEqualTo(IndicatorStatus.ON_TRACK);
		assertThat(status(Comparison.AT_MOST, 5, 5, LocalDate.of(2024, 12, 31))).isEqualTo(IndicatorStatus.ACHIEVED);
	}

	@Test
	void exactlyIsAchievedOnlyWhenTheYearEndsOnTheTarget() {
		assertThat(status(Comparison.EXACTLY, 4, 4, LocalDate.of(2024, 12, 31))).isEqualTo(IndicatorStatus.ACHIEVED);
		assertThat(status(Comparison.EXACTLY, 4, 3, LocalDate.of(2024, 12, 31))).isEqualTo(IndicatorStatus.MISSED);
		assertThat(status(Comparison.EXACTLY, 4, 5, LocalDate.of(2024, 5, 1))).isEqualTo(IndicatorStatus.MISSED);
		assertThat(status(Comparison.EXACTLY, 4, 2, LocalDate.of(2024, 5, 1))).isEqualTo(IndicatorStatus.ON_TRACK);
	}

	@Test
	void withoutATargetThereIsNoStatusToReach() {
		assertThat(status(Comparison.AT_LEAST, null, 7, LocalDate.of(2024, 12, 31))).isEqualTo(IndicatorStatus.NO_TARGET);
	}

	@Test
	void aNodeKindSitsOnlyWhereTheTreeAllows() {
		assertThat(NodeKind.DIRECTION.mayBeUnder(null)).isTrue();
		assertThat(NodeKind.GOAL.mayBeUnder(null)).isFalse();
		assertThat(NodeKind.GOAL.mayBeUnder(NodeKind.DIRECTION)).isTrue();
		assertThat(NodeKind.TASK.mayBeUnder(NodeKind.DIRECTION)).isFalse();
		assertThat(NodeKind.RESULT.mayBeUnder(NodeKind.GOAL)).isTrue();
		assertThat(NodeKind.MEASURE.mayBeUnder(NodeKind.RESULT)).isFalse();
		assertThat(NodeKind.DIRECTION.mayBeUnder(NodeKind.GOAL)).isFalse();
	}
}
