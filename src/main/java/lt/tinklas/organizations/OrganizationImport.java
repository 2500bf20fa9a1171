package lt.tinklas.organizations;

import java.time.LocalDate;
import java.time.format.DateTimeParseException;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Collection;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;

import lt.tinklas.organizations.domain.MembershipRecord;
import lt.tinklas.organizations.domain.MembershipRecords;
import lt.tinklas.organizations.domain.Organization;
import lt.tinklas.organizations.domain.OrganizationRecords;
import lt.tinklas.shared.persistence.BulkInserts;
import lt.tinklas.shared.persistence.InLists;
import lt.tinklas.shared.sheets.Table;
import lt.tinklas.shared.text.SearchText;
import lt.tinklas.shared.web.Formats;
import lt.tinklas.shared.web.InvalidInputException;
import org.springframework.context.MessageSource;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * Imports organizations (with their membership) from a table: every row is checked first, and a
 * file with any problem imports nothing. A row whose legal code is known updates that
 * organization; the same file imported again changes nothing. Lists are separated by ";".
 */
@Service
public class OrganizationImport {

	public static final List<String> COLUMNS = List.of("legalCode", "name", "shortName", "legalForm", "foundedOn",
			"ngoStatusSince", "ngoStatusUntil", "seatMunicipality", "municipalities", "targetGroups", "services",
			"website", "email", "phone", "address", "staffCount", "volunteerCount", "memberSince");

	private static final Locale LITHUANIAN = Locale.forLanguageTag("lt");

	/** The choices of each type by the ways they are written, read once from the bundles. */
	private final Map<Class<?>, Map<String, Enum<?>>> choices = new ConcurrentHashMap<>();

	private final Organizations organizations;
	private final OrganizationRecords records;
	private final MembershipRecords memberships;
	private final BulkInserts bulk;
	private final MessageSource messages;
	private final Municipalities municipalities;

	OrganizationImport(Organizations organizations, OrganizationRecords records, MembershipRecords memberships,
			BulkInserts bulk, MessageSource messages, Municipalities municipalities) {
		this.municipalities = municipalities;
		this.organizations = organizations;
		this.records = records;
		this.memberships = memberships;
		this.bulk = bulk;
		this.messages = messages;
	}

	/** One problem: the row as the spreadsheet numbers it, the column, what is wrong. */
	public record Problem(int row, String column, String message) {
	}

	public record Result(int created, int updated, int unchanged, List<Problem> problems) {

		public boolean imported() {
			return problems.isEmpty();
		}
	}

	@Transactional
	public Result run(Table table, Locale locale) {
		List<Problem> problems = new ArrayList<>();
		List<String> missing = COLUMNS.stream().filter(c -> !table.headers().contains(c)).toList();
		if (!table.headers().contains("legalCode") || !table.headers().contains("name")) {
			problems.add(new Problem(1, String.join(", ", missing), text("import.error.columns", locale,
					String.join(", ", missing))));
			return new Result(0, 0, 0, problems);
		}
		if (table.rows().isEmpty()) {
			problems.add(new Problem(2, "", text("import.error.empty", locale)));
			return new Result(0, 0, 0, problems);
		}
		// the whole file is read first, then checked against one read of the organizations it names
		Map<Integer, List<Problem>> parseProblems = new HashMap<>();
		Map<Integer, OrganizationData> parsed = new LinkedHashMap<>();
		for (Table.Row row : table.rows()) {
			List<Problem> own = new ArrayList<>();
			OrganizationData data = parse(row, own, locale);
			parseProblems.put(row.rowNumber(), own);
			if (data != null) {
				parsed.put(row.rowNumber(), data);
			}
		}
		Map<String, Organization> known = new HashMap<>();
		for (List<String> codes : InLists.of(parsed.values().stream().map(OrganizationData::legalCode).distinct().toList())) {
			records.findAllWithListsByLegalCodeIn(codes).forEach(o -> known.put(o.getLegalCode(), o));
		}
		Map<Integer, OrganizationData> rows = new LinkedHashMap<>();
		Set<String> seen = new HashSet<>();
		for (Table.Row row : table.rows()) {
			problems.addAll(parseProblems.get(row.rowNumber()));
			OrganizationData data = parsed.get(row.rowNumber());
			if (data == null) {
				continue;
			}
			if (!seen.add(data.legalCode())) {
				problems.add(new Problem(row.rowNumber(), "legalCode", text("import.error.repeatedCode", locale,
						data.legalCode())));
				continue;
			}
			Organization existing = known.get(data.legalCode());
			for (InvalidInputException.FieldError error : organizations.problems(data,
					existing == null ? null : existing.getId(), code -> Optional.ofNullable(known.get(code)))) {
				String message = error.messageKey() == null ? String.valueOf(error.arguments()[0])
						: messages.getMessage(error.messageKey(), error.arguments(), locale);
				problems.add(new Problem(row.rowNumber(), column(error.field()), message));
			}
			if (data.memberSince() != null && data.memberSince().isAfter(LocalDate.now())) {
				problems.add(new Problem(row.rowNumber(), "memberSince", text("organization.error.future", locale)));
			}
			rows.put(row.rowNumber(), data);
		}
		if (!problems.isEmpty()) {
			return new Result(0, 0, 0, problems);
		}
		return save(rows.values(), known);
	}

