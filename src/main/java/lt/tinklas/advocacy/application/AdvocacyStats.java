package lt.tinklas.advocacy.application;

import java.math.BigDecimal;
import java.util.Map;

import lt.tinklas.advocacy.DocumentKind;
import lt.tinklas.advocacy.Outcome;

/**
 * The advocacy figures of a period: documents sent by kind, outcome, direction and institution;
 * the share partly or fully accepted among those answered (percent, null when none was answered);
 * meetings with decision makers; seats held; involvement meetings, the people present, the
 * proposals recorded and those that reached a position.
 */
public record AdvocacyStats(long positionsSent, Map<DocumentKind, Long> byKind, Map<Outcome, Long> byOutcome,
		Map<String, Long> byDirection, Map<String, Long> byInstitution, long answered, long accepted,
		BigDecimal acceptedShare, long decisionMakerMeetings, long seatsHeld, long involvementMeetings,
		long peoplePresent, long proposals, long proposalsInPositions) {
}
