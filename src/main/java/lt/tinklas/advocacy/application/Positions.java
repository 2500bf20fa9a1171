package lt.tinklas.advocacy.application;

import java.time.LocalDate;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;

import lt.tinklas.advocacy.DocumentKind;
import lt.tinklas.advocacy.Outcome;
import lt.tinklas.advocacy.PositionData;
import lt.tinklas.advocacy.OutgoingRegister;
import lt.tinklas.advocacy.domain.MeetingRecords;
import lt.tinklas.advocacy.domain.Position;
import lt.tinklas.advocacy.domain.PositionFile;
import lt.tinklas.advocacy.domain.PositionFileRecords;
import lt.tinklas.advocacy.domain.PositionRecords;
import lt.tinklas.shared.files.FileKinds;
import lt.tinklas.shared.history.FieldChange;
import lt.tinklas.shared.history.HistoryEntry;
import lt.tinklas.shared.history.RecordHistory;
import lt.tinklas.shared.web.ConflictException;
import lt.tinklas.shared.web.Formats;
import lt.tinklas.shared.web.InvalidInputException;
import lt.tinklas.shared.web.NotFoundException;
import lt.tinklas.shared.web.OpeningYear;
import org.springframework.data.domain.Sort;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * Positions and letters: drafted (often by a working group), sent with the next register number of
 * the network's pattern, answered with an outcome.
 */
@Service
public class Positions {

	public static final long MAX_FILE_BYTES = 20L * 1024 * 1024;

	static final Map<String, String> FILE_TYPES = Map.of("pdf", "application/pdf", "docx",
			"application/vnd.openxmlformats-officedocument.wordprocessingml.document", "odt",
			"application/vnd.oasis.opendocument.text");

	private final PositionRecords positions;
	private final PositionFileRecords files;
	private final MeetingRecords meetings;
	private final AdvocacyLists lists;
	private final WorkingGroups groups;
	private final OutgoingRegister register;
	private final RecordHistory history;

	Positions(PositionRecords positions, PositionFileRecords files, MeetingRecords meetings, AdvocacyLists lists,
			WorkingGroups groups, OutgoingRegister register, RecordHistory history) {
		this.positions = positions;
		this.files = files;
		this.meetings = meetings;
		this.lists = lists;
		this.groups = groups;
		this.register = register;
		this.history = history;
	}

	/** Drafts a document; with {@code sentOn} it is sent at once and gets its register number. */
	@Transactional
	public PositionView create(PositionData data, LocalDate sentOn) {
		check(data, null);
		Position position = new Position(data.kind(), data.title());
		describe(position, data);
		position = positions.saveAndFlush(position);
		if (sentOn != null) {
			send(position, sentOn);
		}
		return view(positions.saveAndFlush(position));
	}

	@Transactional
	public PositionView update(long id, long version, PositionData data) {
		Position position = find(id);
		position.checkVersion(version);
		check(data, id);
		describe(position, data);
		return view(positions.saveAndFlush(position));
	}

	/** Sends a draft on the day: it gets the next number of the register. */
	@Transactional
	public PositionView send(long id, LocalDate on) {
		Position position = find(id);
		if (position.isSent()) {
			throw new ConflictException("position.error.alreadySent", position.getNumber());
		}
		send(position, on);
		return view(positions.saveAndFlush(position));
	}

	@Transactional
	public PositionView recordOutcome(long id, Outcome outcome, LocalDate on, String note) {
		Position position = find(id);
		if (!position.isSent()) {
			throw InvalidInputException.of("outcome", "position.error.notSent");
		}
		if (outcome == null) {
			throw InvalidInputException.of("outcome", "jakarta.validation.constraints.NotNull.message");
		}
		if (outcome != Outcome.PENDING) {
			if (on == null) {
				throw InvalidInputException.of("outcomeOn", "jakarta.validation.constraints.NotNull.message");
			}
			if (on.isBefore(position.getSentOn())) {
				throw InvalidInputException.of("outcomeOn", "position.error.outcomeBeforeSent",
						new Formats().date(position.getSentOn()));
			}
			if (on.isAfter(LocalDate.now(Formats.VILNIUS))) {
				throw InvalidInputException.of("outcomeOn", "common.error.future");
			}
		}
		if (note != null && note.length() > 4000) {
			throw InvalidInputException.of("outcomeNote", "common.error.tooLong", 4000);
		}
		position.recordOutcome(outcome, on, note);
		return view(positions.saveAndFlush(position));
	}

	@Transactional(readOnly = true)
	public PositionView get(long id) {
		return view(find(id));
	}

	@Transactional(readOnly = true)
	public boolean exists(long id) {
		return positions.existsById(id);
	}

	/**
	 * Documents sent in the period (both ends included), oldest first; each filter is optional.
	 */
	@Transactional(readOnly = true)
	public List<PositionView> sent(LocalDate from, LocalDate to, Outcome outcome, DocumentKind kind, Long directionId,
			Long institutionId) {
		return positions.sentBetween(from, to)
			.stream()
			.filter(p -> outcome == null || p.getOutcome() == outcome)
			.filter(p -> kind == null || p.getKind() == kind)
			.filter(p -> directionId == null || p.getDirectionIds().contains(directionId))
			.filter(p -> institutionId == null || p.getAddresseeIds().contains(institutionId))
			.map(Positions::view)
			.toList();
	}

	/** The latest year up to the current one with a document sent, for the year a page opens on. */
	@Transactional(readOnly = true)
	public Optional<Integer> lastYearSent() {
		return positions.lastSentOnOrBefore(OpeningYear.endOfThisYear()).map(LocalDate::getYear);
	}

