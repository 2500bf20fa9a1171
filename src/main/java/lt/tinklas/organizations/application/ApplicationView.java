package lt.tinklas.organizations.application;

import java.time.LocalDate;
import java.util.List;

import lt.tinklas.organizations.DecidedBy;
import lt.tinklas.organizations.LegalForm;

/** An application with its eligibility (reasons as message keys), decision and the invitation it answers. */
public record ApplicationView(long id, String legalCode, String name, LegalForm legalForm, LocalDate foundedOn,
		LocalDate ngoStatusSince, LocalDate ngoStatusUntil, String seatMunicipality, String email, String contactName,
		String contactEmail, String statement, LocalDate appliedOn, boolean eligible, List<String> reasons,
		ApplicationStatus status, LocalDate decidedOn, DecidedBy decidedBy, String reference, String reason,
		Long organizationId, String invitationCode) {
}
