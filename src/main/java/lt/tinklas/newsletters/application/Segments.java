package lt.tinklas.newsletters.application;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.regex.Pattern;

import lt.tinklas.events.GroupAudience;
import lt.tinklas.newsletters.domain.MailingRecords;
import lt.tinklas.newsletters.domain.Segment;
import lt.tinklas.newsletters.domain.SegmentRecords;
import lt.tinklas.organizations.Municipalities;
import lt.tinklas.shared.history.FieldChange;
import lt.tinklas.shared.history.HistoryEntry;
import lt.tinklas.shared.history.RecordHistory;
import lt.tinklas.shared.tenancy.Tenancy;
import lt.tinklas.shared.web.ConflictException;
import lt.tinklas.shared.web.InvalidInputException;
import lt.tinklas.shared.web.InvalidInputException.FieldError;
import lt.tinklas.shared.web.NotFoundException;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;
import tools.jackson.core.JacksonException;
import tools.jackson.core.type.TypeReference;
import tools.jackson.databind.json.JsonMapper;

/**
 * The network's segments: saved by a name of their own, each with at least one part that adds
 * people, its parts checked against the network's records; a segment a mailing names is not deleted.
 */
@Service
public class Segments {

	private static final JsonMapper JSON = JsonMapper.builder().build();
	private static final Pattern EMAIL = Pattern.compile("^[^@\\s]+@[^@\\s]+\\.[^@\\s]+$");
	static final int MAX_PARTS = 50;
	static final int MAX_EMAILS = 500;
	/** The parts as stored take at most this many characters (the column's size). */
	private static final int MAX_STORED = 200_000;

	private final SegmentRecords segments;
	private final MailingRecords mailings;
	private final Audiences audiences;
	private final GroupAudience groups;
	private final Municipalities municipalities;
	private final JdbcClient jdbc;
	private final RecordHistory history;

	Segments(SegmentRecords segments, MailingRecords mailings, Audiences audiences, GroupAudience groups,
			Municipalities municipalities, JdbcClient jdbc, RecordHistory history) {
		this.municipalities = municipalities;
		this.segments = segments;
		this.mailings = mailings;
		this.audiences = audiences;
		this.groups = groups;
		this.jdbc = jdbc;
		this.history = history;
	}

	/** A segment as shown and as the API gives it. */
	public record SegmentView(long id, long version, String name, boolean matchAll, List<SegmentPart> parts) {
	}

	/** A segment as typed: its name, whether people must be in all included parts, and its parts. */
	public record SegmentData(String name, Boolean matchAll, List<SegmentPart> parts) {
	}

	@Transactional(readOnly = true)
	public List<SegmentView> list() {
		return segments.findAllByOrderByNameAsc().stream().map(Segments::view).toList();
	}

	@Transactional(readOnly = true)
	public SegmentView get(long id) {
		return view(find(id));
	}

	@Transactional
	public SegmentView create(SegmentData data) {
		String name = check(data, null);
		return view(segments.saveAndFlush(new Segment(name, Boolean.TRUE.equals(data.matchAll()), json(data.parts()))));
	}

	/** Saves a segment; refused when someone saved it after the editor read {@code version}. */
	@Transactional
	public SegmentView update(long id, long version, SegmentData data) {
		Segment segment = find(id);
		segment.checkVersion(version);
		String name = check(data, id);
		segment.update(name, Boolean.TRUE.equals(data.matchAll()), json(data.parts()));
		return view(segments.saveAndFlush(segment));
	}

	/** Deletes a segment no mailing names (the history keeps it); refused while one does. */
	@Transactional
	public void delete(long id) {
		Segment segment = find(id);
		long used = mailings.countBySegmentId(id);
		if (used > 0) {
			throw new ConflictException("segment.error.inUse", segment.getName(), used);
		}
		segments.delete(segment);
		segments.flush();
	}

	/** Who the segment reaches today and who it leaves out; nothing is sent. */
	@Transactional(readOnly = true)
	public Audiences.Audience preview(long id) {
		SegmentView segment = get(id);
		return audiences.of(segment.matchAll(), segment.parts());
	}

	@Transactional(readOnly = true)
	public List<HistoryEntry> history(long id) {
		return history.of(Segment.class, id);
	}

	@Transactional(readOnly = true)
	public List<FieldChange> changedSince(long id, long version) {
		return history.changedSince(Segment.class, id, version);
	}

