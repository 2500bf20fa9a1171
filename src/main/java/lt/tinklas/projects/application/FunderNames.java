package lt.tinklas.projects.application;

import java.util.Collection;
import java.util.HashMap;
import java.util.Locale;
import java.util.Map;
import java.util.Set;

import lt.tinklas.projects.Funders;
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
		Map<Long, String> all = new HashMap<>();
		funders.list().forEach(funder -> all.put(funder.id(), funder.name(locale.getLanguage())));
		return RecordNames.among(ids, all);
	}
}
