package lt.tinklas.projects.application;

import java.time.LocalDate;

/** A project's activity other than an event: planned, and done on a day once done. */
public record ActivityView(long id, String title, LocalDate plannedFrom, LocalDate plannedUntil, LocalDate doneOn,
		String description) {
}
