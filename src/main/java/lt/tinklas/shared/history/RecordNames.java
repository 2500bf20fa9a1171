package lt.tinklas.shared.history;

import java.util.Collection;
import java.util.HashMap;
import java.util.Locale;
import java.util.Map;
import java.util.Set;

/**
 * Names records of some kinds for the change history, so a history reads “Jonas Jonaitis” or
 * “Kauno miesto”, not “[1, 8]” or “LT-15”. A module that owns records others refer to provides one;
 * it is asked inside the network whose history is shown.
 */
public interface RecordNames {

	/** The kind of the people who change records: named by the e-mail they sign in with. */
	String USER = "user";

	/** The kinds named here, as {@link ShownAs} names them. */
	Set<String> kinds();

	/** The name of each id of the kind that exists; ids not found are left out. */
	Map<Object, String> names(String kind, Collection<?> ids, Locale locale);

	/** The names of the ids asked, from all the records' names; ids not among them are left out. */
	static Map<Object, String> among(Collection<?> ids, Map<?, String> all) {
		Map<Object, String> names = new HashMap<>();
		ids.stream().filter(all::containsKey).forEach(id -> names.put(id, all.get(id)));
		return names;
	}
}
