package lt.tinklas.organizations.application;

import java.util.Collection;
import java.util.HashMap;
import java.util.Locale;
import java.util.Map;
import java.util.Set;

import lt.tinklas.organizations.Municipalities;
import lt.tinklas.organizations.Organizations;
import lt.tinklas.shared.history.RecordNames;
import org.springframework.stereotype.Component;

/** Organizations and municipalities by name in histories. */
@Component
class OrganizationNames implements RecordNames {

	private final Organizations organizations;
	private final Municipalities municipalities;

	OrganizationNames(Organizations organizations, Municipalities municipalities) {
		this.organizations = organizations;
		this.municipalities = municipalities;
	}

	@Override
	public Set<String> kinds() {
		return Set.of("organization", "municipality");
	}

	@Override
	public Map<Object, String> names(String kind, Collection<?> ids, Locale locale) {
		Map<Object, String> names = new HashMap<>();
		if (kind.equals("municipality")) {
			ids.forEach(code -> municipalities.byIso(String.valueOf(code)).ifPresent(m -> names.put(code, m.name())));
			return names;
		}
		return RecordNames.among(ids, organizations.namesOf(ids.stream()
			.filter(Number.class::isInstance)
			.map(id -> ((Number) id).longValue())
			.toList()));
	}
}
