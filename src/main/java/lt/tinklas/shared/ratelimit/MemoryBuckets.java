package lt.tinklas.shared.ratelimit;

import java.time.Duration;
import java.util.function.Supplier;

import com.github.benmanes.caffeine.cache.Cache;
import com.github.benmanes.caffeine.cache.Caffeine;
import io.github.bucket4j.Bandwidth;
import io.github.bucket4j.Bucket;
import io.github.bucket4j.BucketConfiguration;
import io.github.bucket4j.ConsumptionProbe;

/**
 * Buckets in this process's memory, for the embedded single-node database: a bucket unused for an
 * hour is forgotten (every door's bucket is full again by then).
 */
class MemoryBuckets implements Buckets {

	private final Cache<String, Bucket> buckets = Caffeine.newBuilder()
		.expireAfterAccess(Duration.ofHours(1))
		.maximumSize(100_000)
		.build();

	@Override
	public Duration take(String key, Supplier<BucketConfiguration> configuration) {
		ConsumptionProbe probe = bucket(key, configuration).tryConsumeAndReturnRemaining(1);
		return probe.isConsumed() ? Duration.ZERO : Duration.ofNanos(probe.getNanosToWaitForRefill());
	}

	@Override
	public Duration waitFor(String key, Supplier<BucketConfiguration> configuration) {
		var probe = bucket(key, configuration).estimateAbilityToConsume(1);
		return probe.canBeConsumed() ? Duration.ZERO : Duration.ofNanos(probe.getNanosToWaitForRefill());
	}

	private Bucket bucket(String key, Supplier<BucketConfiguration> configuration) {
		return buckets.get(key, k -> {
			var builder = Bucket.builder();
			for (Bandwidth bandwidth : configuration.get().getBandwidths()) {
				builder.addLimit(bandwidth);
			}
			return builder.build();
		});
	}
}
