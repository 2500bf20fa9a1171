package lt.tinklas.growth.application;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Collection;
import java.util.HashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;

import lt.tinklas.growth.domain.InvitationLetter;
import lt.tinklas.growth.domain.InvitationLetterRecords;
import lt.tinklas.growth.domain.Prospect;
import lt.tinklas.growth.domain.ProspectRecords;
import lt.tinklas.growth.domain.ProspectSource;
import lt.tinklas.organizations.LegalCode;
import lt.tinklas.organizations.MembershipStanding;
import lt.tinklas.organizations.Municipalities;
import lt.tinklas.shared.history.FieldChange;
import lt.tinklas.shared.history.HistoryEntry;
import lt.tinklas.shared.history.RecordHistory;
import lt.tinklas.shared.tenancy.Tenancy;
import lt.tinklas.shared.text.SearchText;
import lt.tinklas.shared.web.ConflictException;
import lt.tinklas.shared.web.Formats;
import lt.tinklas.shared.web.InvalidInputException;
import lt.tinklas.shared.web.InvalidInputException.FieldError;
import lt.tinklas.shared.web.NotFoundException;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * Prospects: organizations not yet members that the network would invite, with where it learnt of
 * them (the register, a council's reply, a recommendation). A member is no prospect.
 */
@Service
public class Prospects {

	private final ProspectRecords prospects;
	private final InvitationLetterRecords letters;
	private final MembershipStanding standing;
	private final Municipalities municipalities;
	private final RecordHistory history;
	private final JdbcClient jdbc;

	Prospects(ProspectRecords prospects, InvitationLetterRecords letters, MembershipStanding standing,
			Municipalities municipalities, RecordHistory history, JdbcClient jdbc) {
		this.prospects = prospects;
		this.letters = letters;
		this.standing = standing;
		this.municipalities = municipalities;
		this.history = history;
		this.jdbc = jdbc;
	}

	public record ProspectData(String legalCode, String name, String municipality, String formName, String email,
			String address, ProspectSource source, String note) {
	}

	/** What the list filters by; empty or null parts do not filter. */
	public record ProspectFilter(String q, String county, String municipality, ProspectSource source,
			Standing standing) {
	}

	public record ProspectView(long id, long version, String legalCode, String name, String municipality,
			String formName, String email, String address, ProspectSource source, String note, LocalDate addedOn,
			Standing standing, int letters, LocalDate lastLetterOn) {
	}

	@Transactional(readOnly = true)
	public List<ProspectView> list(ProspectFilter filter) {
		Map<String, MembershipStanding.Known> known = standing.byLegalCode(today());
		Map<Long, List<InvitationLetter>> sent = new HashMap<>();
		letters.findAll().stream().filter(l -> l.getProspectId() != null)
			.forEach(l -> sent.computeIfAbsent(l.getProspectId(), k -> new ArrayList<>()).add(l));
		String q = filter == null || filter.q() == null ? "" : SearchText.normalize(filter.q().strip());
		Set<String> inCounty = filter == null || filter.county() == null || filter.county().isBlank() ? null
				: Set.copyOf(municipalities.codesIn(filter.county()));
		var collator = SearchText.collator();
		return prospects.findAll()
			.stream()
			.map(p -> view(p, known, sent.getOrDefault(p.getId(), List.of())))
			.filter(p -> q.isEmpty() || SearchText.normalize(p.name()).contains(q) || p.legalCode().contains(q))
			.filter(p -> inCounty == null || inCounty.contains(p.municipality()))
			.filter(p -> filter == null || filter.municipality() == null || filter.municipality().isBlank()
					|| filter.municipality().equals(p.municipality()))
			.filter(p -> filter == null || filter.source() == null || filter.source() == p.source())
			.filter(p -> filter == null || filter.standing() == null || filter.standing() == p.standing())
			.sorted((a, b) -> collator.compare(a.name(), b.name()))
			.toList();
	}

	@Transactional(readOnly = true)
	public ProspectView get(long id) {
		Prospect p = find(id);
		return view(p, standing.byLegalCode(today()), letters.findByProspectId(id));
	}

	@Transactional
	public ProspectView create(ProspectData data) {
		List<FieldError> errors = check(data);
		String code = data.legalCode() == null ? null : data.legalCode().strip();
		if (errors.stream().noneMatch(e -> e.field().equals("legalCode"))) {
			if (prospects.findByLegalCode(code).isPresent()) {
				errors.add(new FieldError("legalCode", "prospect.error.known", new Object[0]));
			}
			else if (Standing.of(standing.byLegalCode(today()).get(code)).inNetwork()) {
				errors.add(new FieldError("legalCode", "prospect.error.member", new Object[0]));
			}
		}
		if (!errors.isEmpty()) {
			throw new InvalidInputException(errors);
		}
		Prospect prospect = new Prospect(code, data.source(), today());
		describe(prospect, data);
		return get(prospects.saveAndFlush(prospect).getId());
	}

	@Transactional
	public ProspectView update(long id, long version, ProspectData data) {
		Prospect prospect = find(id);
		prospect.checkVersion(version);
		List<FieldError> errors = check(new ProspectData(prospect.getLegalCode(), data.name(), data.municipality(),
				data.formName(), data.email(), data.address(), data.source(), data.note()));
		if (!errors.isEmpty()) {
			throw new InvalidInputException(errors);
		}
		describe(prospect, data);
		prospects.saveAndFlush(prospect);
		return get(id);
	}

	/** Deletes a prospect no letter went to (the history keeps it); one invited stays, with its letters. */
	@Transactional
	public void delete(long id) {
		Prospect prospect = find(id);
		if (!letters.findByProspectId(id).isEmpty()) {
			throw new ConflictException("prospect.error.invited");
		}
		prospects.delete(prospect);
	}

	/**
	 * The organizations of the register extract with these legal codes as prospects (source: the
	 * register), with their name, municipality, legal form and address from it; one already a
	 * prospect is kept as it is. Refused whole when a code is not in the extract or is a member's.
	 */
	@Transactional
	public List<Long> fromRegister(Collection<String> legalCodes) {
		Set<String> codes = new LinkedHashSet<>();
		legalCodes.stream().filter(c -> c != null && !c.isBlank()).forEach(c -> codes.add(c.strip()));
		if (codes.isEmpty()) {
			throw InvalidInputException.of("legalCodes", "prospect.error.noneChosen");
		}
		Map<String, Object[]> found = new HashMap<>();
		jdbc.sql("""
				select r.legal_code, r.name, r.municipality, r.form_name, r.address from register_entity r
				where r.network_id = :network and r.legal_code in (:codes)""")
			.param("network", Tenancy.require())
			.param("codes", codes)
			.query(rs -> {
				found.put(rs.getString(1), new Object[] { rs.getString(2), rs.getString(3), rs.getString(4), rs.getString(5) });
			});
		Map<String, MembershipStanding.Known> known = standing.byLegalCode(today());
		List<FieldError> errors = new ArrayList<>();
		for (String code : codes) {
			if (!found.containsKey(code)) {
				errors.add(new FieldError("legalCodes", "prospect.error.notInRegister", new Object[] { code }));
			}
			else if (Standing.of(known.get(code)).inNetwork()) {
				errors.add(new FieldError("legalCodes", "prospect.error.memberNamed", new Object[] { found.get(code)[0] }));
			}
		}
		if (!errors.isEmpty()) {
			throw new InvalidInputException(errors);
		}
		Map<String, Prospect> existing = new HashMap<>();
		prospects.findByLegalCodeIn(codes).forEach(p -> existing.put(p.getLegalCode(), p));
		List<Long> ids = new ArrayList<>();
		for (String code : codes) {
			Prospect prospect = existing.get(code);
			if (prospect == null) {
				Object[] row = found.get(code);
				String name = (String) row[0];
				prospect = new Prospect(code, ProspectSource.REGISTER, today());
				prospect.describe(name.length() > 300 ? name.substring(0, 300) : name, (String) row[1],
						cut((String) row[2], 300), null, cut((String) row[3], 500), ProspectSource.REGISTER, null);
				prospect = prospects.saveAndFlush(prospect);
			}
			ids.add(prospect.getId());
		}
		return ids;
	}

	@Transactional(readOnly = true)
	public List<HistoryEntry> history(long id) {
		find(id);
		return history.of(Prospect.class, id);
	}

	@Transactional(readOnly = true)
	public List<FieldChange> changedSince(long id, long version) {
		find(id);
		return history.changedSince(Prospect.class, id, version);
	}

	Prospect find(long id) {
		return prospects.findById(id).orElseThrow(() -> new NotFoundException("Prospect"));
	}

	private List<FieldError> check(ProspectData data) {
		List<FieldError> errors = new ArrayList<>();
		String code = data.legalCode() == null ? "" : data.legalCode().strip();
		LegalCode.problem(code).ifPresent(key -> errors.add(new FieldError("legalCode", key, new Object[0])));
		Fields.required(errors, "name", data.name());
		Fields.max(errors, "name", data.name(), 300);
		if (data.municipality() != null && !data.municipality().isBlank()
				&& municipalities.byIso(data.municipality().strip()).isEmpty()) {
			errors.add(new FieldError("municipality", "organization.error.unknownMunicipality",
					new Object[] { data.municipality() }));
		}
		Fields.max(errors, "formName", data.formName(), 300);
		Fields.email(errors, "email", data.email());
		Fields.max(errors, "address", data.address(), 500);
		Fields.max(errors, "note", data.note(), 2000);
		if (data.source() == null) {
			errors.add(new FieldError("source", "jakarta.validation.constraints.NotNull.message", new Object[0]));
		}
		return errors;
	}

	private static void describe(Prospect prospect, ProspectData data) {
		prospect.describe(data.name().strip(), Fields.blank(data.municipality()), Fields.blank(data.formName()),
				data.email() == null || data.email().isBlank() ? null : data.email().strip().toLowerCase(java.util.Locale.ROOT),
				Fields.blank(data.address()), data.source(), Fields.blank(data.note()));
	}

	private static String cut(String value, int max) {
		return value == null || value.length() <= max ? value : value.substring(0, max);
	}

	private static ProspectView view(Prospect p, Map<String, MembershipStanding.Known> known, List<InvitationLetter> sent) {
		LocalDate last = sent.stream().map(InvitationLetter::getSentOn).max(LocalDate::compareTo).orElse(null);
		return new ProspectView(p.getId(), p.getVersion(), p.getLegalCode(), p.getName(), p.getMunicipality(),
				p.getFormName(), p.getEmail(), p.getAddress(), p.getSource(), p.getNote(), p.getAddedOn(),
				Standing.of(known.get(p.getLegalCode())), sent.size(), last);
	}

	private static LocalDate today() {
		return LocalDate.now(Formats.VILNIUS);
	}
}
