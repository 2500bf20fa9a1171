package lt.tinklas.organizations;

/** A step in an organization's membership. */
public enum MembershipChange {
	ACCEPTED, SUSPENDED, REINSTATED, LEFT
}
