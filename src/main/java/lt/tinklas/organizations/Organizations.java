package lt.tinklas.organizations;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Collection;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.function.Function;
import java.util.stream.Collectors;

import jakarta.validation.Validator;
import lt.tinklas.organizations.application.MembershipView;
import lt.tinklas.organizations.domain.MembershipRecord;
import lt.tinklas.organizations.domain.MembershipRecords;
import lt.tinklas.organizations.domain.Organization;
import lt.tinklas.organizations.domain.OrganizationRecords;
import lt.tinklas.shared.history.FieldChange;
import lt.tinklas.shared.history.HistoryEntry;
import lt.tinklas.shared.history.RecordHistory;
import lt.tinklas.shared.web.Choices;
import lt.tinklas.shared.web.Formats;
import lt.tinklas.shared.web.InvalidInputException;
import lt.tinklas.shared.web.NotFoundException;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/** The organizations module's facade; everything here works in the current network. */
@Service
public class Organizations {

	private final OrganizationRecords organizations;
	private final MembershipRecords memberships;
	private final Municipalities municipalities;
	private final RecordHistory history;
	private final Validator validator;
	private final OrganizationDirectory directory;

	/** An export reads the list this many organizations at a time. */
	private static final int EXPORT_PAGE = 500;

	Organizations(OrganizationRecords organizations, MembershipRecords memberships, Municipalities municipalities,
			RecordHistory history, Validator validator, OrganizationDirectory directory) {
		this.validator = validator;
		this.directory = directory;
		this.organizations = organizations;
		this.memberships = memberships;
		this.municipalities = municipalities;
		this.history = history;
	}

	@Transactional
	public OrganizationView create(OrganizationData data) {
		validate(data, null);
		Organization organization = organizations.saveAndFlush(new Organization(data));
		if (data.memberSince() != null) {
			if (data.memberSince().isAfter(today())) {
				throw InvalidInputException.of("memberSince", "organization.error.future");
			}
			memberships.saveAndFlush(new MembershipRecord(organization.getId(), MembershipChange.ACCEPTED,
					data.memberSince(), null, null, null));
		}
		return view(organization, records(organization.getId()), today());
	}

	@Transactional
	public OrganizationView update(long id, long version, OrganizationData data) {
		Organization organization = find(id);
		organization.checkVersion(version);
		validate(data, id);
		organization.update(data);
		organizations.saveAndFlush(organization);
		return view(organization, records(id), today());
	}

	/** Deletes the organization and its membership history; both stay in the audit log. */
	@Transactional
	public void delete(long id) {
		Organization organization = find(id);
		memberships.deleteAll(records(id));
		organizations.delete(organization);
	}

	@Transactional
	public void keepNotes(long id, String notes) {
		find(id).notes(notes);
	}

	@Transactional(readOnly = true)
	public OrganizationView get(long id, LocalDate asOf) {
		return view(find(id), records(id), asOf == null ? today() : asOf);
	}

	@Transactional(readOnly = true)
	public String privateNotes(long id) {
		return find(id).getPrivateNotes();
	}

	@Transactional(readOnly = true)
	public Optional<OrganizationView> byLegalCode(String legalCode) {
		return organizations.findByLegalCode(legalCode).map(o -> view(o, records(o.getId()), today()));
	}

	/** Whether the organization is one of the current network's. */
	@Transactional(readOnly = true)
	public boolean exists(long id) {
		return organizations.findById(id).isPresent();
	}

	/**
	 * The names of all the network's organizations by id, in Lithuanian order: for a choice among
	 * them. Where only some are shown, {@link #namesOf} reads just those.
	 */
	@Transactional(readOnly = true)
	public Map<Long, String> names() {
		return directory.names(null);
	}

	/**
	 * The network's organizations to choose from in a form: listed while they are few, otherwise
	 * searched as one types at {@code searchUrl} (see {@link #found}).
	 */
	@Transactional(readOnly = true)
	public Choices choices(String searchUrl) {
		return directory.choices(searchUrl);
	}

	/**
	 * The organizations a picker offers for what was typed: a few, by name or code, in Lithuanian
	 * order. One statement, so no transaction: opening one cost more than the search.
	 */
	public List<Choices.Found> found(String text) {
		return directory.found(text);
	}

	/** The names of the organizations with these ids (those of the network), in Lithuanian order; one query. */
	@Transactional(readOnly = true)
	public Map<Long, String> namesOf(Collection<Long> ids) {
		return directory.names(ids);
	}

