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
		String statement) {

	/** A new application's form: of an association. */
	static ApplicationForm empty() {
		return new ApplicationForm(null, null, LegalForm.ASSOCIATION, null, null, null, null, null, null, null, null);
	}

	ApplicationData toData() {
		return new ApplicationData(legalCode == null ? "" : legalCode.strip(), name, legalForm, foundedOn,
				ngoStatusSince, ngoStatusUntil, seatMunicipality, email, contactName, contactEmail, statement, null);
	}
}
