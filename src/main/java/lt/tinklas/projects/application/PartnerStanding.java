package lt.tinklas.projects.application;

import java.time.LocalDate;
import java.util.List;
import java.util.Locale;

import lt.tinklas.organizations.OrganizationStanding;
import lt.tinklas.projects.domain.ProjectRecords;
import lt.tinklas.shared.tenancy.NetworkLookup;
import lt.tinklas.shared.tenancy.Tenancy;
import lt.tinklas.shared.web.Formats;
import org.springframework.context.MessageSource;
import org.springframework.core.annotation.Order;
import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Transactional;

/** The projects an organization is a partner of, the latest first, for its page's overview. */
@Component
@Order(40)
class PartnerStanding implements OrganizationStanding {

	private static final Formats FORMATS = new Formats();

	private final ProjectRecords projects;
	private final MessageSource messages;
	private final NetworkLookup networks;

	PartnerStanding(ProjectRecords projects, MessageSource messages, NetworkLookup networks) {
		this.projects = projects;
		this.messages = messages;
		this.networks = networks;
	}

	@Override
	public String heading(Locale locale) {
		return messages.getMessage("project.standing.heading", null, locale);
	}

	@Override
	@Transactional(readOnly = true)
	public List<Line> linesFor(long organizationId, Locale locale) {
		String base = "/n/" + networks.slugOf(Tenancy.require()) + "/projects/";
		boolean english = "en".equals(locale.getLanguage());
		return projects.partneredBy(organizationId)
			.stream()
			.map(row -> new Line(english && row[2] != null && !((String) row[2]).isBlank() ? (String) row[2] : (String) row[1],
					(row[3] == null ? "" : FORMATS.date((LocalDate) row[3])) + " – "
							+ (row[4] == null ? "" : FORMATS.date((LocalDate) row[4])),
					base + row[0]))
			.toList();
	}
}
