package lt.tinklas.shared.replica;

import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.util.concurrent.atomic.AtomicLong;

import javax.sql.DataSource;

import com.zaxxer.hikari.HikariDataSource;
import org.springframework.jdbc.datasource.AbstractDataSource;

/**
 * Where a read-only transaction gets its connection when a replica is set: from the replica when the
 * request may read from it ({@link ReadsFromReplica}), its caller has not just changed something and
 * the replica is answering and close enough behind the primary; from the primary otherwise, also when
 * the replica fails to give a connection (no error reaches the caller).
 */
final class ReplicaGate extends AbstractDataSource {

	private final DataSource primary;
	private final HikariDataSource replica;
	private final ReplicaHealth health;

	/** Read-only transactions this node has sent to the replica and to the primary (for the drill's figures and the log). */
	final AtomicLong toReplica = new AtomicLong();
	final AtomicLong toPrimary = new AtomicLong();

	ReplicaGate(DataSource primary, HikariDataSource replica, ReplicaHealth health) {
		this.primary = primary;
		this.replica = replica;
		this.health = health;
	}

	@Override
	public Connection getConnection() throws SQLException {
		ReplicaReads reads = ReplicaReads.current();
		if (reads != null && !fenced(reads) && health.usable()) {
			try {
				Connection connection = replica.getConnection();
				// a pooled connection used a moment ago is not checked by the pool: a replica stopped since
				// would fail the page's first statement, so it is asked here, once per transaction
				if (!connection.isValid(1)) {
					replica.evictConnection(connection);
					throw new SQLException("The read replica's connection is closed");
				}
				toReplica.incrementAndGet();
				return connection;
			}
			catch (SQLException failed) {
				health.failed(failed);
			}
		}
		toPrimary.incrementAndGet();
		return primary.getConnection();
	}

	@Override
	public Connection getConnection(String username, String password) throws SQLException {
		throw new SQLException("The read replica's connections are given by its own settings");
	}

	/** Whether the caller changed something a moment ago: asked of the primary once per request. */
	private boolean fenced(ReplicaReads reads) throws SQLException {
		if (reads.fenced == null) {
			reads.fenced = !reads.subject.isEmpty() && ReadFences.fenced(primary, reads.subject);
		}
		return reads.fenced;
	}

	/** Counts of read-only transactions by where they went, for the log and the drill. */
	String counts() {
		return "replica " + toReplica.get() + ", primary " + toPrimary.get();
	}

	static boolean single(Connection connection, String sql, String parameter) throws SQLException {
		try (PreparedStatement statement = connection.prepareStatement(sql)) {
			statement.setString(1, parameter);
			try (ResultSet rows = statement.executeQuery()) {
				return rows.next() && rows.getBoolean(1);
			}
		}
	}
}
