package lt.tinklas.people;

import java.util.Collection;
import java.util.HashMap;
import java.util.Locale;
import java.util.Map;
import java.util.Set;

import lt.tinklas.shared.history.RecordNames;
import lt.tinklas.people.domain.Persons;
import org.springframework.stereotype.Component;

/** People by their full names in histories. */
@Component
class PersonNames implements RecordNames {

	private final Persons persons;

	PersonNames(Persons persons) {
		this.persons = persons;
	}

	@Override
	public Set<String> kinds() {
		return Set.of("person");
	}

	@Override
	public Map<Object, String> names(String kind, Collection<?> ids, Locale locale) {
		Map<Object, String> names = new HashMap<>();
		persons.findAllById(ids.stream().map(Long.class::cast).toList())
			.forEach(person -> names.put(person.getId(), People.view(person).fullName()));
		return names;
	}
}