	private String check(SegmentData data, Long id) {
		List<FieldError> errors = new ArrayList<>();
		String name = data.name() == null ? "" : data.name().strip();
		if (name.isEmpty()) {
			errors.add(new FieldError("name", "jakarta.validation.constraints.NotBlank.message", new Object[0]));
		}
		else if (name.length() > 200) {
			errors.add(new FieldError("name", "form.error.tooLong", new Object[] { 200 }));
		}
		else {
			segments.findByNameIgnoreCase(name)
				.filter(other -> !other.getId().equals(id))
				.ifPresent(other -> errors.add(new FieldError("name", "segment.error.nameTaken", new Object[] { name })));
		}
		List<SegmentPart> parts = data.parts() == null ? List.of() : data.parts();
		if (parts.stream().noneMatch(p -> p != null && !p.exclude())) {
			errors.add(new FieldError("parts", "segment.error.noPart", new Object[0]));
		}
		if (parts.size() > MAX_PARTS) {
			errors.add(new FieldError("parts", "segment.error.tooManyParts", new Object[] { MAX_PARTS }));
		}
		for (int i = 0; i < parts.size(); i++) {
			check(parts.get(i), "parts[" + i + "]", errors);
		}
		if (!errors.isEmpty()) {
			throw new InvalidInputException(errors);
		}
		return name;
	}

	/**
	 * A part's fields are checked whenever they are given, whatever its type (only its type's fields
	 * select people): a county or municipality by its code, a day from 1990 to 2100, a working group
	 * and a kind of consent of the network, addresses that are addresses.
	 */
	private void check(SegmentPart part, String field, List<FieldError> errors) {
		if (part == null || part.type() == null) {
			errors.add(new FieldError(field + ".type", "jakarta.validation.constraints.NotNull.message", new Object[0]));
			return;
		}
		if (!blank(part.county()) && !municipalities.counties().containsKey(part.county())) {
			errors.add(new FieldError(field + ".county", "segment.error.county", new Object[0]));
		}
		if (!blank(part.municipality()) && municipalities.byIso(part.municipality()).isEmpty()) {
			errors.add(new FieldError(field + ".municipality", "segment.error.municipality", new Object[0]));
		}
		day(part.on(), field + ".on", errors);
		day(part.from(), field + ".from", errors);
		day(part.to(), field + ".to", errors);
		if (part.from() != null && part.to() != null && part.to().isBefore(part.from())) {
			errors.add(new FieldError(field + ".to", "segment.error.period", new Object[0]));
		}
		if (part.workingGroupId() != null && !groups.groupNames().containsKey(part.workingGroupId())) {
			errors.add(new FieldError(field + ".workingGroupId", "segment.error.unknownGroup", new Object[0]));
		}
		boolean kindKnown = part.consentKindId() != null && jdbc
			.sql("select count(*) from consent_kind where network_id = :network and id = :id")
			.param("network", Tenancy.current().orElseThrow())
			.param("id", part.consentKindId())
			.query(Long.class)
			.single() > 0;
		if ((part.consentKindId() != null || part.type() == SegmentPart.PartType.CONSENT) && !kindKnown) {
			errors.add(new FieldError(field + ".consentKindId", "segment.error.unknownConsentKind", new Object[0]));
		}
		if (part.type() == SegmentPart.PartType.LIST && part.emails().isEmpty()) {
			errors.add(new FieldError(field + ".emails", "segment.error.noEmails", new Object[0]));
		}
		if (part.emails().size() > MAX_EMAILS) {
			errors.add(new FieldError(field + ".emails", "segment.error.tooManyEmails", new Object[] { MAX_EMAILS }));
		}
		part.emails()
			.stream()
			.filter(email -> email == null || email.length() > 320 || !EMAIL.matcher(email.strip()).matches())
			.findFirst()
			.ifPresent(email -> errors.add(new FieldError(field + ".emails", "segment.error.email",
					new Object[] { email == null ? "" : email.substring(0, Math.min(60, email.length())) })));
	}

	private static void day(LocalDate day, String field, List<FieldError> errors) {
		if (day != null && (day.getYear() < 1990 || day.getYear() > 2100)) {
			errors.add(new FieldError(field, "segment.error.date", new Object[0]));
		}
	}

	private static boolean blank(String text) {
		return text == null || text.isBlank();
	}

	private Segment find(long id) {
		return segments.findById(id).orElseThrow(() -> new NotFoundException("Segment"));
	}

	private static String json(List<SegmentPart> parts) {
		String json = stored(parts);
		if (json.length() > MAX_STORED) {
			throw InvalidInputException.of("parts", "segment.error.tooLarge");
		}
		return json;
	}

	private static String stored(List<SegmentPart> parts) {
		List<SegmentPart> kept = parts.stream()
			.map(p -> p.type() == SegmentPart.PartType.LIST
					? new SegmentPart(p.type(), p.exclude(), null, null, null, null, null, null, null, null, null, null, null,
							p.emails().stream().map(e -> e.strip().toLowerCase(Locale.ROOT)).distinct().toList())
					: p)
			.toList();
		return JSON.writeValueAsString(kept);
	}

	static List<SegmentPart> parts(String json) {
		try {
			return JSON.readValue(json, new TypeReference<List<SegmentPart>>() {
			});
		}
		catch (JacksonException e) {
			throw new IllegalStateException("A stored segment cannot be read", e);
		}
	}

	private static SegmentView view(Segment segment) {
		return new SegmentView(segment.getId(), segment.getVersion(), segment.getName(), segment.isMatchAll(),
				parts(segment.getParts()));
	}
}
