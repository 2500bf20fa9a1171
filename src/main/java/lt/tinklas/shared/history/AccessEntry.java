package lt.tinklas.shared.history;

import java.time.Instant;
import java.util.List;

/**
 * One reading in a network's access log: when, by whom (null: the person themselves through the
 * link mailed to them), what kind, through which door, what was read (the message key
 * {@code subjectKey} naming the record's type or the list, and the record's name), the list's filter
 * and how many rows were read.
 */
public record AccessEntry(long id, Instant at, String by, AccessKind kind, Channel channel, String subjectKey,
		String subjectName, List<AccessFilter> filter, int rows) {

	/** Through which door: the pages, the API, or a link mailed to the person; label {@code accessLog.channel.<name>}. */
	public enum Channel {
		PAGE, API, LINK
	}
}
