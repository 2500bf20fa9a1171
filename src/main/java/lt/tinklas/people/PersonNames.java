package lt.tinklas.people;

import java.util.Collection;
import java.util.HashMap;
import java.util.Locale;
import java.util.Map;
import java.util.Set;

import lt.tinklas.shared.history.RecordNames;
import org.springframework.stereotype.Component;

/** People by their full names in histories. */
@Component
class PersonNames implements RecordNames {

	private final PersonDirectory directory;

	PersonNames(PersonDirectory directory) {
		this.directory = directory;
	}

	@Override
	public Set<String> kinds() {
		return Set.of("person");
	}

	@Override
	public Map<Object, String> names(String kind, Collection<?> ids, Locale locale) {
		return new HashMap<>(directory.fullNames(ids.stream().map(Long.class::cast).toList()));
	}
}
