package lt.tinklas.partnerships;

/** Where a cooperation agreement with a municipality stands. */
public enum AgreementStatus {
	PLANNED, NEGOTIATING, SIGNED, ENDED;

	/** Signed and ended agreements have a signed period; planned and negotiated ones do not yet. */
	public boolean hasSignedPeriod() {
		return this == SIGNED || this == ENDED;
	}
}
