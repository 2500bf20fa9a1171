package lt.tinklas.people.application;

import java.time.Instant;
import java.util.List;

import lt.tinklas.shared.personal.ExportSection;

/** What the network holds about one person, part by part, as exported at {@code madeAt} in {@code language}. */
public record PersonalDataExport(long personId, Instant madeAt, String language, List<ExportSection> sections) {
}