	@Transactional(readOnly = true)
	public List<PositionView> drafts() {
		return positions.drafts().stream().map(Positions::view).toList();
	}

	/** The documents a working group drafted, the newest first (drafts on top). */
	@Transactional(readOnly = true)
	public List<PositionView> ofGroup(long groupId) {
		return positions.findByWorkingGroupIdOrderBySentOnDesc(groupId)
			.stream()
			.map(Positions::view)
			.sorted(Comparator.comparing(PositionView::sentOn, Comparator.nullsFirst(Comparator.reverseOrder())))
			.toList();
	}

	/** The documents that follow up this document, oldest first. */
	@Transactional(readOnly = true)
	public List<PositionView> followUpsOfPosition(long positionId) {
		return positions.findByFollowsPositionIdOrderByIdAsc(positionId).stream().map(Positions::view).toList();
	}

	/** The letters that follow up a meeting with decision makers, oldest first. */
	@Transactional(readOnly = true)
	public List<PositionView> followUpsOfMeeting(long meetingId) {
		return positions.findByFollowsMeetingIdOrderByIdAsc(meetingId).stream().map(Positions::view).toList();
	}

	/** Titles of every document by id, with the register number where it has one (for choices and links). */
	@Transactional(readOnly = true)
	public Map<Long, String> titles() {
		Map<Long, String> titles = new LinkedHashMap<>();
		positions.findAll(Sort.by("id").descending())
			.forEach(p -> titles.put(p.getId(), p.getNumber() == null ? p.getTitle() : p.getNumber() + " " + p.getTitle()));
		return titles;
	}

	public record Download(String fileName, String contentType, byte[] content) {
	}

	@Transactional
	public PositionView attach(long id, String fileName, byte[] content) {
		Position position = find(id);
		String name = fileName == null ? "" : fileName.replaceAll("[\\\\/]", "_").strip();
		String extension = name.contains(".") ? name.substring(name.lastIndexOf('.') + 1).toLowerCase(Locale.ROOT) : "";
		if (content == null || content.length == 0) {
			throw InvalidInputException.of("file", "file.error.none");
		}
		if (FileKinds.unsafeName(fileName)) {
			throw InvalidInputException.of("file", "file.error.name");
		}
		if (!FILE_TYPES.containsKey(extension)) {
			throw InvalidInputException.of("file", "material.error.type",
					String.join(", ", FILE_TYPES.keySet().stream().sorted().toList()));
		}
		if (!FileKinds.contentMatches(extension, content)) {
			throw InvalidInputException.of("file", "file.error.contentMismatch");
		}
		if (content.length > MAX_FILE_BYTES) {
			throw InvalidInputException.of("file", "position.error.fileSize");
		}
		files.findByPositionId(id)
			.ifPresentOrElse(file -> file.replace(name, FILE_TYPES.get(extension), content),
					() -> files.save(new PositionFile(id, name, FILE_TYPES.get(extension), content)));
		position.attached(name);
		return view(positions.saveAndFlush(position));
	}

	@Transactional(readOnly = true)
	public Download file(long id) {
		find(id);
		PositionFile file = files.findByPositionId(id).orElseThrow(() -> new NotFoundException("File"));
		return new Download(file.getFileName(), file.getContentType(), file.getContent());
	}

	@Transactional(readOnly = true)
	public List<HistoryEntry> history(long id) {
		find(id);
		return history.of(Position.class, id);
	}

	@Transactional(readOnly = true)
	public List<FieldChange> changedSince(long id, long version) {
		find(id);
		return history.changedSince(Position.class, id, version);
	}

	private void send(Position position, LocalDate on) {
		if (on == null) {
			throw InvalidInputException.of("sentOn", "jakarta.validation.constraints.NotNull.message");
		}
		if (on.isAfter(LocalDate.now(Formats.VILNIUS))) {
			throw InvalidInputException.of("sentOn", "common.error.future");
		}
		OutgoingRegister.Entry entry = register.next(on);
		position.send(on, entry.number(), entry.scope(), entry.seq());
	}

	private void check(PositionData data, Long id) {
		lists.checkKnown("addressees", data.addressees(), true);
		lists.checkKnown("directions", data.directions(), false);
		if (data.workingGroupId() != null && !groups.exists(data.workingGroupId())) {
			throw InvalidInputException.of("workingGroupId", "workingGroup.error.unknown", data.workingGroupId());
		}
		if (data.followsPositionId() != null
				&& (data.followsPositionId().equals(id) || !positions.existsById(data.followsPositionId()))) {
			throw InvalidInputException.of("followsPositionId", "position.error.unknownFollowed", data.followsPositionId());
		}
		if (data.followsMeetingId() != null && !meetings.existsById(data.followsMeetingId())) {
			throw InvalidInputException.of("followsMeetingId", "meeting.error.unknown", data.followsMeetingId());
		}
	}

	private static void describe(Position position, PositionData data) {
		position.describe(data.title(), data.summary(), data.kind(), data.workingGroupId(), data.addressees(),
				data.directions(), data.followsPositionId(), data.followsMeetingId());
	}

	private Position find(long id) {
		return positions.findById(id).orElseThrow(() -> new NotFoundException("Position"));
	}

	static PositionView view(Position p) {
		return new PositionView(p.getId(), p.getVersion(), p.getTitle(), p.getSummary(), p.getKind(),
				p.getWorkingGroupId(), p.getAddresseeIds().stream().sorted().toList(),
				p.getDirectionIds().stream().sorted().toList(), p.getFollowsPositionId(), p.getFollowsMeetingId(),
				p.getSentOn(), p.getNumber(), p.getOutcome(), p.getOutcomeOn(), p.getOutcomeNote(), p.getFileName());
	}
}
