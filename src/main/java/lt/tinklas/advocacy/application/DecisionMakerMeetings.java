package lt.tinklas.advocacy.application;

import java.time.LocalDate;
import java.util.Collection;
import java.util.List;
import java.util.Optional;

import lt.tinklas.advocacy.MeetingData;
import lt.tinklas.advocacy.domain.DecisionMakerMeeting;
import lt.tinklas.advocacy.domain.MeetingRecords;
import lt.tinklas.people.People;
import lt.tinklas.shared.history.FieldChange;
import lt.tinklas.shared.history.HistoryEntry;
import lt.tinklas.shared.history.RecordHistory;
import lt.tinklas.shared.web.Formats;
import lt.tinklas.shared.web.InvalidInputException;
import lt.tinklas.shared.web.NotFoundException;
import lt.tinklas.shared.web.OpeningYear;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/** Meetings with decision makers: the institution, the officials met, the network's people, the agreement. */
@Service
public class DecisionMakerMeetings {

	private final MeetingRecords meetings;
	private final AdvocacyLists lists;
	private final People people;
	private final RecordHistory history;

	DecisionMakerMeetings(MeetingRecords meetings, AdvocacyLists lists, People people, RecordHistory history) {
		this.meetings = meetings;
		this.lists = lists;
		this.people = people;
		this.history = history;
	}

	@Transactional
	public MeetingView create(MeetingData data) {
		check(data);
		DecisionMakerMeeting meeting = new DecisionMakerMeeting(data.heldOn(), data.institutionId(), data.topic());
		apply(meeting, data);
		return view(meetings.saveAndFlush(meeting));
	}

	@Transactional
	public MeetingView update(long id, long version, MeetingData data) {
		DecisionMakerMeeting meeting = find(id);
		meeting.checkVersion(version);
		check(data);
		apply(meeting, data);
		return view(meetings.saveAndFlush(meeting));
	}

	@Transactional(readOnly = true)
	public MeetingView get(long id) {
		return view(find(id));
	}

	/** The latest year up to the current one with a meeting, for the year a page opens on ({@link OpeningYear}). */
	@Transactional(readOnly = true)
	public Optional<Integer> lastYearHeld() {
		return meetings.lastHeldOnOrBefore(OpeningYear.endOfThisYear()).map(LocalDate::getYear);
	}

	/** Meetings held in the period, the latest first. */
	@Transactional(readOnly = true)
	public List<MeetingView> heldBetween(LocalDate from, LocalDate to) {
		return meetings.heldBetween(from, to).stream().map(DecisionMakerMeetings::view).toList();
	}

	@Transactional(readOnly = true)
	public List<HistoryEntry> history(long id) {
		find(id);
		return history.of(DecisionMakerMeeting.class, id);
	}

	@Transactional(readOnly = true)
	public List<FieldChange> changedSince(long id, long version) {
		find(id);
		return history.changedSince(DecisionMakerMeeting.class, id, version);
	}

	private void check(MeetingData data) {
		lists.checkKnown("institutionId", List.of(data.institutionId()), true);
		lists.checkKnown("directions", data.directions(), false);
		checkPeople("officials", data.officials());
		checkPeople("representatives", data.representatives());
		if (data.heldOn().isAfter(LocalDate.now(Formats.VILNIUS).plusYears(1))) {
			throw InvalidInputException.of("heldOn", "common.error.future");
		}
	}

	private void checkPeople(String field, Collection<Long> ids) {
		for (Long id : ids) {
			try {
				people.get(id);
			}
			catch (NotFoundException e) {
				throw InvalidInputException.of(field, "workingGroup.error.unknownPerson", id);
			}
		}
	}

	private static void apply(DecisionMakerMeeting meeting, MeetingData data) {
		meeting.update(data.heldOn(), data.institutionId(), data.topic(), data.agreed(), data.officials(),
				data.representatives(), data.directions());
	}

	private DecisionMakerMeeting find(long id) {
		return meetings.findById(id).orElseThrow(() -> new NotFoundException("Meeting"));
	}

	static MeetingView view(DecisionMakerMeeting m) {
		return new MeetingView(m.getId(), m.getVersion(), m.getHeldOn(), m.getInstitutionId(), m.getTopic(),
				m.getAgreed(), m.getOfficialIds().stream().sorted().toList(),
				m.getRepresentativeIds().stream().sorted().toList(), m.getDirectionIds().stream().sorted().toList());
	}
}
