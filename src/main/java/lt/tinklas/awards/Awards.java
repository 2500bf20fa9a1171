package lt.tinklas.awards;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Optional;

import lt.tinklas.awards.domain.AwardNominee;
import lt.tinklas.awards.domain.AwardNomineeRecords;
import lt.tinklas.awards.domain.AwardProgramme;
import lt.tinklas.awards.domain.AwardProgrammeRecords;
import lt.tinklas.awards.domain.AwardRound;
import lt.tinklas.awards.domain.AwardRoundRecords;
import lt.tinklas.events.EventType;
import lt.tinklas.events.EventView;
import lt.tinklas.events.Events;
import lt.tinklas.people.People;
import lt.tinklas.people.PersonView;
import lt.tinklas.shared.files.FileKinds;
import lt.tinklas.shared.history.HistoryEntry;
import lt.tinklas.shared.history.RecordHistory;
import lt.tinklas.shared.web.Formats;
import lt.tinklas.shared.web.InvalidInputException;
import lt.tinklas.shared.web.NotFoundException;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/** A network's awards: the programmes, their yearly rounds with the ceremony, nominees and laureates. */
@Service
public class Awards {

	public static final long MAX_PHOTO_BYTES = 2L * 1024 * 1024;

	private final AwardProgrammeRecords programmes;
	private final AwardRoundRecords rounds;
	private final AwardNomineeRecords nominees;
	private final Events events;
	private final People people;
	private final RecordHistory history;

	Awards(AwardProgrammeRecords programmes, AwardRoundRecords rounds, AwardNomineeRecords nominees, Events events,
			People people, RecordHistory history) {
		this.programmes = programmes;
		this.rounds = rounds;
		this.nominees = nominees;
		this.events = events;
		this.people = people;
		this.history = history;
	}

	/** An award programme; the texts in the language asked for fall back to Lithuanian. */
	public record ProgrammeView(long id, long version, String name, String nameEn, String description,
			String descriptionEn) {

		public String name(String language) {
			return "en".equals(language) && nameEn != null ? nameEn : name;
		}

		public String description(String language) {
			return "en".equals(language) && descriptionEn != null ? descriptionEn : description;
		}
	}

	/** A round: its year and its ceremony (the event's id, title and day when there is one). */
	public record RoundView(long id, long version, long programmeId, int year, Long ceremonyEventId,
			String ceremonyTitle, LocalDate ceremonyOn) {
	}

	public record NomineeView(long id, long version, long roundId, Long personId, String name, String position,
			String organization, String reason, boolean laureate, boolean hasPhoto, String photoAlt) {
	}

	/** A nominee as typed: a person of the network, or (without one) just the name. */
	public record NomineeData(Long personId, String name, String position, String organization, String reason,
			Boolean laureate) {
	}

	public record Photo(String contentType, byte[] content) {
	}

	// programmes

	@Transactional(readOnly = true)
	public List<ProgrammeView> programmes() {
		return programmes.findAllByOrderByNameAsc().stream().map(Awards::view).toList();
	}

	@Transactional(readOnly = true)
	public ProgrammeView programme(long id) {
		return view(findProgramme(id));
	}

	@Transactional
	public ProgrammeView createProgramme(String name, String nameEn, String description, String descriptionEn) {
		if (name == null || name.isBlank()) {
			throw InvalidInputException.of("name", "jakarta.validation.constraints.NotBlank.message");
		}
		if (name.strip().length() > 300 || (nameEn != null && nameEn.strip().length() > 300)) {
			throw InvalidInputException.of(name.strip().length() > 300 ? "name" : "nameEn", "awards.error.tooLong", 300);
		}
		if (programmes.findAll().stream().anyMatch(p -> p.getName().equalsIgnoreCase(name.strip()))) {
			throw InvalidInputException.of("name", "awards.error.duplicateProgramme", name.strip());
		}
		return view(programmes.saveAndFlush(new AwardProgramme(name, nameEn, limit("description", description),
				limit("descriptionEn", descriptionEn))));
	}

	// rounds

	@Transactional(readOnly = true)
	public List<RoundView> rounds(long programmeId) {
		findProgramme(programmeId);
		return rounds.findByProgrammeIdOrderByYearDesc(programmeId).stream().map(this::view).toList();
	}

	@Transactional(readOnly = true)
	public RoundView round(long programmeId, long roundId) {
		return view(findRound(programmeId, roundId));
	}

