package lt.tinklas.support.application;

import java.time.LocalDate;

import lt.tinklas.support.QualityStage;

/** One stage an organization reached on its way to a standard, with its evidence. */
public record QualityStepView(long id, long organizationId, long standardId, String standard, String level,
		QualityStage stage, LocalDate reachedOn, String evidenceLink, String note) {
}
