package lt.tinklas.people.application;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;

import lt.tinklas.organizations.Organizations;
import lt.tinklas.people.domain.ConsentKindRecords;
import lt.tinklas.people.domain.Person;
import lt.tinklas.people.domain.PersonRecords;
import lt.tinklas.people.domain.PersonalDataRequestRecords;
import lt.tinklas.shared.history.FieldChange;
import lt.tinklas.shared.history.HistoryEntry;
import lt.tinklas.shared.history.RecordHistory;
import lt.tinklas.shared.personal.DataSubject;
import lt.tinklas.shared.personal.ErasureEffect;
import lt.tinklas.shared.personal.ExportSection;
import lt.tinklas.shared.personal.PersonalDataHolder;
import lt.tinklas.shared.web.NotFoundException;
import org.springframework.context.MessageSource;
import org.springframework.core.annotation.Order;
import org.springframework.stereotype.Component;

/**
 * The people module's own part of a person's data: the profile, workplaces, consents, the history
 * of changes to the record and earlier requests. Their erasure is the person record's own
 * ({@link PersonalDataRequests#erase}), so this part only tells what it does.
 */
@Component
@Order(0)
class PeopleData implements PersonalDataHolder {

	private final PersonRecords persons;
	private final PersonalDataRequestRecords requests;
	private final Organizations organizations;
	private final RecordHistory history;
	private final MessageSource messages;

	private final ConsentKindRecords kinds;

	PeopleData(PersonRecords persons, PersonalDataRequestRecords requests, Organizations organizations,
			RecordHistory history, MessageSource messages, ConsentKindRecords kinds) {
		this.kinds = kinds;
		this.persons = persons;
		this.requests = requests;
		this.organizations = organizations;
		this.history = history;
		this.messages = messages;
	}

	@Override
	public List<ExportSection> export(DataSubject subject, Locale locale) {
		Person person = persons.findById(subject.personId()).orElseThrow(() -> new NotFoundException("Person"));
		List<ExportSection> sections = new ArrayList<>();
		Map<String, Object> profile = new LinkedHashMap<>();
		profile.put("firstName", person.getFirstName());
		profile.put("lastName", person.getLastName());
		profile.put("email", person.getEmail());
		profile.put("phone", person.getPhone());
		profile.put("language", messages.getMessage("language." + person.getLanguage(), null, locale));
		profile.put("recordedAt", person.getCreatedAt());
		sections.add(new ExportSection("profile", List.of(profile)));

		Map<Long, String> names = organizations.namesOf(
				person.getAffiliations().stream().map(affiliation -> affiliation.getOrganizationId()).toList());
		sections.add(new ExportSection("affiliations", person.getAffiliations().stream().map(affiliation -> {
			Map<String, Object> item = new LinkedHashMap<>();
			item.put("organization", names.get(affiliation.getOrganizationId()));
			item.put("position", affiliation.getPosition());
			item.put("from", affiliation.getFrom());
			item.put("until", affiliation.getUntil());
			return item;
		}).toList()));
		// the kind in the reader's language, the name it had when given if the kind is gone
		Map<Long, String> kindNames = new HashMap<>();
		kinds.findAllById(person.getConsents().stream().map(consent -> consent.getKindId()).toList())
			.forEach(kind -> kindNames.put(kind.getId(), kind.name(locale.getLanguage())));
		sections.add(new ExportSection("consents", person.getConsents()
			.stream()
			.sorted(Comparator.comparing(consent -> consent.getGivenOn()))
			.map(consent -> {
				Map<String, Object> item = new LinkedHashMap<>();
				item.put("kind", kindNames.getOrDefault(consent.getKindId(), consent.getPurpose()));
				item.put("givenOn", consent.getGivenOn());
				item.put("source", messages.getMessage("consentSource." + consent.getSource(), null, locale));
				item.put("text", consent.getText());
				item.put("withdrawnOn", consent.getWithdrawnOn());
				item.put("withdrawnSource", consent.getWithdrawnSource() == null ? null
						: messages.getMessage("consentSource." + consent.getWithdrawnSource(), null, locale));
				return item;
			})
			.toList()));

		List<Map<String, Object>> changes = new ArrayList<>();
		for (HistoryEntry entry : history.of(Person.class, person.getId())) {
			for (FieldChange change : entry.changes()) {
				Map<String, Object> item = new LinkedHashMap<>();
				item.put("changedAt", entry.at());
				item.put("field", messages.getMessage(change.labelKey(), null, change.property(), locale));
				item.put("before", change.from());
				item.put("after", change.to());
				changes.add(item);
			}
		}
		sections.add(new ExportSection("history", changes));
		sections.add(new ExportSection("requests", requests.findByPersonIdOrderByMadeAt(person.getId())
			.stream()
			.map(request -> {
				Map<String, Object> item = new LinkedHashMap<>();
				item.put("madeAt", request.getMadeAt());
				item.put("kind", messages.getMessage("dataRequestKind." + request.getKind().name(), null, locale));
				item.put("reference", request.getReference());
				return item;
			})
			.toList()));
		return sections.stream().filter(section -> !section.items().isEmpty()).toList();
	}

	@Override
	public List<ErasureEffect> erasureEffects(DataSubject subject) {
		Person person = persons.findById(subject.personId()).orElseThrow(() -> new NotFoundException("Person"));
		List<ErasureEffect> effects = new ArrayList<>();
		effects.add(ErasureEffect.removed("profile", 1));
		if (!person.getConsents().isEmpty()) {
			effects.add(ErasureEffect.removed("consents", person.getConsents().size()));
		}
		if (!person.getAffiliations().isEmpty()) {
			effects.add(ErasureEffect.kept("affiliations", person.getAffiliations().size()));
		}
		return effects;
	}

	@Override
	public void erase(DataSubject subject) {
		// the person record itself is erased last, by PersonalDataRequests, after every other holder
	}
}
