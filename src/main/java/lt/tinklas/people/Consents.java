package lt.tinklas.people;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Collection;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;

import jakarta.validation.Validator;
import lt.tinklas.people.PersonData.ConsentSource;
import lt.tinklas.people.application.ConsentKindData;
import lt.tinklas.people.application.ConsentKindView;
import lt.tinklas.people.domain.Consent;
import lt.tinklas.people.domain.ConsentKind;
import lt.tinklas.people.domain.ConsentKindRecords;
import lt.tinklas.people.domain.ConsentUse;
import lt.tinklas.people.domain.Person;
import lt.tinklas.people.domain.PersonRecords;
import lt.tinklas.shared.history.FieldChange;
import lt.tinklas.shared.history.HistoryEntry;
import lt.tinklas.shared.history.RecordHistory;
import lt.tinklas.shared.personal.FormConsents;
import lt.tinklas.shared.web.ConflictException;
import lt.tinklas.shared.web.Formats;
import lt.tinklas.shared.web.InvalidInputException;
import lt.tinklas.shared.web.NotFoundException;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * The network's kinds of consent and people's consents of them. Mail of a kind goes only to people
 * with a current consent of it, or to everyone when the network marks the kind legitimate interest;
 * a withdrawal keeps the giving beside it.
 */
@Service
public class Consents implements FormConsents {

	/** Why a person gets no mail of a kind. */
	public enum Gap {
		NO_CONSENT, WITHDRAWN
	}

	private final ConsentKindRecords kinds;
	private final PersonRecords persons;
	private final Validator validator;
	private final RecordHistory history;

	Consents(ConsentKindRecords kinds, PersonRecords persons, Validator validator, RecordHistory history) {
		this.history = history;
		this.kinds = kinds;
		this.persons = persons;
		this.validator = validator;
	}

	@Transactional(readOnly = true)
	public List<ConsentKindView> kinds() {
		Map<Long, Long> uses = new HashMap<>();
		kinds.countUsesByKind().forEach(row -> uses.put((Long) row[0], (Long) row[1]));
		return kinds.findAllByOrderByNameLt().stream().map(k -> view(k, uses.getOrDefault(k.getId(), 0L))).toList();
	}

	@Transactional(readOnly = true)
	public ConsentKindView kind(long id) {
		return view(find(id));
	}

	@Transactional(readOnly = true)
	public List<HistoryEntry> kindHistory(long id) {
		return history.of(ConsentKind.class, id);
	}

	@Transactional(readOnly = true)
	public List<FieldChange> kindChangedSince(long id, long version) {
		return history.changedSince(ConsentKind.class, id, version);
	}

	@Transactional
	public ConsentKindView createKind(ConsentKindData data) {
		validate(data, null);
		ConsentKind kind = new ConsentKind(data.nameLt(), data.nameEn());
		apply(kind, data);
		return view(kinds.saveAndFlush(kind));
	}

	/** Saves a kind; refused when someone saved it after the editor read {@code version}. */
	@Transactional
	public ConsentKindView updateKind(long id, long version, ConsentKindData data) {
		ConsentKind kind = find(id);
		kind.checkVersion(version);
		validate(data, id);
		apply(kind, data);
		return view(kinds.saveAndFlush(kind));
	}

	/** Deletes a kind nobody's consent names (the history keeps the deletion); refused while in use. */
	@Transactional
	public void deleteKind(long id) {
		ConsentKind kind = find(id);
		long uses = kinds.countUses(id);
		if (uses > 0) {
			throw new ConflictException("consentKind.error.inUse", kind.getNameLt(), uses);
		}
		kinds.delete(kind);
		kinds.flush();
	}

