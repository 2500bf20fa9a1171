package lt.tinklas.partnerships.application;

import java.time.LocalDate;

import lt.tinklas.partnerships.AgreementStatus;

/** A cooperation agreement as pages and the API show it, with the municipality's name and county. */
public record AgreementView(long id, long version, String municipality, String municipalityName, String countyIso,
		String countyName, AgreementStatus status, LocalDate signedOn, LocalDate validUntil, String signatories,
		String scope, String documentName) {

	/** In force on a day: signed on or before it and valid until it or later (or without end). */
	public boolean inForceOn(LocalDate day) {
		return status.hasSignedPeriod() && signedOn != null && !signedOn.isAfter(day)
				&& (validUntil == null || !validUntil.isBefore(day));
	}

	/**
	 * The status as it stands on a day: a signed agreement whose validity has run out counts as
	 * ended, though nobody has changed its status yet.
	 */
	public AgreementStatus statusOn(LocalDate day) {
		if (status == AgreementStatus.SIGNED && validUntil != null && validUntil.isBefore(day)) {
			return AgreementStatus.ENDED;
		}
		return status;
	}

	public boolean hasDocument() {
		return documentName != null;
	}
}
