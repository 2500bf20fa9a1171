package lt.tinklas.shared.tenancy;

import java.util.function.Supplier;

/**
 * The platform's own narrow path past the database's network isolation: work that by its nature
 * spans networks (signing a user in with their roles in every network, finding a token by its hash,
 * sending the outbox, retention and reminder jobs walking every network). Inside it, the
 * transaction is marked platform-wide and PostgreSQL's row-level security lets it see every
 * network's rows; everywhere else a transaction sees only its own network's. Which classes may take
 * this path is listed and reviewed in ArchitectureTests.
 */
public final class PlatformWide {

	private static final ThreadLocal<Boolean> ACTIVE = new ThreadLocal<>();

	private PlatformWide() {
	}

	public static <T> T run(Supplier<T> work) {
		Boolean previous = ACTIVE.get();
		ACTIVE.set(Boolean.TRUE);
		try {
			return work.get();
		}
		finally {
			if (previous == null) {
				ACTIVE.remove();
			}
			else {
				ACTIVE.set(previous);
			}
		}
	}

	public static void run(Runnable work) {
		run(() -> {
			work.run();
			return null;
		});
	}

	/** Whether the current thread's work is on the platform path. */
	public static boolean active() {
		return Boolean.TRUE.equals(ACTIVE.get());
	}
}
