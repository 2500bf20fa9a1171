package lt.tinklas.support;

import java.time.LocalDate;

/** Where an organization stands with one standard: its latest stage, since when, and when it started. */
public record CurrentStage(long organizationId, String organization, long standardId, String standard, String level,
		QualityStage stage, LocalDate since, LocalDate startedOn) {
}
