package lt.tinklas.shared.sql;

import java.util.ArrayList;
import java.util.Collection;
import java.util.List;

/**
 * Values for SQL's {@code in (:ids)} in batches, so that a list of thousands of ids makes a few
 * queries rather than one with more parameters than a driver takes.
 */
public final class InList {

	/** At most this many values go into one query's {@code in} list. */
	public static final int BATCH = 1000;

	private InList() {
	}

	public static <T> List<List<T>> batches(Collection<T> values) {
		List<T> all = List.copyOf(values);
		List<List<T>> batches = new ArrayList<>();
		for (int from = 0; from < all.size(); from += BATCH) {
			batches.add(all.subList(from, Math.min(from + BATCH, all.size())));
		}
		return batches;
	}
}