	/**
	 * Who of these people gets no mail of the kind of the use, and why: without a consent of it or
	 * with it withdrawn. Nobody is left out when the kind is legitimate interest; everybody when the
	 * network has no such kind.
	 */
	@Transactional(readOnly = true)
	public Map<Long, Gap> leftOut(ConsentUse use, Collection<Long> personIds) {
		Optional<ConsentKind> kind = kinds.findByPurpose(use);
		Map<Long, Gap> gaps = new LinkedHashMap<>();
		if (kind.isPresent() && kind.get().isLegitimateInterest()) {
			return gaps;
		}
		Map<Long, Person> found = new HashMap<>();
		if (!personIds.isEmpty()) {
			persons.findAllById(Set.copyOf(personIds)).forEach(p -> found.put(p.getId(), p));
		}
		LocalDate today = LocalDate.now(Formats.VILNIUS);
		for (Long id : personIds) {
			Person person = found.get(id);
			List<Consent> ofKind = person == null || kind.isEmpty() ? List.of()
					: person.getConsents().stream().filter(c -> c.getKindId().equals(kind.get().getId())).toList();
			if (ofKind.stream().noneMatch(c -> c.currentOn(today))) {
				gaps.put(id, ofKind.isEmpty() ? Gap.NO_CONSENT : Gap.WITHDRAWN);
			}
		}
		return gaps;
	}

	/** Who of these people gets no event invitations for want of consent, and why. */
	@Transactional(readOnly = true)
	public Map<Long, Gap> leftOutOfInvitations(Collection<Long> personIds) {
		return leftOut(ConsentUse.INVITATIONS, personIds);
	}

	/**
	 * Withdraws the person's current consents to event invitations today, as done from a mailed link;
	 * false when there was none to withdraw.
	 */
	@Transactional
	public boolean withdrawInvitations(long personId) {
		return withdraw(ConsentUse.INVITATIONS, personId);
	}

	/**
	 * Withdraws the person's current consents to newsletters today, as done from a mailing's
	 * unsubscribe link; false when there was none to withdraw.
	 */
	@Transactional
	public boolean withdrawNewsletters(long personId) {
		return withdraw(ConsentUse.NEWSLETTERS, personId);
	}

	private boolean withdraw(ConsentUse use, long personId) {
		Optional<ConsentKind> kind = kinds.findByPurpose(use);
		Person person = persons.findById(personId).orElse(null);
		if (kind.isEmpty() || person == null) {
			return false;
		}
		LocalDate today = LocalDate.now(Formats.VILNIUS);
		List<Consent> all = new ArrayList<>(person.getConsents());
		boolean changed = false;
		for (int i = 0; i < all.size(); i++) {
			Consent consent = all.get(i);
			if (consent.getKindId().equals(kind.get().getId()) && consent.getWithdrawnOn() == null) {
				all.set(i, consent.withdrawn(today.isBefore(consent.getGivenOn()) ? consent.getGivenOn() : today,
						ConsentSource.MAIL_LINK));
				changed = true;
			}
		}
		if (changed) {
			person.replaceConsents(all);
			persons.flush();
		}
		return changed;
	}

	@Override
	@Transactional(readOnly = true)
	public List<Offered> offered() {
		return kinds.findAllByOrderByNameLt()
			.stream()
			.filter(k -> k.isActive() && k.isOfferedOnForms())
			.map(k -> new Offered(k.getId(), k.statement("lt"), k.statement("en")))
			.toList();
	}

	@Override
	@Transactional
	public void give(String email, String firstName, String lastName, String language, Map<Long, String> shown) {
		List<ConsentKind> ticked = kinds.findAllByOrderByNameLt()
			.stream()
			.filter(k -> k.isActive() && k.isOfferedOnForms() && shown.containsKey(k.getId()))
			.toList();
		if (ticked.isEmpty()) {
			return;
		}
		String shownIn = "en".equals(language) ? "en" : "lt";
		Person person = persons.findByEmail(Person.normalizeEmail(email)).orElseGet(() -> {
			Person added = new Person(firstName, lastName, email);
			added.contact(null, shownIn);
			return added;
		});
		LocalDate today = LocalDate.now(Formats.VILNIUS);
		List<Consent> all = new ArrayList<>(person.getConsents());
		for (ConsentKind kind : ticked) {
			boolean current = all.stream().anyMatch(c -> c.getKindId().equals(kind.getId()) && c.currentOn(today));
			if (!current) {
				all.add(new Consent(kind.getId(), kind.getNameLt(), today, ConsentSource.FORM,
						shown.get(kind.getId()), null, null));
			}
		}
		person.replaceConsents(all);
		persons.saveAndFlush(person);
	}

