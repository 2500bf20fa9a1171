package lt.tinklas.shared.replica;

/**
 * Whether the request being handled on this thread may read from the replica, and, once asked, whether
 * its caller has just changed something (then it may not).
 */
final class ReplicaReads {

	private static final ThreadLocal<ReplicaReads> CURRENT = new ThreadLocal<>();

	/** Who is asking ("" for an anonymous visitor of the public site). */
	final String subject;

	/** Null until the gate asks the primary whether the caller has just written. */
	Boolean fenced;

	private ReplicaReads(String subject) {
		this.subject = subject;
	}

	static void begin(String subject) {
		CURRENT.set(new ReplicaReads(subject));
	}

	static void end() {
		CURRENT.remove();
	}

	/** The current request's permission, or null when it must read from the primary. */
	static ReplicaReads current() {
		return CURRENT.get();
	}
}
