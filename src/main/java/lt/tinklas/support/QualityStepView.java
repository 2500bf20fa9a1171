package lt.tinklas.support;

import java.time.LocalDate;

/** One stage an organization reached on its way to a standard, with its evidence. */
public record QualityStepView(long id, long organizationId, long standardId, String standard, String level,
		QualityStage stage, LocalDate reachedOn, String evidenceLink, String note) {
}
