package lt.tinklas.advocacy.application;

import java.time.LocalDate;
import java.util.List;

import lt.tinklas.advocacy.SeatData;
import lt.tinklas.advocacy.domain.CouncilSeat;
import lt.tinklas.advocacy.domain.SeatRecords;
import lt.tinklas.people.People;
import lt.tinklas.shared.history.FieldChange;
import lt.tinklas.shared.history.HistoryEntry;
import lt.tinklas.shared.history.RecordHistory;
import lt.tinklas.shared.web.InvalidInputException;
import lt.tinklas.shared.web.NotFoundException;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/** The network's seats in national councils, committees and working groups. */
@Service
public class CouncilSeats {

	private final SeatRecords seats;
	private final AdvocacyLists lists;
	private final People people;
	private final RecordHistory history;

	CouncilSeats(SeatRecords seats, AdvocacyLists lists, People people, RecordHistory history) {
		this.seats = seats;
		this.lists = lists;
		this.people = people;
		this.history = history;
	}

	@Transactional
	public SeatView create(SeatData data) {
		check(data);
		return view(seats.saveAndFlush(new CouncilSeat(data.institutionId(), data.body(), data.personId(), data.role(),
				data.from(), data.until(), data.act())));
	}

	@Transactional
	public SeatView update(long id, long version, SeatData data) {
		CouncilSeat seat = find(id);
		seat.checkVersion(version);
		check(data);
		seat.update(data.institutionId(), data.body(), data.personId(), data.role(), data.from(), data.until(),
				data.act());
		return view(seats.saveAndFlush(seat));
	}

	@Transactional(readOnly = true)
	public SeatView get(long id) {
		return view(find(id));
	}

	/** Seats held on the day. */
	@Transactional(readOnly = true)
	public List<SeatView> heldOn(LocalDate day) {
		return heldDuring(day, day);
	}

	/** Seats held on at least one day of the period (both ends included), by body. */
	@Transactional(readOnly = true)
	public List<SeatView> heldDuring(LocalDate from, LocalDate to) {
		return seats.heldDuring(from, to).stream().map(CouncilSeats::view).toList();
	}

	@Transactional(readOnly = true)
	public List<HistoryEntry> history(long id) {
		find(id);
		return history.of(CouncilSeat.class, id);
	}

	@Transactional(readOnly = true)
	public List<FieldChange> changedSince(long id, long version) {
		find(id);
		return history.changedSince(CouncilSeat.class, id, version);
	}

	private void check(SeatData data) {
		lists.checkKnown("institutionId", List.of(data.institutionId()), true);
		if (data.until() != null && data.until().isBefore(data.from())) {
			throw InvalidInputException.of("until", "common.error.endBeforeStart");
		}
		if (data.personId() != null) {
			try {
				people.get(data.personId());
			}
			catch (NotFoundException e) {
				throw InvalidInputException.of("personId", "workingGroup.error.unknownPerson", data.personId());
			}
		}
	}

	private CouncilSeat find(long id) {
		return seats.findById(id).orElseThrow(() -> new NotFoundException("Seat"));
	}

	static SeatView view(CouncilSeat s) {
		return new SeatView(s.getId(), s.getVersion(), s.getInstitutionId(), s.getBody(), s.getPersonId(), s.getRole(),
				s.getFrom(), s.getUntil(), s.getAct());
	}
}
