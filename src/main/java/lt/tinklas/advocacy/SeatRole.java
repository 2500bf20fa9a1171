package lt.tinklas.advocacy;

/** The network representative's role in a national body. */
public enum SeatRole {
	MEMBER, OBSERVER, CHAIR, DEPUTY
}
