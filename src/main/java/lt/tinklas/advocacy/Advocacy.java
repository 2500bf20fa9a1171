package lt.tinklas.advocacy;

import java.time.LocalDate;

import lt.tinklas.advocacy.application.AdvocacyLists;
import lt.tinklas.advocacy.application.CouncilSeats;
import lt.tinklas.advocacy.application.DecisionMakerMeetings;
import lt.tinklas.advocacy.application.InvolvementProposals;
import lt.tinklas.advocacy.application.Positions;
import lt.tinklas.advocacy.application.WorkingGroups;
import org.springframework.stereotype.Service;

/**
 * The advocacy module's one face to other modules: records of the current network by their data,
 * each answered with the new record's id. The module's own pages and API use the services behind
 * it, which keep every rule (register numbers, outcomes, personal data in proposals).
 */
@Service
public class Advocacy {

	private final AdvocacyLists lists;

	private final WorkingGroups groups;

	private final Positions positions;

	private final DecisionMakerMeetings meetings;

	private final CouncilSeats seats;

	private final InvolvementProposals proposals;

	Advocacy(AdvocacyLists lists, WorkingGroups groups, Positions positions, DecisionMakerMeetings meetings,
			CouncilSeats seats, InvolvementProposals proposals) {
		this.lists = lists;
		this.groups = groups;
		this.positions = positions;
		this.meetings = meetings;
		this.seats = seats;
		this.proposals = proposals;
	}

	/** An institution positions are addressed to; {@code municipality} is an ISO code or null. */
	public long addInstitution(String name, String nameEn, InstitutionKind kind, String municipality) {
		return lists.addInstitution(name, nameEn, kind, municipality).id();
	}

	/** A priority direction of the network's advocacy. */
	public long addDirection(String name, String nameEn) {
		return lists.addDirection(name, nameEn).id();
	}

	/** A working group with its members over time. */
	public long addWorkingGroup(WorkingGroupData data) {
		return groups.create(data).id();
	}

	/** A meeting with decision makers. */
	public long recordMeeting(MeetingData data) {
		return meetings.create(data).id();
	}

	/** A position or letter, sent (and given the next register number) when {@code sentOn} is set. */
	public long addPosition(PositionData data, LocalDate sentOn) {
		return positions.create(data, sentOn).id();
	}

	/** The answer to a sent position. */
	public void recordOutcome(long position, Outcome outcome, LocalDate on, String note) {
		positions.recordOutcome(position, outcome, on, note);
	}

	/** A seat in a national or municipal body. */
	public long addSeat(SeatData data) {
		return seats.create(data).id();
	}

	/** A proposal raised at an involvement meeting; its text must hold no personal data. */
	public long recordProposal(long event, String text, String theme, String municipality) {
		return proposals.record(event, text, theme, municipality, false).id();
	}

	/** Traces a proposal into the position that carried it. */
	public void linkProposal(long proposal, long position) {
		proposals.link(proposal, position);
	}

}
