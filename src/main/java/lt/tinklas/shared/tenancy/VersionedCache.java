package lt.tinklas.shared.tenancy;

import java.time.Duration;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.function.Supplier;

import com.github.benmanes.caffeine.cache.Cache;
import com.github.benmanes.caffeine.cache.Caffeine;
import org.springframework.transaction.support.TransactionSynchronizationManager;

/**
 * Figures computed from many of a network's records (a year's events counted, an indicator's
 * value), kept in this node's memory under the network's {@link DataVersions data version} and the
 * day, and reused until a record of the network changes: safe to lose, and never stale on any node,
 * since the version lives in the database. A transaction that writes computes afresh (its own
 * changes are not in the version yet).
 */
public final class VersionedCache<K, V> {

	private static final ZoneId VILNIUS = ZoneId.of("Europe/Vilnius");

	private final DataVersions versions;

	private final Cache<Key<K>, V> kept;

	private record Key<K>(long network, long version, LocalDate day, K what) {
	}

	/** A cache of at most {@code size} figures, each dropped after an hour unused. */
	public VersionedCache(DataVersions versions, int size) {
		this.versions = versions;
		this.kept = Caffeine.newBuilder().maximumSize(size).expireAfterAccess(Duration.ofHours(1)).build();
	}

	/** The figure for {@code what} in the network: kept, or computed now and kept. */
	public V get(long network, K what, Supplier<V> compute) {
		if (TransactionSynchronizationManager.isActualTransactionActive()
				&& !TransactionSynchronizationManager.isCurrentTransactionReadOnly()) {
			return compute.get();
		}
		// the version is read first: what is computed after it is at least as new as it says
		return versions.consistently(() -> {
			Key<K> key = new Key<>(network, versions.of(network), LocalDate.now(VILNIUS), what);
			return kept.get(key, k -> compute.get());
		});
	}
}
