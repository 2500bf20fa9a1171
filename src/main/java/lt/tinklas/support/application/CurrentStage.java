package lt.tinklas.support.application;

import java.time.LocalDate;

import lt.tinklas.support.QualityStage;

/** Where an organization stands with one standard: its latest stage, since when, and when it started. */
public record CurrentStage(long organizationId, String organization, long standardId, String standard, String level,
		QualityStage stage, LocalDate since, LocalDate startedOn) {
}
