package lt.tinklas.people;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Collection;
import java.util.Comparator;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;

import lt.tinklas.organizations.Organizations;
import lt.tinklas.people.application.PersonPage;
import lt.tinklas.people.domain.Affiliation;
import lt.tinklas.people.domain.Consent;
import lt.tinklas.people.domain.Person;
import lt.tinklas.people.domain.PersonRecords;
import lt.tinklas.shared.history.FieldChange;
import lt.tinklas.shared.history.HistoryEntry;
import lt.tinklas.shared.history.RecordHistory;
import lt.tinklas.shared.persistence.InLists;
import lt.tinklas.shared.text.SearchText;
import lt.tinklas.shared.web.Choices;
import lt.tinklas.shared.web.Formats;
import lt.tinklas.shared.web.InvalidInputException;
import lt.tinklas.shared.web.NotFoundException;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/** The people module's facade; everything here works in the current network. */
@Service
public class People {

	/** The orders the people list knows: by name (last, then first, in Lithuanian order), by e-mail. */
	public static final List<String> SORTS = List.of("name", "email");

	private final PersonRecords persons;
	private final RecordHistory history;
	private final Organizations organizations;
	private final PersonDirectory directory;
	private final Consents consents;

	People(PersonRecords persons, RecordHistory history, Organizations organizations, PersonDirectory directory,
			Consents consents) {
		this.consents = consents;
		this.persons = persons;
		this.history = history;
		this.organizations = organizations;
		this.directory = directory;
	}

	@Transactional
	public PersonView create(PersonData data) {
		List<Consent> given = validate(data, null);
		Person person = new Person(data.firstName(), data.lastName(), data.email());
		apply(person, data, given);
		return view(persons.saveAndFlush(person));
	}

	/** Saves a person; refused when someone saved it after the editor read {@code version}. */
	@Transactional
	public PersonView update(long id, long version, PersonData data) {
		Person person = find(id);
		if (person.isErased()) {
			throw InvalidInputException.of("firstName", "personalData.error.erasedPerson");
		}
		person.checkVersion(version);
		List<Consent> given = validate(data, id);
		person.rename(data.firstName(), data.lastName(), data.email());
		apply(person, data, given);
		return view(persons.saveAndFlush(person));
	}

	@Transactional(readOnly = true)
	public PersonView get(long id) {
		return view(find(id));
	}

	/** The people named, by id, in one query (their affiliations and consents in batches). */
	@Transactional(readOnly = true)
	public Map<Long, PersonView> getAll(Collection<Long> ids) {
		Map<Long, PersonView> found = new HashMap<>();
		if (!ids.isEmpty()) {
			persons.findAllById(Set.copyOf(ids)).forEach(person -> found.put(person.getId(), view(person)));
		}
		return found;
	}

	/**
	 * The ids of the people with these e-mails (in any case), by the e-mail as given; one not found
	 * is left out. A sheet of thousands is matched in a read per thousand, not one per row.
	 */
	@Transactional(readOnly = true)
	public Map<String, Long> idsByEmail(Collection<String> emails) {
		Map<String, Long> stored = new HashMap<>();
		for (List<String> part : InLists.of(emails.stream().map(Person::normalizeEmail).distinct().toList())) {
			persons.findIdsByEmailIn(part).forEach(row -> stored.put((String) row[0], (Long) row[1]));
		}
		Map<String, Long> ids = new HashMap<>();
		emails.forEach(email -> {
			Long id = stored.get(Person.normalizeEmail(email));
			if (id != null) {
				ids.put(email, id);
			}
		});
		return ids;
	}

	@Transactional(readOnly = true)
	public Optional<PersonView> byEmail(String email) {
		return persons.findByEmail(Person.normalizeEmail(email)).map(People::view);
	}

	/**
	 * Every person whose name or e-mail contains the text, ignoring case and diacritics, in
	 * Lithuanian alphabetical order by last name, then first name; with an organization, only its
	 * people today. For a list shown to people, {@link #search(String, Long, int, int)} reads a page.
	 */
	@Transactional(readOnly = true)
	public List<PersonView> search(String text, Long organizationId) {
		return directory.all(text, organizationId, today());
	}

	/**
	 * One page (from 0, {@code size} people) of those {@link #search(String, Long)} finds, and how
	 * many it finds in all: searched, counted, sorted and paged by the database.
	 */
	@Transactional(readOnly = true)
	public PersonPage search(String text, Long organizationId, int page, int size) {
		return search(text, organizationId, page, size, SORTS.get(0), false);
	}

	/**
	 * The same page in another order: by {@code sort}, one of {@link #SORTS} (by name when it is
	 * none of them), reversed when {@code descending}.
	 */
	@Transactional(readOnly = true)
	public PersonPage search(String text, Long organizationId, int page, int size, String sort, boolean descending) {
		if (page < 0 || size < 1) {
			throw InvalidInputException.of(page < 0 ? "page" : "size", "common.error.paging");
		}
		return directory.page(text, organizationId, today(), page, size, SORTS.contains(sort) ? sort : SORTS.get(0),
				descending);
	}

