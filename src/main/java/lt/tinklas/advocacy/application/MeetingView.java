package lt.tinklas.advocacy.application;

import java.time.LocalDate;
import java.util.List;

/** A meeting with decision makers. */
public record MeetingView(long id, long version, LocalDate heldOn, long institutionId, String topic, String agreed,
		List<Long> officials, List<Long> representatives, List<Long> directions) {
}
