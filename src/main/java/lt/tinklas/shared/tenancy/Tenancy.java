package lt.tinklas.shared.tenancy;

import java.util.Optional;
import java.util.function.Supplier;

/**
 * The network the current request or job works in. Set by the web layer for {@code /n/{slug}} and
 * {@code /api/v1/networks/{slug}}, and by jobs with {@link #runAs}. Hibernate reads it to scope
 * every entity query; SQL written by hand passes {@link #require()} as its first parameter.
 */
public final class Tenancy {

	private static final ThreadLocal<Long> CURRENT = new ThreadLocal<>();

	private Tenancy() {
	}

	public static Optional<Long> current() {
		return Optional.ofNullable(CURRENT.get());
	}

	public static long require() {
		Long id = CURRENT.get();
		if (id == null) {
			throw new IllegalStateException("No network is selected for this work");
		}
		return id;
	}

	public static void set(Long networkId) {
		if (networkId == null) {
			CURRENT.remove();
		}
		else {
			CURRENT.set(networkId);
		}
	}

	public static void clear() {
		CURRENT.remove();
	}

	public static <T> T runAs(long networkId, Supplier<T> work) {
		Long previous = CURRENT.get();
		CURRENT.set(networkId);
		try {
			return work.get();
		}
		finally {
			set(previous);
		}
	}

	public static void runAs(long networkId, Runnable work) {
		runAs(networkId, () -> {
			work.run();
			return null;
		});
	}
}