	/**
	 * The network's people to choose from in a form ("Last First"): listed while they are few,
	 * otherwise searched as one types at {@code searchUrl} (see {@link #found}).
	 */
	@Transactional(readOnly = true)
	public Choices choices(String searchUrl) {
		return directory.choices(searchUrl);
	}

	/**
	 * The people a picker offers for what was typed: a few, by name or e-mail, in Lithuanian order.
	 * One statement, so no transaction: opening one cost more than the search.
	 */
	public List<Choices.Found> found(String text) {
		return directory.found(text);
	}

	/** The names ("Last First") of the people with these ids, in Lithuanian order: for showing who was chosen. */
	@Transactional(readOnly = true)
	public Map<Long, String> listNames(Collection<Long> ids) {
		return directory.listNames(ids);
	}

	/** The full names ("Ona Šimkienė") of the people with these ids; those not in the network are left out. */
	@Transactional(readOnly = true)
	public Map<Long, String> fullNames(Collection<Long> ids) {
		return directory.fullNames(ids);
	}

	/** Whether the person works at the organization today (what a member representative may manage). */
	@Transactional(readOnly = true)
	public boolean worksAt(long personId, long organizationId) {
		return find(personId).affiliatedWith(organizationId, today());
	}

	@Transactional(readOnly = true)
	public List<HistoryEntry> history(long id) {
		find(id);
		return history.of(Person.class, id);
	}

	@Transactional(readOnly = true)
	public List<FieldChange> changedSince(long id, long version) {
		find(id);
		return history.changedSince(Person.class, id, version);
	}

	/** Refuses the data with every problem at once; answers its consents as they will be stored. */
	private List<Consent> validate(PersonData data, Long id) {
		List<InvalidInputException.FieldError> errors = new ArrayList<>();
		persons.findByEmail(Person.normalizeEmail(data.email()))
			.filter(other -> !other.getId().equals(id))
			.ifPresent(other -> errors.add(new InvalidInputException.FieldError("email", "person.error.emailTaken",
					new Object[] { data.email() })));
		for (int i = 0; i < data.affiliations().size(); i++) {
			PersonData.AffiliationData affiliation = data.affiliations().get(i);
			if (affiliation.organizationId() != null && !organizations.exists(affiliation.organizationId())) {
				errors.add(new InvalidInputException.FieldError("affiliations[" + i + "].organizationId",
						"person.error.unknownOrganization", new Object[] { affiliation.organizationId() }));
			}
			if (affiliation.from() != null && affiliation.until() != null
					&& affiliation.until().isBefore(affiliation.from())) {
				errors.add(new InvalidInputException.FieldError("affiliations[" + i + "].until",
						"common.error.endBeforeStart", new Object[0]));
			}
		}
		for (int i = 0; i < data.consents().size(); i++) {
			PersonData.ConsentData consent = data.consents().get(i);
			if (consent.withdrawnOn() != null && consent.withdrawnOn().isBefore(consent.givenOn())) {
				errors.add(new InvalidInputException.FieldError("consents[" + i + "].withdrawnOn",
						"common.error.endBeforeStart", new Object[0]));
			}
		}
		List<Consent> given = consents.resolve(data.consents(), errors);
		if (!errors.isEmpty()) {
			throw new InvalidInputException(errors);
		}
		return given;
	}

	private static void apply(Person person, PersonData data, List<Consent> given) {
		person.contact(data.phone(), data.language());
		person.replaceAffiliations(data.affiliations()
			.stream()
			.map(a -> new Affiliation(a.organizationId(), a.position(), a.from(), a.until()))
			.toList());
		person.replaceConsents(given);
	}

	private Person find(long id) {
		return persons.findById(id).orElseThrow(() -> new NotFoundException("Person"));
	}

	private static LocalDate today() {
		return LocalDate.now(Formats.VILNIUS);
	}

	static PersonView view(Person person) {
		return new PersonView(person.getId(), person.getVersion(), person.getFirstName(), person.getLastName(),
				person.getEmail(), person.getPhone(), person.getLanguage(),
				sortedAffiliations(person.getAffiliations()
					.stream()
					.map(a -> new PersonData.AffiliationData(a.getOrganizationId(), a.getPosition(), a.getFrom(),
							a.getUntil()))
					.toList()),
				sortedConsents(person.getConsents()
					.stream()
					.map(c -> new PersonData.ConsentData(c.getPurpose(), c.getGivenOn(), c.getWithdrawnOn(),
							c.getKindId(), c.getSource(), c.getText(), c.getWithdrawnSource()))
					.toList()),
				person.isErased());
	}

	/** Affiliations as a person's record lists them: the earliest first, an open start before any. */
	static List<PersonData.AffiliationData> sortedAffiliations(List<PersonData.AffiliationData> affiliations) {
		return affiliations.stream()
			.sorted(Comparator.comparing(PersonData.AffiliationData::from, Comparator.nullsFirst(Comparator.naturalOrder())))
			.toList();
	}

	/** Consents by the day given. */
	static List<PersonData.ConsentData> sortedConsents(List<PersonData.ConsentData> consents) {
		return consents.stream().sorted(Comparator.comparing(PersonData.ConsentData::givenOn)).toList();
	}
}
