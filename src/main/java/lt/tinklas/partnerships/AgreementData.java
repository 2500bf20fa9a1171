package lt.tinklas.partnerships;

import java.time.LocalDate;

/**
 * What a cooperation agreement says: the municipality (ISO code such as LT-57), its status, when
 * it was signed and until when it is valid (empty: without end), who signed it and what it covers.
 */
public record AgreementData(String municipality, AgreementStatus status, LocalDate signedOn, LocalDate validUntil,
		String signatories, String scope) {
}
