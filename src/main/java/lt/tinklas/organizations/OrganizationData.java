package lt.tinklas.organizations;

import java.time.LocalDate;
import java.util.List;

import jakarta.validation.constraints.Email;
import jakarta.validation.constraints.Min;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.Pattern;
import jakarta.validation.constraints.Size;
import lt.tinklas.shared.text.WebLinks;
import lt.tinklas.organizations.application.ValidLegalCode;

/**
 * An organization as the API and the forms take it. Municipalities are ISO 3166-2 codes (LT-41);
 * {@code memberSince}, on create only, makes it a member from that day.
 */
public record OrganizationData(
		@NotBlank @ValidLegalCode String legalCode,
		@NotBlank @Size(max = 300) String name,
		@Size(max = 100) String shortName,
		LegalForm legalForm,
		LocalDate foundedOn,
		LocalDate ngoStatusSince,
		LocalDate ngoStatusUntil,
		String seatMunicipality,
		List<String> municipalities,
		List<TargetGroup> targetGroups,
		List<@Size(max = 300) String> services,
		@Size(max = 300) @Pattern(regexp = WebLinks.PATTERN, message = "{validation.url}") String website,
		@Email @Size(max = 320) String email,
		@Size(max = 40) String phone,
		@Size(max = 300) String address,
		@Min(0) Integer staffCount,
		@Min(0) Integer volunteerCount,
		LocalDate memberSince,
		Long version) {

	public OrganizationData {
		municipalities = municipalities == null ? List.of()
				: municipalities.stream().filter(m -> m != null && !m.isBlank()).map(String::strip).distinct().toList();
		targetGroups = targetGroups == null ? List.of() : targetGroups.stream().distinct().toList();
		services = services == null ? List.of()
				: services.stream().filter(s -> s != null && !s.isBlank()).map(String::strip).toList();
	}
}
