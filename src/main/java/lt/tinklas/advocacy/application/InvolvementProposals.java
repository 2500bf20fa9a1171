package lt.tinklas.advocacy.application;

import java.util.List;

import lt.tinklas.advocacy.domain.Proposal;
import lt.tinklas.advocacy.domain.ProposalRecords;
import lt.tinklas.events.EventType;
import lt.tinklas.events.EventView;
import lt.tinklas.events.Events;
import lt.tinklas.organizations.Municipalities;
import lt.tinklas.shared.history.HistoryEntry;
import lt.tinklas.shared.history.RecordHistory;
import lt.tinklas.shared.web.InvalidInputException;
import lt.tinklas.shared.web.NotFoundException;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * The voice of people experiencing poverty: the experiences and proposals raised at involvement
 * meetings, never with names or contact details, and the positions they went into.
 */
@Service
public class InvolvementProposals {

	private final ProposalRecords proposals;
	private final Events events;
	private final Positions positions;
	private final Municipalities municipalities;
	private final RecordHistory history;

	InvolvementProposals(ProposalRecords proposals, Events events, Positions positions, Municipalities municipalities,
			RecordHistory history) {
		this.proposals = proposals;
		this.events = events;
		this.positions = positions;
		this.municipalities = municipalities;
		this.history = history;
	}

	/**
	 * Records a proposal raised at an involvement meeting. A text that looks like it holds an
	 * e-mail, a phone number or a personal code is refused unless the one recording it confirms it
	 * holds no personal data.
	 */
	@Transactional
	public ProposalView record(long eventId, String text, String theme, String municipality,
			boolean confirmNoPersonalData) {
		EventView event = events.get(eventId);
		if (event.type() != EventType.INVOLVEMENT_MEETING) {
			throw InvalidInputException.of("eventId", "proposal.error.notInvolvementMeeting");
		}
		if (text == null || text.isBlank()) {
			throw InvalidInputException.of("text", "jakarta.validation.constraints.NotBlank.message");
		}
		if (text.length() > 4000) {
			throw InvalidInputException.of("text", "common.error.tooLong", 4000);
		}
		if (theme != null && theme.length() > 200) {
			throw InvalidInputException.of("theme", "common.error.tooLong", 200);
		}
		if (municipality != null && !municipality.isBlank() && municipalities.byIso(municipality).isEmpty()) {
			throw InvalidInputException.of("municipality", "institution.error.municipality", municipality);
		}
		List<PersonalData.Kind> spotted = PersonalData.spotted(text);
		if (!spotted.isEmpty() && !confirmNoPersonalData) {
			throw new PersonalDataSuspected(spotted);
		}
		return view(proposals.saveAndFlush(new Proposal(eventId, text, theme, municipality)));
	}

	/** Records that a proposal went into a position (once). */
	@Transactional
	public ProposalView link(long proposalId, long positionId) {
		Proposal proposal = find(proposalId);
		if (!positions.exists(positionId)) {
			throw new NotFoundException("Position");
		}
		proposal.fed(positionId);
		return view(proposals.saveAndFlush(proposal));
	}

	@Transactional(readOnly = true)
	public ProposalView get(long id) {
		return view(find(id));
	}

	@Transactional(readOnly = true)
	public List<ProposalView> ofEvent(long eventId) {
		return proposals.findByEventIdOrderById(eventId).stream().map(InvolvementProposals::view).toList();
	}

	/** The proposals behind a position. */
	@Transactional(readOnly = true)
	public List<ProposalView> behind(long positionId) {
		return proposals.feeding(positionId).stream().map(InvolvementProposals::view).toList();
	}

	@Transactional(readOnly = true)
	public List<HistoryEntry> history(long id) {
		find(id);
		return history.of(Proposal.class, id);
	}

	/** Thrown when a proposal's text looks like it holds personal data and nobody confirmed it does not. */
	public static class PersonalDataSuspected extends InvalidInputException {

		private final List<PersonalData.Kind> kinds;

		PersonalDataSuspected(List<PersonalData.Kind> kinds) {
			super(List.of(new FieldError("text", "proposal.warning.personalData", new Object[0])));
			this.kinds = List.copyOf(kinds);
		}

		public List<PersonalData.Kind> kinds() {
			return kinds;
		}
	}

	private Proposal find(long id) {
		return proposals.findById(id).orElseThrow(() -> new NotFoundException("Proposal"));
	}

	static ProposalView view(Proposal p) {
		return new ProposalView(p.getId(), p.getEventId(), p.getText(), p.getTheme(), p.getMunicipality(),
				p.getPositionIds().stream().sorted().toList());
	}
}
