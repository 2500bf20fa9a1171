package lt.tinklas.support.application;

import java.util.List;
import java.util.Locale;

import lt.tinklas.organizations.OrganizationStanding;
import lt.tinklas.shared.tenancy.NetworkLookup;
import lt.tinklas.shared.tenancy.Tenancy;
import lt.tinklas.support.QualityStandards;
import org.springframework.context.MessageSource;
import org.springframework.stereotype.Component;

/** An organization's current stage in each quality standard, for its page in the directory. */
@Component
class QualityStanding implements OrganizationStanding {

	private final QualityStandards standards;
	private final MessageSource messages;
	private final NetworkLookup networks;

	QualityStanding(QualityStandards standards, MessageSource messages, NetworkLookup networks) {
		this.standards = standards;
		this.messages = messages;
		this.networks = networks;
	}

	@Override
	public String heading(Locale locale) {
		return messages.getMessage("quality.standing.heading", null, locale);
	}

	@Override
	public boolean keyFact() {
		return true;
	}

	@Override
	public List<Line> linesFor(long organizationId, Locale locale) {
		String path = "/n/" + networks.slugOf(Tenancy.require()) + "/quality/organizations/" + organizationId;
		return standards.currentStages(organizationId)
			.stream()
			.map(stage -> new Line(stage.standard() + (stage.level() == null ? "" : " (" + stage.level() + ")"),
					messages.getMessage("qualityStage." + stage.stage(), null, locale) + " · "
							+ messages.getMessage("quality.standing.since", new Object[] { String.valueOf(stage.since()) }, locale),
					path))
			.toList();
	}
}
