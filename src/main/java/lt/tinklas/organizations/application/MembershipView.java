package lt.tinklas.organizations.application;

import java.time.LocalDate;
import java.util.List;

import lt.tinklas.organizations.DecidedBy;
import lt.tinklas.organizations.MembershipChange;
import lt.tinklas.organizations.MembershipStatus;

/** An organization's whole membership history and where it stands today. */
public record MembershipView(MembershipStatus statusToday, LocalDate memberSince, List<Step> history) {

	public record Step(long id, MembershipChange change, LocalDate on, DecidedBy decidedBy, String reference,
			String reason) {
	}
}
