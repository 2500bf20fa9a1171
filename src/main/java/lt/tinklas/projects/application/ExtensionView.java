package lt.tinklas.projects.application;

import java.time.Instant;
import java.time.LocalDate;

/** One extension of a project's period. */
public record ExtensionView(long id, LocalDate previousEndsOn, LocalDate newEndsOn, String reason, Instant recordedAt) {
}
