package lt.tinklas.advocacy;

/** What came of a position or letter: pending until answered. */
public enum Outcome {
	PENDING, NO_RESPONSE, REJECTED, PARTLY_ACCEPTED, ACCEPTED;

	/** Whether the addressee answered (or the wait is over): the base of the acceptance share. */
	public boolean answered() {
		return this != PENDING && this != NO_RESPONSE;
	}

	public boolean accepted() {
		return this == PARTLY_ACCEPTED || this == ACCEPTED;
	}
}
