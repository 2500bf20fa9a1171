package lt.tinklas.partnerships.web;

import java.time.LocalDate;

import lt.tinklas.partnerships.AgreementData;
import lt.tinklas.partnerships.AgreementStatus;
import lt.tinklas.partnerships.application.AgreementView;
import org.springframework.format.annotation.DateTimeFormat;

/** The agreement form as typed; a wrong date comes back with what was typed and its message. */
public record AgreementForm(
		String municipality,
		AgreementStatus status,
		@DateTimeFormat(iso = DateTimeFormat.ISO.DATE) LocalDate signedOn,
		@DateTimeFormat(iso = DateTimeFormat.ISO.DATE) LocalDate validUntil,
		String signatories,
		String scope,
		Long version) {

	/** A planned agreement, with the municipality it was opened from (or none). */
	static AgreementForm empty(String municipality) {
		return new AgreementForm(municipality, AgreementStatus.PLANNED, null, null, null, null, null);
	}

	static AgreementForm of(AgreementView agreement) {
		return new AgreementForm(agreement.municipality(), agreement.status(), agreement.signedOn(),
				agreement.validUntil(), agreement.signatories(), agreement.scope(), agreement.version());
	}

	AgreementData toData() {
		return new AgreementData(municipality, status, signedOn, validUntil, signatories, scope);
	}
}
