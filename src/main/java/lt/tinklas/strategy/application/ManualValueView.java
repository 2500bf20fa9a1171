package lt.tinklas.strategy.application;

import java.math.BigDecimal;
import java.time.LocalDate;

/** A hand-kept value of an indicator with its evidence. */
public record ManualValueView(long id, LocalDate recordedOn, BigDecimal value, String note, String evidenceLink,
		String evidenceFileName) {
}
