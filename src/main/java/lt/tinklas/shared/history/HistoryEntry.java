package lt.tinklas.shared.history;

import java.time.Instant;
import java.util.List;

/** One line of a record's change history. */
public record HistoryEntry(long revision, Instant at, String by, Kind kind, List<FieldChange> changes) {

	public enum Kind {
		CREATED, CHANGED, DELETED
	}
}
