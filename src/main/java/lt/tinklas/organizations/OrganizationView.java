package lt.tinklas.organizations;

import java.time.LocalDate;
import java.util.List;

/** An organization as stored, with its membership on the day asked ({@code asOf}). */
public record OrganizationView(long id, long version, String legalCode, String name, String shortName,
		LegalForm legalForm, LocalDate foundedOn, LocalDate ngoStatusSince, LocalDate ngoStatusUntil,
		boolean ngoStatusChecked, String seatMunicipality, List<String> municipalities, List<TargetGroup> targetGroups,
		List<String> services, String website, String email, String phone, String address, Integer staffCount,
		Integer volunteerCount, MembershipStatus membershipStatus, LocalDate memberSince, LocalDate asOf) {
}
