package lt.tinklas.events;

/**
 * Where a person stands at an event. WAITLISTED is given by Tinklas when the event is full; a
 * cancellation moves the first on the waiting list up.
 */
public enum ParticipationStatus {
	REGISTERED, WAITLISTED, ATTENDED, ABSENT, CANCELLED;

	/** Whether the person holds a seat. */
	public boolean takesSeat() {
		return this == REGISTERED || this == ATTENDED || this == ABSENT;
	}
}
