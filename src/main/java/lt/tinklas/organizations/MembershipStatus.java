package lt.tinklas.organizations;

/** Where an organization stands on a day: an active member is MEMBER. */
public enum MembershipStatus {
	NOT_MEMBER, MEMBER, SUSPENDED, LEFT;

	static MembershipStatus after(MembershipChange change) {
		return switch (change) {
			case ACCEPTED, REINSTATED -> MEMBER;
			case SUSPENDED -> SUSPENDED;
			case LEFT -> LEFT;
		};
	}
}
