package lt.tinklas.shared.personal;

/**
 * What an erasure does to one kind of record of the person, for the question asked before it:
 * {@code key} names the kind (message {@code personalData.effect.<key>}), {@code count} how many the
 * person has, and whether they go or stay as anonymous records that still count for the figures.
 */
public record ErasureEffect(String key, long count, Outcome outcome) {

	public enum Outcome {
		/** Removed, or stripped of what identifies the person. */
		REMOVED,
		/** Kept without the person's name, so the network's figures do not change. */
		KEPT_ANONYMOUS
	}

	public static ErasureEffect removed(String key, long count) {
		return new ErasureEffect(key, count, Outcome.REMOVED);
	}

	public static ErasureEffect kept(String key, long count) {
		return new ErasureEffect(key, count, Outcome.KEPT_ANONYMOUS);
	}
}