	/** Opens a year's round; the ceremony, when given, must be an award ceremony of the network. */
	@Transactional
	public RoundView createRound(long programmeId, Integer year, Long ceremonyEventId) {
		findProgramme(programmeId);
		if (year == null) {
			throw InvalidInputException.of("year", "jakarta.validation.constraints.NotNull.message");
		}
		if (year < 1990 || year > 2200) {
			throw InvalidInputException.of("year", "awards.error.year", 1990, 2200);
		}
		if (rounds.existsByProgrammeIdAndYear(programmeId, year)) {
			throw InvalidInputException.of("year", "awards.error.duplicateRound", year);
		}
		if (ceremonyEventId != null) {
			EventView event;
			try {
				event = events.get(ceremonyEventId);
			}
			catch (NotFoundException e) {
				throw InvalidInputException.of("ceremonyEventId", "awards.error.unknownEvent", ceremonyEventId);
			}
			if (event.type() != EventType.AWARD_CEREMONY) {
				throw InvalidInputException.of("ceremonyEventId", "awards.error.notCeremony", event.title());
			}
		}
		return view(rounds.saveAndFlush(new AwardRound(programmeId, year, ceremonyEventId)));
	}

	/** The award ceremonies of the network a round may be linked to, the newest first. */
	@Transactional(readOnly = true)
	public List<EventView> ceremonies() {
		return events.list(LocalDate.of(1990, 1, 1), LocalDate.of(2200, 12, 31), EventType.AWARD_CEREMONY)
			.stream()
			.sorted(Comparator.comparing(EventView::startsAt).reversed())
			.toList();
	}

	@Transactional(readOnly = true)
	public List<HistoryEntry> roundHistory(long programmeId, long roundId) {
		findRound(programmeId, roundId);
		List<HistoryEntry> all = new ArrayList<>(history.of(AwardRound.class, roundId));
		for (AwardNominee nominee : nominees.findByRoundIdOrderByLaureateDescIdAsc(roundId)) {
			all.addAll(history.of(AwardNominee.class, nominee.getId()));
		}
		return all;
	}

	// nominees

	@Transactional(readOnly = true)
	public List<NomineeView> nominees(long programmeId, long roundId) {
		findRound(programmeId, roundId);
		return nominees.findByRoundIdOrderByLaureateDescIdAsc(roundId).stream().map(Awards::view).toList();
	}

	@Transactional
	public NomineeView addNominee(long programmeId, long roundId, NomineeData data) {
		findRound(programmeId, roundId);
		String name = data.name() == null ? "" : data.name().strip();
		if (data.personId() != null) {
			PersonView person;
			try {
				person = people.get(data.personId());
			}
			catch (NotFoundException e) {
				throw InvalidInputException.of("personId", "awards.error.unknownPerson", data.personId());
			}
			if (name.isEmpty()) {
				name = person.fullName();
			}
		}
		if (name.isEmpty()) {
			throw InvalidInputException.of("name", "awards.error.nameOrPerson");
		}
		for (String[] field : new String[][] { { "name", name }, { "position", data.position() },
				{ "organization", data.organization() } }) {
			if (field[1] != null && field[1].strip().length() > 300) {
				throw InvalidInputException.of(field[0], "awards.error.tooLong", 300);
			}
		}
		return view(nominees.saveAndFlush(new AwardNominee(roundId, data.personId(), name, data.position(),
				data.organization(), limit("reason", data.reason()), Boolean.TRUE.equals(data.laureate()))));
	}

	/**
	 * Makes a nominee a laureate of the round or takes that back (a mistake corrected), refusing a
	 * change over a stale copy; the yearly report counts laureates from this.
	 */
	@Transactional
	public NomineeView chooseLaureate(long programmeId, long roundId, long nomineeId, boolean laureate, long version) {
		AwardNominee nominee = findNominee(programmeId, roundId, nomineeId);
		nominee.checkVersion(version);
		nominee.chooseAsLaureate(laureate);
		return view(nominees.saveAndFlush(nominee));
	}

	@Transactional
	public void deleteNominee(long programmeId, long roundId, long nomineeId) {
		nominees.delete(findNominee(programmeId, roundId, nomineeId));
		nominees.flush();
	}

