package lt.tinklas.projects;

import java.util.Collection;
import java.util.HashMap;
import java.util.Locale;
import java.util.Map;
import java.util.Set;

import lt.tinklas.shared.history.RecordNames;
import org.springframework.stereotype.Component;

/** Funders by name, in the reader's language, in histories. */
@Component
class FunderNames implements RecordNames {

	private final Funders funders;

	FunderNames(Funders funders) {
		this.funders = funders;
	}

	@Override
	public Set<String> kinds() {
		return Set.of("funder");
	}

	@Override
	public Map<Object, String> names(String kind, Collection<?> ids, Locale locale) {
		Map<Long, FunderView> all = funders.byId();
		Map<Object, String> names = new HashMap<>();
		ids.stream().filter(all::containsKey).forEach(id -> names.put(id, all.get(id).name(locale.getLanguage())));
		return names;
	}
}
