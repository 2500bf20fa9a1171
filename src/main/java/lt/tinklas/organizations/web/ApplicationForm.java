package lt.tinklas.organizations.web;

import java.time.LocalDate;

import lt.tinklas.organizations.ApplicationData;
import lt.tinklas.organizations.LegalForm;

/** The public application form as typed. */
public class ApplicationForm {

	private String legalCode;
	private String name;
	private LegalForm legalForm = LegalForm.ASSOCIATION;
	private LocalDate foundedOn;
	private LocalDate ngoStatusSince;
	private LocalDate ngoStatusUntil;
	private String seatMunicipality;
	private String email;
	private String contactName;
	private String contactEmail;
	private String statement;

	ApplicationData toData() {
		return new ApplicationData(legalCode == null ? "" : legalCode.strip(), name, legalForm, foundedOn,
				ngoStatusSince, ngoStatusUntil, seatMunicipality, email, contactName, contactEmail, statement, null);
	}

	public String getLegalCode() {
		return legalCode;
	}

	public void setLegalCode(String legalCode) {
		this.legalCode = legalCode;
	}

	public String getName() {
		return name;
	}

	public void setName(String name) {
		this.name = name;
	}

	public LegalForm getLegalForm() {
		return legalForm;
	}

	public void setLegalForm(LegalForm legalForm) {
		this.legalForm = legalForm;
	}

	public LocalDate getFoundedOn() {
		return foundedOn;
	}

	public void setFoundedOn(LocalDate foundedOn) {
		this.foundedOn = foundedOn;
	}

	public LocalDate getNgoStatusSince() {
		return ngoStatusSince;
	}

	public void setNgoStatusSince(LocalDate ngoStatusSince) {
		this.ngoStatusSince = ngoStatusSince;
	}

	public LocalDate getNgoStatusUntil() {
		return ngoStatusUntil;
	}

	public void setNgoStatusUntil(LocalDate ngoStatusUntil) {
		this.ngoStatusUntil = ngoStatusUntil;
	}

	public String getSeatMunicipality() {
		return seatMunicipality;
	}

	public void setSeatMunicipality(String seatMunicipality) {
		this.seatMunicipality = seatMunicipality;
	}

	public String getEmail() {
		return email;
	}

	public void setEmail(String email) {
		this.email = email;
	}

	public String getContactName() {
		return contactName;
	}

	public void setContactName(String contactName) {
		this.contactName = contactName;
	}

	public String getContactEmail() {
		return contactEmail;
	}

	public void setContactEmail(String contactEmail) {
		this.contactEmail = contactEmail;
	}

	public String getStatement() {
		return statement;
	}

	public void setStatement(String statement) {
		this.statement = statement;
	}
}
