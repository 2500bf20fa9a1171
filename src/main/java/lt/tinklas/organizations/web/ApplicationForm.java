package lt.tinklas.organizations.web;

import java.time.LocalDate;

import lt.tinklas.organizations.ApplicationData;
import lt.tinklas.organizations.LegalForm;

/** The public application form as typed. */
public record ApplicationForm(
		String legalCode,
		String name,
		LegalForm legalForm,
		LocalDate foundedOn,
		LocalDate ngoStatusSince,
		LocalDate ngoStatusUntil,
		String seatMunicipality,
		String email,
		String contactName,
		String contactEmail,
		String statement,
		String invitationCode) {

	/** A new application's form: of an association, answering the invitation whose code the link carried. */
	static ApplicationForm empty(String invitationCode) {
		return new ApplicationForm(null, null, LegalForm.ASSOCIATION, null, null, null, null, null, null, null, null,
				invitationCode);
	}

	ApplicationData toData() {
		return new ApplicationData(legalCode == null ? "" : legalCode.strip(), name, legalForm, foundedOn,
				ngoStatusSince, ngoStatusUntil, seatMunicipality, email, contactName, contactEmail, statement, null,
				invitationCode);
	}
}