	/**
	 * Creates the new organizations and updates the known ones, all saved together when the
	 * transaction ends: their inserts go in batches, not one statement (and one flush) per row.
	 */
	private Result save(Collection<OrganizationData> rows, Map<String, Organization> known) {
		Set<Long> withMembership = new HashSet<>();
		for (List<Long> ids : InLists.of(known.values().stream().map(Organization::getId).toList())) {
			withMembership.addAll(memberships.findOrganizationIdsAmong(ids));
		}
		List<OrganizationData> created = rows.stream().filter(d -> !known.containsKey(d.legalCode())).toList();
		// a known organization with no membership yet joins on the day given, as a new one does
		long joining = rows.stream()
			.filter(d -> d.memberSince() != null)
			.filter(d -> !known.containsKey(d.legalCode()) || !withMembership.contains(known.get(d.legalCode()).getId()))
			.count();
		bulk.prepare(Organization.class, created.size());
		bulk.prepare(MembershipRecord.class, (int) joining);
		int updated = 0;
		int unchanged = 0;
		LocalDate today = LocalDate.now(Formats.VILNIUS);
		for (OrganizationData data : rows) {
			Organization organization = known.get(data.legalCode());
			boolean changed = false;
			if (organization == null) {
				organization = records.save(new Organization(data));
			}
			else if (!same(Organizations.view(organization, List.of(), today), data)) {
				organization.update(data);
				changed = true;
			}
			boolean joins = data.memberSince() != null && !withMembership.contains(organization.getId());
			if (joins) {
				memberships.save(new MembershipRecord(organization.getId(), MembershipChange.ACCEPTED,
						data.memberSince(), null, null, null));
			}
			if (known.containsKey(data.legalCode())) {
				if (changed || joins) {
					updated++;
				}
				else {
					unchanged++;
				}
			}
		}
		return new Result(created.size(), updated, unchanged, List.of());
	}

	private OrganizationData parse(Table.Row row, List<Problem> problems, Locale locale) {
		int before = problems.size();
		LegalForm form = parseEnum(LegalForm.class, row, "legalForm", problems, locale);
		List<TargetGroup> groups = new ArrayList<>();
		for (String written : list(row.get("targetGroups"))) {
			TargetGroup group = choice(TargetGroup.class, written, row, "targetGroups", problems, locale);
			if (group != null) {
				groups.add(group);
			}
		}
		OrganizationData data = new OrganizationData(row.get("legalCode"), row.get("name"), blank(row.get("shortName")),
				form, date(row, "foundedOn", problems, locale), date(row, "ngoStatusSince", problems, locale),
				date(row, "ngoStatusUntil", problems, locale),
				municipality(row, "seatMunicipality", blank(row.get("seatMunicipality")), problems, locale),
				list(row.get("municipalities")).stream()
					.map(m -> municipality(row, "municipalities", m, problems, locale))
					.toList(),
				groups, list(row.get("services")), blank(row.get("website")),
				blank(row.get("email")), blank(row.get("phone")), blank(row.get("address")),
				number(row, "staffCount", problems, locale), number(row, "volunteerCount", problems, locale),
				date(row, "memberSince", problems, locale), null);
		return problems.size() == before ? data : null;
	}

