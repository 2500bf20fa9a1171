package lt.tinklas.organizations;

import java.time.LocalDate;

import jakarta.validation.constraints.Email;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.Size;
import lt.tinklas.organizations.application.ValidLegalCode;

/**
 * An application from the public form or the API: the organization, a contact person, a statement,
 * and the code of the invitation it answers (a campaign's or one letter's), when it names one.
 */
public record ApplicationData(
		@NotBlank @ValidLegalCode String legalCode,
		@NotBlank @Size(max = 300) String name,
		LegalForm legalForm,
		LocalDate foundedOn,
		LocalDate ngoStatusSince,
		LocalDate ngoStatusUntil,
		String seatMunicipality,
		@Email @Size(max = 320) String email,
		@NotBlank @Size(max = 200) String contactName,
		@NotBlank @Email @Size(max = 320) String contactEmail,
		@Size(max = 5000) String statement,
		LocalDate appliedOn,
		@Size(max = 30) String invitationCode) {
}
