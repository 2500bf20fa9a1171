package lt.tinklas.shared.ratelimit;

import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.time.Duration;
import java.util.function.Supplier;

import javax.sql.DataSource;

import io.github.bucket4j.BucketConfiguration;
import io.github.bucket4j.ConsumptionProbe;
import io.github.bucket4j.distributed.ExpirationAfterWriteStrategy;
import io.github.bucket4j.distributed.jdbc.PrimaryKeyMapper;
import io.github.bucket4j.postgresql.Bucket4jPostgreSQL;
import io.github.bucket4j.postgresql.PostgreSQLadvisoryLockBasedProxyManager;

/**
 * Buckets in the table {@code rate_limit_bucket}, each read and written in a transaction holding a
 * PostgreSQL advisory lock on its key, so that several nodes count the same uses. Every use costs
 * the same three statements (lock, read, write), the first one too. A bucket full again for an
 * hour is removed by {@link RateLimits}' hourly job, which skips a bucket in use.
 */
class DatabaseBuckets implements Buckets {

	private final PostgreSQLadvisoryLockBasedProxyManager<String> buckets;

	DatabaseBuckets(DataSource dataSource) {
		this.buckets = Bucket4jPostgreSQL.advisoryLockBasedBuilder(dataSource)
			.primaryKeyMapper(PrimaryKeyMapper.STRING)
			.lockIdSupplier(DatabaseBuckets::lockId)
			.lockColumn("lock_id")
			.table("rate_limit_bucket")
			.idColumn("id")
			.stateColumn("state")
			.expiresAtColumn("expires_at")
			.expirationAfterWrite(ExpirationAfterWriteStrategy.basedOnTimeForRefillingBucketUpToMax(Duration.ofHours(1)))
			.build();
	}

	@Override
	public Duration take(String key, Supplier<BucketConfiguration> configuration) {
		ConsumptionProbe probe = buckets.builder().build(key, configuration).tryConsumeAndReturnRemaining(1);
		return probe.isConsumed() ? Duration.ZERO : Duration.ofNanos(probe.getNanosToWaitForRefill());
	}

	@Override
	public Duration waitFor(String key, Supplier<BucketConfiguration> configuration) {
		var probe = buckets.builder().build(key, configuration).estimateAbilityToConsume(1);
		return probe.canBeConsumed() ? Duration.ZERO : Duration.ofNanos(probe.getNanosToWaitForRefill());
	}

	@Override
	public int removeExpired() {
		int removed = 0;
		for (int batch = buckets.removeExpired(1000); batch > 0; batch = buckets.removeExpired(1000)) {
			removed += batch;
		}
		return removed;
	}

	/** The advisory lock of a key: the first 8 bytes of its SHA-256, so that two keys seldom share one. */
	static long lockId(String key) {
		try {
			byte[] digest = MessageDigest.getInstance("SHA-256").digest(key.getBytes(StandardCharsets.UTF_8));
			long id = 0;
			for (int i = 0; i < 8; i++) {
				id = (id << 8) | (digest[i] & 0xff);
			}
			return id;
		}
		catch (NoSuchAlgorithmException e) {
			throw new IllegalStateException(e);
		}
	}
}