	private static boolean same(OrganizationView o, OrganizationData d) {
		return Objects.equals(o.name(), d.name().strip()) && Objects.equals(o.shortName(), d.shortName())
				&& o.legalForm() == (d.legalForm() == null ? LegalForm.OTHER : d.legalForm())
				&& Objects.equals(o.foundedOn(), d.foundedOn()) && Objects.equals(o.ngoStatusSince(), d.ngoStatusSince())
				&& Objects.equals(o.ngoStatusUntil(), d.ngoStatusUntil())
				&& Objects.equals(o.seatMunicipality(), d.seatMunicipality())
				&& new HashSet<>(o.municipalities()).equals(new HashSet<>(d.municipalities()))
				&& new HashSet<>(o.targetGroups()).equals(new HashSet<>(d.targetGroups()))
				&& o.services().equals(d.services()) && Objects.equals(o.website(), d.website())
				&& Objects.equals(o.email(), d.email()) && Objects.equals(o.phone(), d.phone())
				&& Objects.equals(o.address(), d.address()) && Objects.equals(o.staffCount(), d.staffCount())
				&& Objects.equals(o.volunteerCount(), d.volunteerCount());
	}

	private <E extends Enum<E>> E parseEnum(Class<E> type, Table.Row row, String column, List<Problem> problems,
			Locale locale) {
		String value = row.get(column);
		return value.isEmpty() ? null : choice(type, value, row, column, problems, locale);
	}

	/**
	 * A choice written by its label in Lithuanian or English, as the export writes it ("Asociacija"),
	 * case and Lithuanian letters aside, or by its code as older files have it; an unknown one is a
	 * problem of the row that lists the labels.
	 */
	private <E extends Enum<E>> E choice(Class<E> type, String written, Table.Row row, String column,
			List<Problem> problems, Locale locale) {
		Enum<?> found = choices.computeIfAbsent(type, this::choicesByWriting).get(SearchText.normalize(written.strip()));
		if (found != null) {
			return type.cast(found);
		}
		problems.add(new Problem(row.rowNumber(), column, text("import.error.code", locale, written,
				String.join(", ", Arrays.stream(type.getEnumConstants()).map(c -> label(c, locale)).toList()))));
		return null;
	}

	/** Each choice of the type under every way it is written (normalized): its code and both its labels. */
	private Map<String, Enum<?>> choicesByWriting(Class<?> type) {
		Map<String, Enum<?>> byWriting = new HashMap<>();
		for (Object constant : type.getEnumConstants()) {
			Enum<?> choice = (Enum<?>) constant;
			for (String way : List.of(choice.name(), label(choice, LITHUANIAN), label(choice, Locale.ENGLISH))) {
				byWriting.putIfAbsent(SearchText.normalize(way), choice);
			}
		}
		return byWriting;
	}

	/** A choice's label as a person reads it ("Asociacija"), from the bundles. */
	public String label(Enum<?> constant, Locale locale) {
		String type = constant.getDeclaringClass().getSimpleName();
		return messages.getMessage(Character.toLowerCase(type.charAt(0)) + type.substring(1) + "." + constant.name(), null,
				locale);
	}

	private LocalDate date(Table.Row row, String column, List<Problem> problems, Locale locale) {
		String value = row.get(column);
		if (value.isEmpty()) {
			return null;
		}
		try {
			return LocalDate.parse(value);
		}
		catch (DateTimeParseException e) {
			problems.add(new Problem(row.rowNumber(), column, text("import.error.date", locale, value)));
			return null;
		}
	}

	private Integer number(Table.Row row, String column, List<Problem> problems, Locale locale) {
		String value = row.get(column);
		if (value.isEmpty()) {
			return null;
		}
		try {
			return Integer.valueOf(value);
		}
		catch (NumberFormatException e) {
			problems.add(new Problem(row.rowNumber(), column, text("import.error.number", locale, value)));
			return null;
		}
	}

	/** A municipality written by its name (or its code), as its code; an unknown one is a problem of the row. */
	private String municipality(Table.Row row, String column, String written, List<Problem> problems, Locale locale) {
		String code = municipalities.codeOf(written);
		if (code != null && municipalities.byIso(code).isEmpty()) {
			problems.add(new Problem(row.rowNumber(), column, text("import.error.municipality", locale, written)));
		}
		return code;
	}

	private static List<String> list(String value) {
		return value.isBlank() ? List.of()
				: Arrays.stream(value.split(";")).map(String::strip).filter(s -> !s.isEmpty()).toList();
	}

	private static String blank(String value) {
		return value == null || value.isBlank() ? null : value.strip();
	}

	private static String column(String field) {
		int bracket = field.indexOf('[');
		return bracket < 0 ? field : field.substring(0, bracket);
	}

	private String text(String key, Locale locale, Object... arguments) {
		return messages.getMessage(key, arguments, locale);
	}
}
