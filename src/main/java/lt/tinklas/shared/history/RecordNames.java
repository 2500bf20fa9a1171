package lt.tinklas.shared.history;

import java.util.Collection;
import java.util.Locale;
import java.util.Map;
import java.util.Set;

/**
 * Names records of some kinds for the change history, so a history reads "Jonas Jonaitis" or
 * "Kauno miesto", not "[1, 8]" or "LT-15". A module that owns records others refer to provides one;
 * it is asked inside the network whose history is shown.
 */
public interface RecordNames {

	/** The kinds named here, as {@link ShownAs} names them. */
	Set<String> kinds();

	/** The name of each id of the kind that exists; ids not found are left out. */
	Map<Object, String> names(String kind, Collection<?> ids, Locale locale);
}