	/**
	 * The consents as stored: each names its kind by id or by name (a new name becomes a kind of its
	 * own); an unknown id is refused on its row.
	 */
	List<Consent> resolve(List<PersonData.ConsentData> data, List<InvalidInputException.FieldError> errors) {
		List<Consent> resolved = new ArrayList<>();
		Map<String, ConsentKind> added = new HashMap<>();
		for (int i = 0; i < data.size(); i++) {
			PersonData.ConsentData consent = data.get(i);
			ConsentKind kind;
			if (consent.kind() != null) {
				kind = kinds.findById(consent.kind()).orElse(null);
				if (kind == null) {
					errors.add(new InvalidInputException.FieldError("consents[" + i + "].kind",
							"consentKind.error.unknown", new Object[] { consent.kind() }));
					continue;
				}
			}
			else if (consent.purpose() == null || consent.purpose().isBlank()) {
				errors.add(new InvalidInputException.FieldError("consents[" + i + "].kind",
						"jakarta.validation.constraints.NotNull.message", new Object[0]));
				continue;
			}
			else {
				String name = consent.purpose().strip();
				kind = kinds.findByName(name).stream().findFirst().orElseGet(
						() -> added.computeIfAbsent(name.toLowerCase(), n -> kinds.save(new ConsentKind(name, name))));
			}
			if (consent.givenOn() != null) {
				resolved.add(new Consent(kind.getId(), kind.getNameLt(), consent.givenOn(), consent.source(),
						consent.text(), consent.withdrawnOn(), consent.withdrawnSource()));
			}
		}
		return resolved;
	}

	private void validate(ConsentKindData data, Long id) {
		List<InvalidInputException.FieldError> errors = new ArrayList<>();
		validator.validate(data)
			.forEach(v -> errors.add(InvalidInputException.FieldError.text(v.getPropertyPath().toString(), v.getMessage())));
		if (data.nameLt() != null && !data.nameLt().isBlank()) {
			kinds.findByName(data.nameLt().strip())
				.stream()
				.filter(k -> !k.getId().equals(id) && k.getNameLt().equalsIgnoreCase(data.nameLt().strip()))
				.findFirst()
				.ifPresent(k -> errors.add(new InvalidInputException.FieldError("nameLt", "consentKind.error.nameTaken",
						new Object[] { data.nameLt().strip() })));
		}
		if (data.purpose() != null && data.purpose() != ConsentUse.OTHER) {
			kinds.findByPurpose(data.purpose())
				.filter(k -> !k.getId().equals(id))
				.ifPresent(k -> errors.add(new InvalidInputException.FieldError("purpose", "consentKind.error.purposeTaken",
						new Object[] { k.getNameLt() })));
		}
		if (!errors.isEmpty()) {
			throw new InvalidInputException(errors);
		}
	}

	private static void apply(ConsentKind kind, ConsentKindData data) {
		kind.update(data.nameLt(), data.nameEn(), data.statementLt(), data.statementEn(), data.purpose(),
				data.legitimateInterest(), data.offeredOnForms(), data.active());
	}

	private ConsentKind find(long id) {
		return kinds.findById(id).orElseThrow(() -> new NotFoundException("Consent kind"));
	}

	private ConsentKindView view(ConsentKind k) {
		return view(k, kinds.countUses(k.getId()));
	}

	private static ConsentKindView view(ConsentKind k, long uses) {
		return new ConsentKindView(k.getId(), k.getVersion(), k.getNameLt(), k.getNameEn(), k.getStatementLt(),
				k.getStatementEn(), k.getPurpose(), k.isLegitimateInterest(), k.isOfferedOnForms(), k.isActive(), uses);
	}
}
