package lt.tinklas.organizations;

import java.time.LocalDate;

/**
 * An application that names an invitation code: who applied, when, from where, and what was
 * decided (the organization it made a member when accepted).
 */
public record InvitedApplication(long id, String invitationCode, String legalCode, String name,
		String seatMunicipality, LocalDate appliedOn, boolean accepted, boolean rejected, LocalDate decidedOn,
		Long organizationId) {
}
