package lt.tinklas.shared.history;

import java.time.Instant;
import java.util.List;

/**
 * One change in a network's audit log: which record (its type's label key {@code <entity>.name} and
 * what it is called, null where it has no name), who, when, and the fields changed.
 */
public record NetworkChange(long revision, Instant at, String by, HistoryEntry.Kind kind, String typeKey,
		String recordName, List<FieldChange> changes) {
}
