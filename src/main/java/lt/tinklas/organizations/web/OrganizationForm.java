package lt.tinklas.organizations.web;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;

import lt.tinklas.organizations.LegalForm;
import lt.tinklas.organizations.OrganizationData;
import lt.tinklas.organizations.OrganizationView;
import lt.tinklas.organizations.TargetGroup;

/** The organization form as typed; lists left unchosen are empty. */
public record OrganizationForm(
		String legalCode,
		String name,
		String shortName,
		LegalForm legalForm,
		LocalDate foundedOn,
		LocalDate ngoStatusSince,
		LocalDate ngoStatusUntil,
		String seatMunicipality,
		List<String> municipalities,
		List<TargetGroup> targetGroups,
		String services,
		String website,
		String email,
		String phone,
		String address,
		Integer staffCount,
		Integer volunteerCount,
		LocalDate memberSince,
		String privateNotes,
		Long version) {

	public OrganizationForm {
		municipalities = municipalities == null ? List.of() : municipalities;
		targetGroups = targetGroups == null ? List.of() : targetGroups;
	}

	/** A new organization's form: an association. */
	static OrganizationForm empty() {
		return new OrganizationForm(null, null, null, LegalForm.ASSOCIATION, null, null, null, null, null, null, null,
				null, null, null, null, null, null, null, null, null);
	}

	/** The organization's form, with its private notes for those who may read them (else none). */
	static OrganizationForm of(OrganizationView o, String notes) {
		return new OrganizationForm(o.legalCode(), o.name(), o.shortName(), o.legalForm(), o.foundedOn(),
				o.ngoStatusSince(), o.ngoStatusUntil(), o.seatMunicipality(), new ArrayList<>(o.municipalities()),
				new ArrayList<>(o.targetGroups()), String.join("\n", o.services()), o.website(), o.email(), o.phone(),
				o.address(), o.staffCount(), o.volunteerCount(), null, notes, o.version());
	}

	OrganizationData toData() {
		return new OrganizationData(legalCode == null ? "" : legalCode, name, shortName, legalForm, foundedOn,
				ngoStatusSince, ngoStatusUntil, seatMunicipality, municipalities, targetGroups,
				services == null ? List.of() : Arrays.asList(services.split("\\R")), website, email, phone, address,
				staffCount, volunteerCount, memberSince, version);
	}
}
