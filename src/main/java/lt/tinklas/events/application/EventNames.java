package lt.tinklas.events.application;

import java.util.Collection;
import java.util.HashMap;
import java.util.Locale;
import java.util.Map;
import java.util.Set;

import lt.tinklas.events.domain.EventRecords;
import lt.tinklas.shared.history.RecordNames;
import org.springframework.stereotype.Component;

/** Events by their titles, in the reader's language, in histories. */
@Component
class EventNames implements RecordNames {

	private final EventRecords events;

	EventNames(EventRecords events) {
		this.events = events;
	}

	@Override
	public Set<String> kinds() {
		return Set.of("event");
	}

	@Override
	public Map<Object, String> names(String kind, Collection<?> ids, Locale locale) {
		Map<Object, String> names = new HashMap<>();
		events.findAllById(ids.stream().map(Long.class::cast).toList())
			.forEach(event -> names.put(event.getId(),
					"en".equals(locale.getLanguage()) && event.getTitleEn() != null ? event.getTitleEn() : event.getTitle()));
		return names;
	}
}
