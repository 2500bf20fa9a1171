package lt.tinklas.advocacy.application;

import java.time.LocalDate;
import java.util.Collection;
import java.util.HashMap;
import java.util.Locale;
import java.util.Map;
import java.util.Set;

import lt.tinklas.shared.history.RecordNames;
import org.springframework.stereotype.Component;

/** Institutions, directions, positions, meetings with decision makers and working groups by name in histories. */
@Component
class AdvocacyNames implements RecordNames {

	private final AdvocacyLists lists;
	private final Positions positions;
	private final WorkingGroups groups;
	private final DecisionMakerMeetings meetings;

	AdvocacyNames(AdvocacyLists lists, Positions positions, WorkingGroups groups, DecisionMakerMeetings meetings) {
		this.lists = lists;
		this.positions = positions;
		this.groups = groups;
		this.meetings = meetings;
	}

	@Override
	public Set<String> kinds() {
		return Set.of("institution", "direction", "position", "workingGroup", "meeting");
	}

	@Override
	public Map<Object, String> names(String kind, Collection<?> ids, Locale locale) {
		Map<Long, String> all = switch (kind) {
			case "institution" -> lists.institutionNames(locale.getLanguage());
			case "direction" -> lists.directionNames(locale.getLanguage());
			case "position" -> positions.titles();
			case "meeting" -> meetingNames(locale);
			default -> groups.names();
		};
		return RecordNames.among(ids, all);
	}

	/** A meeting as its day, institution and topic: "2025-01-14 Ministerija: Pajamų rodikliai". */
	private Map<Long, String> meetingNames(Locale locale) {
		Map<Long, String> institutions = lists.institutionNames(locale.getLanguage());
		Map<Long, String> names = new HashMap<>();
		meetings.heldBetween(LocalDate.of(1990, 1, 1), LocalDate.of(2999, 12, 31))
			.forEach(m -> names.put(m.id(), m.heldOn() + " " + institutions.get(m.institutionId()) + ": " + m.topic()));
		return names;
	}
}