	/**
	 * The filtered list in Lithuanian order, one page of it (from 0; the last may be short, past it
	 * none), and the counts by county: filtered, counted, sorted and paged by the database.
	 */
	@Transactional(readOnly = true)
	public OrganizationPage search(OrganizationFilter filter, int page, int size) {
		if (page < 0 || size < 1) {
			throw InvalidInputException.of(page < 0 ? "page" : "size", "common.error.paging");
		}
		LocalDate asOf = filter.asOf() == null ? today() : filter.asOf();
		OrganizationDirectory.Counts counts = directory.count(filter, asOf);
		Map<String, Long> byCounty = new LinkedHashMap<>();
		municipalities.counties().keySet().forEach(iso -> byCounty.put(iso, counts.byCounty().getOrDefault(iso, 0L)));
		long from = (long) page * size;
		List<OrganizationView> items = from >= counts.total() ? List.of()
				: directory.page(filter, asOf, from, size);
		return new OrganizationPage(items, counts.total(), page, size, byCounty);
	}

	/** The whole filtered list in Lithuanian order (for an export), read a page at a time. */
	@Transactional(readOnly = true)
	public List<OrganizationView> all(OrganizationFilter filter) {
		LocalDate asOf = filter.asOf() == null ? today() : filter.asOf();
		List<OrganizationView> all = new ArrayList<>();
		List<OrganizationView> page;
		do {
			page = directory.page(filter, asOf, all.size(), EXPORT_PAGE);
			all.addAll(page);
		}
		while (page.size() == EXPORT_PAGE);
		return all;
	}

	/** How many organizations are members on the day with their seat in each municipality (ISO code). */
	@Transactional(readOnly = true)
	public Map<String, Long> membersBySeat(LocalDate day) {
		return directory.membersBySeat(day);
	}

	@Transactional(readOnly = true)
	public MembershipView membership(long id) {
		find(id);
		List<MembershipRecord> records = records(id);
		List<MembershipStep> steps = MembershipStep.of(records);
		return new MembershipView(statusOn(steps, today()), memberSince(steps, today()),
				records.stream()
					.map(r -> new MembershipView.Step(r.getId(), r.getChange(), r.getOn(), r.getDecidedBy(),
							r.getReference(), r.getReason()))
					.toList());
	}

	/**
	 * Records a step of the membership. It cannot come before the last step recorded, a member can
	 * be suspended or leave, a suspended member reinstated or leave, and the first step is an
	 * acceptance.
	 */
	@Transactional
	public MembershipView changeMembership(long id, MembershipChange change, LocalDate on, DecidedBy decidedBy,
			String reference, String reason) {
		find(id);
		List<MembershipRecord> records = records(id);
		List<InvalidInputException.FieldError> errors = new ArrayList<>();
		if (change == null) {
			errors.add(error("change", "jakarta.validation.constraints.NotNull.message"));
		}
		if (on == null) {
			errors.add(error("on", "jakarta.validation.constraints.NotNull.message"));
		}
		if (errors.isEmpty()) {
			if (on.isAfter(today())) {
				errors.add(error("on", "organization.error.future"));
			}
			LocalDate began = records.stream()
				.filter(r -> r.getChange() == MembershipChange.ACCEPTED)
				.map(MembershipRecord::getOn)
				.findFirst()
				.orElse(null);
			MembershipStatus now = records.isEmpty() ? MembershipStatus.NOT_MEMBER
					: MembershipStatus.after(records.get(records.size() - 1).getChange());
			if (change != MembershipChange.ACCEPTED && (began == null || on.isBefore(began))) {
				errors.add(error("on", "organization.error.changeBeforeMembership"));
			}
			else if (!records.isEmpty() && on.isBefore(records.get(records.size() - 1).getOn())) {
				errors.add(error("on", "organization.error.changeBeforeLatest"));
			}
			else if (!allowed(now, change)) {
				errors.add(error("change", "organization.error.changeNotAllowed"));
			}
		}
		if (!errors.isEmpty()) {
			throw new InvalidInputException(errors);
		}
		memberships.saveAndFlush(new MembershipRecord(id, change, on, decidedBy, reference, reason));
		return membership(id);
	}

	@Transactional(readOnly = true)
	public List<HistoryEntry> history(long id) {
		find(id);
		return history.of(Organization.class, id);
	}

	@Transactional(readOnly = true)
	public List<FieldChange> changedSince(long id, long version) {
		find(id);
		return history.changedSince(Organization.class, id, version);
	}

	private static boolean allowed(MembershipStatus now, MembershipChange change) {
		return switch (change) {
			case ACCEPTED -> now == MembershipStatus.NOT_MEMBER || now == MembershipStatus.LEFT;
			case SUSPENDED -> now == MembershipStatus.MEMBER;
			case REINSTATED -> now == MembershipStatus.SUSPENDED;
			case LEFT -> now == MembershipStatus.MEMBER || now == MembershipStatus.SUSPENDED;
		};
	}

