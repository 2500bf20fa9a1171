package lt.tinklas.events.application;

import java.util.List;
import java.util.Locale;

import lt.tinklas.events.ParticipationStatus;
import lt.tinklas.events.domain.ParticipationRecords;
import lt.tinklas.organizations.OrganizationStanding;
import org.springframework.context.MessageSource;
import org.springframework.core.annotation.Order;
import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Transactional;

/** How many of an organization's people attended the network's events, year by year, for its page's overview. */
@Component
@Order(20)
class ParticipationStanding implements OrganizationStanding {

	private final ParticipationRecords participations;
	private final MessageSource messages;

	ParticipationStanding(ParticipationRecords participations, MessageSource messages) {
		this.participations = participations;
		this.messages = messages;
	}

	@Override
	public String heading(Locale locale) {
		return messages.getMessage("participation.standing.heading", null, locale);
	}

	@Override
	@Transactional(readOnly = true)
	public List<Line> linesFor(long organizationId, Locale locale) {
		return participations.yearsOf(organizationId, ParticipationStatus.ATTENDED)
			.stream()
			.map(row -> new Line(String.valueOf(((Number) row[0]).intValue()),
					messages.getMessage("participation.standing.line",
							new Object[] { String.valueOf(((Number) row[1]).longValue()),
									String.valueOf(((Number) row[2]).longValue()) }, locale),
					null))
			.toList();
	}
}
