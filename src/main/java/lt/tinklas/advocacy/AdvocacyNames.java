package lt.tinklas.advocacy;

import java.util.Collection;
import java.util.HashMap;
import java.util.Locale;
import java.util.Map;
import java.util.Set;

import lt.tinklas.shared.history.RecordNames;
import org.springframework.stereotype.Component;

/** Institutions, directions, positions and working groups by name in histories. */
@Component
class AdvocacyNames implements RecordNames {

	private final AdvocacyLists lists;
	private final Positions positions;
	private final WorkingGroups groups;

	AdvocacyNames(AdvocacyLists lists, Positions positions, WorkingGroups groups) {
		this.lists = lists;
		this.positions = positions;
		this.groups = groups;
	}

	@Override
	public Set<String> kinds() {
		return Set.of("institution", "direction", "position", "workingGroup");
	}

	@Override
	public Map<Object, String> names(String kind, Collection<?> ids, Locale locale) {
		Map<Long, String> all = switch (kind) {
			case "institution" -> lists.institutionNames(locale.getLanguage());
			case "direction" -> lists.directionNames(locale.getLanguage());
			case "position" -> positions.titles();
			default -> groups.names();
		};
		Map<Object, String> names = new HashMap<>();
		ids.stream().filter(all::containsKey).forEach(id -> names.put(id, all.get(id)));
		return names;
	}
}
