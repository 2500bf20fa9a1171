package lt.tinklas.partnerships.web;

import java.time.LocalDate;

import lt.tinklas.partnerships.AgreementData;
import lt.tinklas.partnerships.AgreementStatus;
import lt.tinklas.partnerships.application.AgreementView;
import org.springframework.format.annotation.DateTimeFormat;

/** The agreement form as typed; a wrong date comes back with what was typed and its message. */
public class AgreementForm {

	private String municipality;
	private AgreementStatus status = AgreementStatus.PLANNED;
	@DateTimeFormat(iso = DateTimeFormat.ISO.DATE)
	private LocalDate signedOn;
	@DateTimeFormat(iso = DateTimeFormat.ISO.DATE)
	private LocalDate validUntil;
	private String signatories;
	private String scope;
	private Long version;

	static AgreementForm of(AgreementView agreement) {
		AgreementForm form = new AgreementForm();
		form.municipality = agreement.municipality();
		form.status = agreement.status();
		form.signedOn = agreement.signedOn();
		form.validUntil = agreement.validUntil();
		form.signatories = agreement.signatories();
		form.scope = agreement.scope();
		form.version = agreement.version();
		return form;
	}

	AgreementData toData() {
		return new AgreementData(municipality, status, signedOn, validUntil, signatories, scope);
	}

	public String getMunicipality() {
		return municipality;
	}

	public void setMunicipality(String municipality) {
		this.municipality = municipality;
	}

	public AgreementStatus getStatus() {
		return status;
	}

	public void setStatus(AgreementStatus status) {
		this.status = status;
	}

	public LocalDate getSignedOn() {
		return signedOn;
	}

	public void setSignedOn(LocalDate signedOn) {
		this.signedOn = signedOn;
	}

	public LocalDate getValidUntil() {
		return validUntil;
	}

	public void setValidUntil(LocalDate validUntil) {
		this.validUntil = validUntil;
	}

	public String getSignatories() {
		return signatories;
	}

	public void setSignatories(String signatories) {
		this.signatories = signatories;
	}

	public String getScope() {
		return scope;
	}

	public void setScope(String scope) {
		this.scope = scope;
	}

	public Long getVersion() {
		return version;
	}

	public void setVersion(Long version) {
		this.version = version;
	}
}
