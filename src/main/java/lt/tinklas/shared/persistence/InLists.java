package lt.tinklas.shared.persistence;

import java.util.ArrayList;
import java.util.List;

/** Values asked for with {@code in (...)}, in parts small enough for one query each. */
public final class InLists {

	/** Values in one {@code in (...)}: well under the database's limit of parameters in a statement. */
	static final int SIZE = 1000;

	private InLists() {
	}

	/** The values in parts of at most a thousand, in their order. */
	public static <T> List<List<T>> of(List<T> values) {
		List<List<T>> parts = new ArrayList<>();
		for (int from = 0; from < values.size(); from += SIZE) {
			parts.add(values.subList(from, Math.min(from + SIZE, values.size())));
		}
		return parts;
	}
}
