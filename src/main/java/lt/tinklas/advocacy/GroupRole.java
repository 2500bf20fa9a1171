package lt.tinklas.advocacy;

/** A working group member's role. */
public enum GroupRole {
	COORDINATOR, MEMBER
}
