package lt.tinklas.support;

import java.time.LocalDate;

/** A stage as typed: the standard by id, its level (if the standard has levels), the stage, the day, evidence. */
public record StageData(Long standardId, String level, QualityStage stage, LocalDate on, String evidenceLink,
		String note) {
}
