package lt.tinklas.shared.tenancy;

import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;

/**
 * A network's data version: a number that grows in the same transaction as any change to one of
 * the network's records (see {@link DataVersionListener}). What is computed from many records, such
 * as the yearly report, is kept under the version it was computed at and reused while the version
 * stays the same, on every node, since the number lives in the database.
 */
@Component
public class DataVersions {

	private final JdbcClient jdbc;

	DataVersions(JdbcClient jdbc) {
		this.jdbc = jdbc;
	}

	/** The network's current version (0 before its first change). */
	public long of(long networkId) {
		return jdbc.sql("select version from data_version where network_id = ?")
			.param(networkId)
			.query(Long.class)
			.optional()
			.orElse(0L);
	}
}
