package lt.tinklas.advocacy.web;

import java.time.LocalDate;
import java.util.Collection;
import java.util.LinkedHashMap;
import java.util.Map;

import lt.tinklas.advocacy.application.AdvocacyLists;
import lt.tinklas.advocacy.application.DecisionMakerMeetings;
import lt.tinklas.advocacy.application.Positions;
import lt.tinklas.advocacy.application.WorkingGroups;
import lt.tinklas.people.People;
import lt.tinklas.shared.web.NetworkContext;
import org.springframework.context.i18n.LocaleContextHolder;
import org.springframework.stereotype.Component;
import org.springframework.ui.Model;

/** The names the advocacy pages show and offer in their choices. */
@Component
class Choices {

	private final AdvocacyLists lists;
	private final WorkingGroups groups;
	private final People people;
	private final Positions positions;
	private final DecisionMakerMeetings meetings;

	Choices(AdvocacyLists lists, WorkingGroups groups, People people, Positions positions,
			DecisionMakerMeetings meetings) {
		this.lists = lists;
		this.groups = groups;
		this.people = people;
		this.positions = positions;
		this.meetings = meetings;
	}

	static String language() {
		return LocaleContextHolder.getLocale().getLanguage();
	}

	void institutionsAndDirections(Model model) {
		model.addAttribute("institutionNames", lists.institutionNames(language()));
		model.addAttribute("directionNames", lists.directionNames(language()));
	}

	void groups(Model model) {
		model.addAttribute("groupNames", groups.names());
	}

	/** The network's people to choose from ("personChoices"): listed while few, searched as one types when many. */
	void people(Model model) {
		model.addAttribute("personChoices", people.choices(NetworkContext.path("/people/choices")));
	}

	/** The names ("Last First") of the people a page shows ("personNames"), only those. */
	void namesOf(Model model, Collection<Long> personIds) {
		model.addAttribute("personNames", people.listNames(personIds));
	}

	void positions(Model model) {
		model.addAttribute("positionTitles", positions.titles());
	}

	void meetings(Model model) {
		Map<Long, String> names = new LinkedHashMap<>();
		Map<Long, String> institutions = lists.institutionNames(language());
		meetings.heldBetween(LocalDate.of(1990, 1, 1), LocalDate.of(2999, 12, 31))
			.forEach(m -> names.put(m.id(), m.heldOn() + " " + institutions.get(m.institutionId()) + ": " + m.topic()));
		model.addAttribute("meetingNames", names);
	}
}
