package lt.tinklas.people.application;

import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;

import lt.tinklas.people.domain.Person;
import lt.tinklas.people.domain.PersonRecords;
import lt.tinklas.people.domain.PersonalDataRequest;
import lt.tinklas.people.domain.PersonalDataRequestRecords;
import lt.tinklas.shared.history.AccessKind;
import lt.tinklas.shared.history.AccessLog;
import lt.tinklas.shared.personal.DataSubject;
import lt.tinklas.shared.personal.ErasureEffect;
import lt.tinklas.shared.personal.ExportSection;
import lt.tinklas.shared.personal.PersonalDataHolder;
import lt.tinklas.shared.tenancy.Tenancy;
import lt.tinklas.shared.web.ConflictException;
import lt.tinklas.shared.web.InvalidInputException;
import lt.tinklas.shared.web.NotFoundException;
import org.springframework.beans.factory.ObjectProvider;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * A person's requests about their data in the current network (GDPR Articles 15, 17 and 20): the
 * export of everything every module holds about them, and their erasure, which removes what names
 * them and keeps what counts for the network's figures. Both are recorded in the audit log, an
 * erasure without the values it removed.
 */
@Service
public class PersonalDataRequests {

	public static final int MAX_REFERENCE = 200;

	private final PersonRecords persons;
	private final PersonalDataRequestRecords requests;
	private final ObjectProvider<PersonalDataHolder> holders;
	private final FreeTextScrub scrub;
	private final JdbcClient jdbc;
	private final AccessLog accessLog;

	PersonalDataRequests(PersonRecords persons, PersonalDataRequestRecords requests,
			ObjectProvider<PersonalDataHolder> holders, FreeTextScrub scrub, JdbcClient jdbc, AccessLog accessLog) {
		this.persons = persons;
		this.requests = requests;
		this.holders = holders;
		this.scrub = scrub;
		this.jdbc = jdbc;
		this.accessLog = accessLog;
	}

	/**
	 * Everything the network holds about the person, in their language; recorded as a request and in
	 * the access log (who read it, how many items). Not found once erased.
	 */
	@Transactional
	public PersonalDataExport export(long personId) {
		Person person = present(personId);
		Locale locale = Locale.forLanguageTag(person.getLanguage());
		DataSubject subject = subject(person);
		List<ExportSection> sections = new ArrayList<>();
		holders.orderedStream().forEach(holder -> sections.addAll(holder.export(subject, locale)));
		Instant now = Instant.now();
		requests.save(new PersonalDataRequest(personId, PersonalDataRequest.DataRequestKind.EXPORT, null, now));
		accessLog.record(AccessKind.PERSONAL_DATA_EXPORT, "accessLog.subject.person",
				person.getFirstName() + " " + person.getLastName(), List.of(),
				sections.stream().mapToInt(section -> section.items().size()).sum());
		return new PersonalDataExport(person.getId(), now, locale.getLanguage(), sections);
	}

	/** What erasing the person would remove and keep, for the question asked first. */
	@Transactional(readOnly = true)
	public List<ErasureEffect> erasureEffects(long personId) {
		DataSubject subject = subject(present(personId));
		List<ErasureEffect> effects = new ArrayList<>();
		holders.orderedStream().forEach(holder -> effects.addAll(holder.erasureEffects(subject)));
		return effects;
	}

	/**
	 * Erases the person under the request's {@code reference}: each module removes what names them,
	 * then the person record and its audit rows are emptied and every text of the network that still
	 * names them is scrubbed. Refused, changing nothing, for a person erased before or without a reference.
	 */
	@Transactional
	public void erase(long personId, String reference) {
		if (reference == null || reference.isBlank()) {
			throw InvalidInputException.of("reference", "personalData.error.referenceRequired");
		}
		if (reference.strip().length() > MAX_REFERENCE) {
			throw InvalidInputException.of("reference", "personalData.error.referenceTooLong", MAX_REFERENCE);
		}
		Person person = persons.findById(personId).orElseThrow(() -> new NotFoundException("Person"));
		if (person.isErased()) {
			throw new ConflictException("personalData.error.alreadyErased");
		}
		DataSubject subject = subject(person);
		holders.orderedStream().forEach(holder -> holder.erase(subject));
		Instant now = Instant.now();
		person.erase(now);
		persons.saveAndFlush(person);
		long network = Tenancy.require();
		jdbc.sql("""
				update person_aud set first_name = '', last_name = '', email = null, phone = null, search_text = ''
				where id = :person and network_id = :network""")
			.param("person", personId)
			.param("network", network)
			.update();
		jdbc.sql("update person_affiliation_aud set job_position = null where person_id = :person"
				+ " and exists (select 1 from person p where p.id = :person and p.network_id = :network)")
			.param("person", personId)
			.param("network", network)
			.update();
		jdbc.sql("delete from personal_data_link where network_id = :network and person_id = :person")
			.param("network", network)
			.param("person", personId)
			.update();
		scrub.scrub(subject);
		requests.save(new PersonalDataRequest(personId, PersonalDataRequest.DataRequestKind.ERASURE, reference, now));
	}

	private Person present(long personId) {
		return persons.findById(personId)
			.filter(person -> !person.isErased())
			.orElseThrow(() -> new NotFoundException("Person"));
	}

	private static DataSubject subject(Person person) {
		return new DataSubject(person.getNetworkId(), person.getId(), person.getFirstName(), person.getLastName(),
				person.getEmail(), person.getPhone(), person.getLanguage());
	}
}