	/**
	 * Keeps a nominee's photo: a PNG, JPEG or WebP picture (told by its first bytes, not by its name)
	 * of up to 2 MB, with the alt text that describes it to those who cannot see it.
	 */
	@Transactional
	public void showPhoto(long programmeId, long roundId, long nomineeId, byte[] content, String altText) {
		AwardNominee nominee = findNominee(programmeId, roundId, nomineeId);
		if (content == null || content.length == 0) {
			throw InvalidInputException.of("photo", "awards.error.noPhoto");
		}
		String type = FileKinds.imageType(content);
		if (type == null) {
			throw InvalidInputException.of("photo", "awards.error.notImage");
		}
		if (content.length > MAX_PHOTO_BYTES) {
			throw InvalidInputException.of("photo", "awards.error.photoSize", MAX_PHOTO_BYTES / 1024 / 1024);
		}
		if (altText == null || altText.isBlank()) {
			throw InvalidInputException.of("photoAlt", "awards.error.altText");
		}
		if (altText.strip().length() > 500) {
			throw InvalidInputException.of("photoAlt", "awards.error.tooLong", 500);
		}
		nominee.showPhoto(type, content, altText);
		nominees.saveAndFlush(nominee);
	}

	// the public page: only laureates are shown to everyone

	@Transactional(readOnly = true)
	public Optional<PublicRound> publicRound(long roundId) {
		return rounds.findById(roundId).map(round -> {
			AwardProgramme programme = findProgramme(round.getProgrammeId());
			List<NomineeView> laureates = nominees.findByRoundIdOrderByLaureateDescIdAsc(roundId)
				.stream()
				.filter(AwardNominee::isLaureate)
				.map(Awards::view)
				.toList();
			return new PublicRound(view(programme), view(round), laureates);
		});
	}

	public record PublicRound(ProgrammeView programme, RoundView round, List<NomineeView> laureates) {
	}

	/** A laureate's photo for the public page; nominees who were not chosen stay private. */
	@Transactional(readOnly = true)
	public Optional<Photo> publicPhoto(long roundId, long nomineeId) {
		return nominees.findById(nomineeId)
			.filter(n -> n.getRoundId() == roundId && n.isLaureate() && n.hasPhoto())
			.map(n -> new Photo(n.getPhotoContentType(), n.getPhoto()));
	}

	// lookups

	private AwardProgramme findProgramme(long id) {
		return programmes.findById(id).orElseThrow(() -> new NotFoundException("Award programme"));
	}

	private AwardRound findRound(long programmeId, long roundId) {
		return rounds.findById(roundId)
			.filter(r -> r.getProgrammeId() == programmeId)
			.orElseThrow(() -> new NotFoundException("Award round"));
	}

	private AwardNominee findNominee(long programmeId, long roundId, long nomineeId) {
		findRound(programmeId, roundId);
		return nominees.findById(nomineeId)
			.filter(n -> n.getRoundId() == roundId)
			.orElseThrow(() -> new NotFoundException("Nominee"));
	}

	/** At most 4000 characters, refused as the field's error. */
	private static String limit(String field, String text) {
		if (text != null && text.strip().length() > 4000) {
			throw InvalidInputException.of(field, "awards.error.tooLong", 4000);
		}
		return text;
	}

	private static ProgrammeView view(AwardProgramme p) {
		return new ProgrammeView(p.getId(), p.getVersion(), p.getName(), p.getNameEn(), p.getDescription(),
				p.getDescriptionEn());
	}

	private RoundView view(AwardRound r) {
		EventView ceremony = null;
		if (r.getCeremonyEventId() != null) {
			try {
				ceremony = events.get(r.getCeremonyEventId());
			}
			catch (NotFoundException e) {
				ceremony = null;
			}
		}
		return new RoundView(r.getId(), r.getVersion(), r.getProgrammeId(), r.getYear(), r.getCeremonyEventId(),
				ceremony == null ? null : ceremony.title(),
				ceremony == null ? null : ceremony.startsAt().atZoneSameInstant(Formats.VILNIUS).toLocalDate());
	}

	private static NomineeView view(AwardNominee n) {
		return new NomineeView(n.getId(), n.getVersion(), n.getRoundId(), n.getPersonId(), n.getFullName(),
				n.getPosition(), n.getOrganization(), n.getReason(), n.isLaureate(), n.hasPhoto(), n.getPhotoAlt());
	}
}
