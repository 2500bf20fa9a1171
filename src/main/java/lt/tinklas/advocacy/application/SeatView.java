package lt.tinklas.advocacy.application;

import java.time.LocalDate;

import lt.tinklas.advocacy.SeatRole;

/** The network's seat in a national body. */
public record SeatView(long id, long version, long institutionId, String body, Long personId, SeatRole role,
		LocalDate from, LocalDate until, String act) {

	public boolean heldOn(LocalDate day) {
		return !day.isBefore(from) && (until == null || !day.isAfter(until));
	}
}
