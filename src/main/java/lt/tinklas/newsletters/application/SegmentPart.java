package lt.tinklas.newsletters.application;

import java.time.LocalDate;
import java.util.List;

import io.swagger.v3.oas.annotations.media.Schema;
import lt.tinklas.events.EventType;
import lt.tinklas.organizations.MembershipStatus;
import lt.tinklas.organizations.TargetGroup;
import lt.tinklas.support.QualityStage;

/**
 * One part of a segment: who it selects, and whether it adds them or takes them out. Only the fields
 * of its type count; an empty field does not narrow.
 */
@Schema(description = "A part of a segment. type: ORGANIZATION_CONTACTS (the people working at member organizations, "
		+ "narrowed by county, municipality (ISO codes such as LT-13), targetGroup, membershipStatus on the day 'on' "
		+ "(today when empty) and qualityStage), WORKING_GROUP (the members today of workingGroupId, of every group "
		+ "when empty), EVENT_ATTENDEES (who attended events of eventType, of every type when empty, starting "
		+ "between from and to), CONSENT (people with a current consent of consentKindId), BOARD (the people of the "
		+ "network's board accounts), LIST (the people with the given emails). exclude: true takes the part's "
		+ "people out of the segment (false when absent).")
public record SegmentPart(PartType type, Boolean exclude, String county, String municipality, TargetGroup targetGroup,
		MembershipStatus membershipStatus, LocalDate on, QualityStage qualityStage, Long workingGroupId,
		EventType eventType, LocalDate from, LocalDate to, Long consentKindId, List<String> emails) {

	/** The kinds of parts a segment is built from. */
	public enum PartType {
		ORGANIZATION_CONTACTS, WORKING_GROUP, EVENT_ATTENDEES, CONSENT, BOARD, LIST
	}

	public SegmentPart {
		exclude = Boolean.TRUE.equals(exclude);
		emails = emails == null ? List.of() : List.copyOf(emails);
	}
}
