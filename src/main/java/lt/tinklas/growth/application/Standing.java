package lt.tinklas.growth.application;

import lt.tinklas.organizations.MembershipStanding;
import lt.tinklas.organizations.MembershipStatus;

/** Where the network stands with an organization: a member, suspended, gone, applying, refused, or none of these. */
public enum Standing {
	NONE, MEMBER, SUSPENDED, LEFT, APPLIED, REFUSED;

	static Standing of(MembershipStanding.Known known) {
		if (known == null) {
			return NONE;
		}
		if (known.membership() == MembershipStatus.MEMBER) {
			return MEMBER;
		}
		if (known.membership() == MembershipStatus.SUSPENDED) {
			return SUSPENDED;
		}
		if (known.applicationWaiting()) {
			return APPLIED;
		}
		if (known.membership() == MembershipStatus.LEFT) {
			return LEFT;
		}
		return known.applicationRefused() ? REFUSED : NONE;
	}

	/** A member or suspended member is not invited again. */
	public boolean inNetwork() {
		return this == MEMBER || this == SUSPENDED;
	}
}
