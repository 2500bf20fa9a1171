package lt.tinklas.support.application;

import java.time.LocalDate;
import java.util.List;
import java.util.Locale;

import lt.tinklas.identity.SignedInUser;
import lt.tinklas.organizations.OrganizationStanding;
import lt.tinklas.people.PeopleAccess;
import lt.tinklas.shared.tenancy.NetworkLookup;
import lt.tinklas.shared.tenancy.Tenancy;
import lt.tinklas.shared.web.Formats;
import lt.tinklas.support.ConsultationTopic;
import lt.tinklas.support.domain.ConsultationRecords;
import org.springframework.context.MessageSource;
import org.springframework.core.annotation.Order;
import org.springframework.security.core.context.SecurityContextHolder;
import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Transactional;

/**
 * An organization's consultations, the latest first, for its page's overview; a member
 * representative sees those of their own organization only, as on the consultations list.
 */
@Component
@Order(30)
class ConsultationStanding implements OrganizationStanding {

	private static final Formats FORMATS = new Formats();

	private final ConsultationRecords consultations;
	private final MessageSource messages;
	private final NetworkLookup networks;
	private final PeopleAccess access;

	ConsultationStanding(ConsultationRecords consultations, MessageSource messages, NetworkLookup networks,
			PeopleAccess access) {
		this.consultations = consultations;
		this.messages = messages;
		this.networks = networks;
		this.access = access;
	}

	@Override
	public String heading(Locale locale) {
		return messages.getMessage("consultation.standing.heading", null, locale);
	}

	@Override
	@Transactional(readOnly = true)
	public List<Line> linesFor(long organizationId, Locale locale) {
		if (SecurityContextHolder.getContext().getAuthentication().getPrincipal() instanceof SignedInUser user) {
			Long only = access.limitedTo(user);
			if (only != null && only != organizationId) {
				return List.of();
			}
		}
		String base = "/n/" + networks.slugOf(Tenancy.require()) + "/consultations/";
		return consultations.heldWith(organizationId)
			.stream()
			.map(row -> new Line(FORMATS.date((LocalDate) row[1]),
					messages.getMessage("consultationTopic." + ((ConsultationTopic) row[2]).name(), null, locale),
					base + row[0]))
			.toList();
	}
}
