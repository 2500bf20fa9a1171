package lt.tinklas.shared.ratelimit;

import java.time.Duration;
import java.util.function.Supplier;

import io.github.bucket4j.BucketConfiguration;

/** Where the buckets live: in PostgreSQL (shared by every node) or, on the embedded database, in memory. */
interface Buckets {

	/** Takes one use; the wait when there is none left (nothing is taken then). */
	Duration take(String key, Supplier<BucketConfiguration> configuration);

	/** The wait before a use would be allowed, taking nothing; zero when one is left. */
	Duration waitFor(String key, Supplier<BucketConfiguration> configuration);

	/** Forgets buckets full again for a while; returns how many. */
	default int removeExpired() {
		return 0;
	}
}
