package lt.tinklas.organizations;

import java.time.LocalDate;
import java.util.List;

import lt.tinklas.organizations.domain.MembershipRecord;

/** A step of an organization's membership as far as its status on a day needs it: when and what. */
record MembershipStep(LocalDate on, MembershipChange change) {

	static List<MembershipStep> of(List<MembershipRecord> records) {
		return records.stream().map(r -> new MembershipStep(r.getOn(), r.getChange())).toList();
	}
}
