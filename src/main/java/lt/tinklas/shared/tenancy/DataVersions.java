package lt.tinklas.shared.tenancy;

import java.util.HashMap;
import java.util.Map;
import java.util.function.Supplier;

import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;
import org.springframework.transaction.PlatformTransactionManager;
import org.springframework.transaction.support.TransactionTemplate;
import org.springframework.transaction.support.TransactionSynchronization;
import org.springframework.transaction.support.TransactionSynchronizationManager;

/**
 * A network's data version: a number that grows in the same transaction as any change to one of
 * the network's records (see {@link DataVersionListener}). What is computed from many records, such
 * as the yearly report, is kept under the version it was computed at and reused while the version
 * stays the same, on every node, since the number lives in the database.
 */
@Component
public class DataVersions {

	private final JdbcClient jdbc;
	private final TransactionTemplate readOnly;

	DataVersions(JdbcClient jdbc, PlatformTransactionManager transactions) {
		this.jdbc = jdbc;
		this.readOnly = new TransactionTemplate(transactions);
		this.readOnly.setReadOnly(true);
	}

	/**
	 * Runs {@code work} in a read-only transaction when none is under way, so that a version and what is
	 * computed under it are read from one database: with a read replica, both from the replica or both
	 * from the primary, never a newer version with an older replica's figures.
	 */
	<T> T consistently(Supplier<T> work) {
		if (TransactionSynchronizationManager.isActualTransactionActive()) {
			return work.get();
		}
		return readOnly.execute(status -> work.get());
	}

	/**
	 * The network's current version (0 before its first change). In a read-only transaction it is
	 * read once: all its figures are then kept under the version the transaction began with.
	 */
	public long of(long networkId) {
		if (TransactionSynchronizationManager.isSynchronizationActive()
				&& TransactionSynchronizationManager.isCurrentTransactionReadOnly()) {
			@SuppressWarnings("unchecked")
			Map<Long, Long> read = (Map<Long, Long>) TransactionSynchronizationManager.getResource(this);
			if (read == null) {
				Map<Long, Long> fresh = new HashMap<>();
				TransactionSynchronizationManager.bindResource(this, fresh);
				TransactionSynchronizationManager.registerSynchronization(new TransactionSynchronization() {
					@Override
					public void afterCompletion(int status) {
						TransactionSynchronizationManager.unbindResourceIfPossible(DataVersions.this);
					}
				});
				read = fresh;
			}
			return read.computeIfAbsent(networkId, this::read);
		}
		return read(networkId);
	}

	private long read(long networkId) {
		return Tenancy.runAs(networkId, () -> jdbc.sql("select version from data_version where network_id = ?")
			.param(networkId)
			.query(Long.class)
			.optional()
			.orElse(0L));
	}
}
