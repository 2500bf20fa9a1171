package lt.tinklas.partnerships.application;

import java.time.LocalDate;
import java.util.List;
import java.util.Locale;

import lt.tinklas.organizations.Municipalities;
import lt.tinklas.organizations.OrganizationStanding;
import lt.tinklas.organizations.Organizations;
import lt.tinklas.partnerships.AgreementStatus;
import lt.tinklas.partnerships.domain.MunicipalAgreementRecords;
import lt.tinklas.shared.security.RoleGroup;
import lt.tinklas.shared.tenancy.NetworkLookup;
import lt.tinklas.shared.tenancy.Tenancy;
import lt.tinklas.shared.web.Formats;
import org.springframework.context.MessageSource;
import org.springframework.core.annotation.Order;
import org.springframework.security.core.context.SecurityContextHolder;
import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Transactional;

/**
 * The network's agreements with the municipality where an organization has its seat, for its page's
 * overview; shown to those who read the agreements (not to member representatives).
 */
@Component
@Order(35)
class AgreementStanding implements OrganizationStanding {

	private static final Formats FORMATS = new Formats();

	private final MunicipalAgreementRecords agreements;
	private final Organizations organizations;
	private final Municipalities municipalities;
	private final MessageSource messages;
	private final NetworkLookup networks;

	AgreementStanding(MunicipalAgreementRecords agreements, Organizations organizations, Municipalities municipalities,
			MessageSource messages, NetworkLookup networks) {
		this.agreements = agreements;
		this.organizations = organizations;
		this.municipalities = municipalities;
		this.messages = messages;
		this.networks = networks;
	}

	@Override
	public String heading(Locale locale) {
		return messages.getMessage("agreement.standing.heading", null, locale);
	}

	@Override
	@Transactional(readOnly = true)
	public List<Line> linesFor(long organizationId, Locale locale) {
		if (!RoleGroup.READERS.includes(SecurityContextHolder.getContext().getAuthentication().getAuthorities())) {
			return List.of();
		}
		String seat = organizations.get(organizationId, null).seatMunicipality();
		if (seat == null || seat.isBlank()) {
			return List.of();
		}
		String base = "/n/" + networks.slugOf(Tenancy.require()) + "/municipal-agreements/";
		String name = municipalities.name(seat);
		return agreements.summariesFor(seat)
			.stream()
			.map(row -> new Line(name,
					messages.getMessage("agreementStatus." + ((AgreementStatus) row[1]).name(), null, locale)
							+ (row[2] == null ? "" : " · " + FORMATS.date((LocalDate) row[2]))
							+ (row[3] == null ? "" : " – " + FORMATS.date((LocalDate) row[3])),
					base + row[0]))
			.toList();
	}
}