	/**
	 * Everything wrong with the data at once: the form rules (Bean Validation) and the registry's
	 * (a known legal code, real municipalities, no future founding date).
	 */
	@Transactional(readOnly = true)
	public List<InvalidInputException.FieldError> problems(OrganizationData data, Long id) {
		return problems(data, id, organizations::findByLegalCode);
	}

	/** The same, with the holder of a legal code found by the caller: an import reads a whole file's at once. */
	List<InvalidInputException.FieldError> problems(OrganizationData data, Long id,
			Function<String, Optional<Organization>> holderOf) {
		List<InvalidInputException.FieldError> errors = new ArrayList<>();
		validator.validate(data)
			.forEach(v -> errors.add(InvalidInputException.FieldError.text(v.getPropertyPath().toString(), v.getMessage())));
		if (data.legalCode() == null || data.name() == null || data.name().isBlank()) {
			return errors;
		}
		holderOf.apply(data.legalCode().strip())
			.filter(other -> !other.getId().equals(id))
			.ifPresent(other -> errors.add(new InvalidInputException.FieldError("legalCode",
					"organization.error.legalCodeTaken", new Object[] { data.legalCode(), other.getName() })));
		if (data.foundedOn() != null && data.foundedOn().isAfter(today())) {
			errors.add(error("foundedOn", "organization.error.future"));
		}
		if (data.ngoStatusSince() != null && data.ngoStatusUntil() != null
				&& data.ngoStatusUntil().isBefore(data.ngoStatusSince())) {
			errors.add(error("ngoStatusUntil", "common.error.endBeforeStart"));
		}
		if (data.seatMunicipality() != null && !data.seatMunicipality().isBlank()
				&& municipalities.byIso(data.seatMunicipality().strip()).isEmpty()) {
			errors.add(new InvalidInputException.FieldError("seatMunicipality", "organization.error.unknownMunicipality",
					new Object[] { data.seatMunicipality() }));
		}
		for (String municipality : data.municipalities()) {
			if (municipalities.byIso(municipality).isEmpty()) {
				errors.add(new InvalidInputException.FieldError("municipalities",
						"organization.error.unknownMunicipality", new Object[] { municipality }));
			}
		}
		return errors;
	}

	private void validate(OrganizationData data, Long id) {
		List<InvalidInputException.FieldError> errors = problems(data, id);
		if (!errors.isEmpty()) {
			throw new InvalidInputException(errors);
		}
	}

	private List<MembershipRecord> records(long id) {
		return memberships.findByOrganizationIdOrderByOnAscIdAsc(id);
	}

	private Organization find(long id) {
		return organizations.findById(id).orElseThrow(() -> new NotFoundException("Organization"));
	}

	/** Active on a day: accepted on or before it, and neither suspended nor gone on it. */
	static MembershipStatus statusOn(List<MembershipStep> steps, LocalDate day) {
		MembershipStatus status = MembershipStatus.NOT_MEMBER;
		for (MembershipStep step : steps) {
			if (step.on().isAfter(day)) {
				break;
			}
			status = MembershipStatus.after(step.change());
		}
		return status;
	}

	/** The day of the acceptance behind the membership that holds on the day. */
	static LocalDate memberSince(List<MembershipStep> steps, LocalDate day) {
		LocalDate since = null;
		for (MembershipStep step : steps) {
			if (step.on().isAfter(day)) {
				break;
			}
			if (step.change() == MembershipChange.ACCEPTED) {
				since = step.on();
			}
			if (step.change() == MembershipChange.LEFT) {
				since = null;
			}
		}
		return since;
	}

	private static InvalidInputException.FieldError error(String field, String key) {
		return new InvalidInputException.FieldError(field, key, new Object[0]);
	}

	private static LocalDate today() {
		return LocalDate.now(Formats.VILNIUS);
	}

	static OrganizationView view(Organization o, List<MembershipRecord> records, LocalDate asOf) {
		List<MembershipStep> steps = MembershipStep.of(records);
		return new OrganizationView(o.getId(), o.getVersion(), o.getLegalCode(), o.getName(), o.getShortName(),
				o.getLegalForm(), o.getFoundedOn(), o.getNgoStatusSince(), o.getNgoStatusUntil(),
				o.isNgoStatusChecked(), o.getSeatMunicipality(), List.copyOf(o.getMunicipalities()),
				List.copyOf(o.getTargetGroups()), o.services(), o.getWebsite(), o.getEmail(), o.getPhone(),
				o.getAddress(), o.getStaffCount(), o.getVolunteerCount(), statusOn(steps, asOf),
				memberSince(steps, asOf), asOf);
	}
}
