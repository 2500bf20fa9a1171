package lt.tinklas.shared.replica;

import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.Duration;

import javax.sql.DataSource;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Whether this node may read from the replica now: it answered, and it is no further behind the
 * primary than the setting allows. Looked at no more than once in {@link #RECHECK} per node; after a
 * failure the replica is left alone for the setting's time. Behind means: the primary has written WAL
 * the replica has not replayed, and the last transaction it replayed is older than the limit (an idle
 * primary with a caught-up replica is not behind however old its last transaction is).
 */
final class ReplicaHealth {

	private static final Logger log = LoggerFactory.getLogger(ReplicaHealth.class);

	static final Duration RECHECK = Duration.ofSeconds(2);

	private final DataSource primary;
	private final DataSource replica;
	private final ReplicaSettings settings;

	/** When it was last looked at, and until when it is left alone (System.nanoTime; compared by difference). */
	private volatile long checkedAt;
	private volatile long leftAloneUntil;
	private volatile boolean usable;
	private volatile boolean failedBefore;

	ReplicaHealth(DataSource primary, DataSource replica, ReplicaSettings settings) {
		this.primary = primary;
		this.replica = replica;
		this.settings = settings;
		long now = System.nanoTime();
		this.leftAloneUntil = now;
		this.checkedAt = now - 2 * RECHECK.toNanos();
	}

	boolean usable() {
		long now = System.nanoTime();
		if (now - leftAloneUntil < 0) {
			return false;
		}
		if (now - checkedAt < RECHECK.toNanos()) {
			return usable;
		}
		synchronized (this) {
			if (System.nanoTime() - checkedAt >= RECHECK.toNanos()) {
				check();
			}
			return usable;
		}
	}

	/** The replica failed to give a connection or to answer: reads go to the primary for a while. */
	void failed(Exception failure) {
		long now = System.nanoTime();
		leftAloneUntil = now + settings.retryAfter().toNanos();
		checkedAt = now - 2 * RECHECK.toNanos();
		if (usable || !failedBefore) {
			log.warn("The read replica does not answer ({}); reads go to the primary", failure.getMessage());
		}
		failedBefore = true;
		usable = false;
	}

	private void check() {
		boolean now;
		try {
			Double behind = secondsBehind();
			now = behind != null && behind <= settings.maxLag().toSeconds();
			if (now != usable) {
				if (now) {
					log.info("The read replica answers and is close behind the primary; reads go to it");
				}
				else {
					log.warn("The read replica is behind the primary by more than {}; reads go to the primary",
							settings.maxLag());
				}
			}
			usable = now;
			failedBefore = false;
			checkedAt = System.nanoTime();
		}
		catch (SQLException e) {
			failed(e);
		}
	}

	/** The primary's last migration (read at each look: another node may have migrated it meanwhile). */
	private int lastMigration() throws SQLException {
		try (Connection connection = primary.getConnection();
				PreparedStatement statement = connection
					.prepareStatement("select max(installed_rank) from flyway_schema_history");
				ResultSet row = statement.executeQuery()) {
			row.next();
			return row.getInt(1);
		}
	}

	/**
	 * How far the replica is behind (0: caught up, null: it cannot tell, as when it replays nothing).
	 * A database that does not hold this installation's schema at the primary's last migration (a URL
	 * that names another database, a replica behind a migration) is refused, with the reason.
	 */
	private Double secondsBehind() throws SQLException {
		String replayed;
		double sinceReplay;
		try (Connection connection = replica.getConnection();
				PreparedStatement statement = connection.prepareStatement("""
						select pg_is_in_recovery(), pg_last_wal_replay_lsn()::text,
						       extract(epoch from (clock_timestamp() - pg_last_xact_replay_timestamp())),
						       (select max(installed_rank) from flyway_schema_history)""");
				ResultSet row = statement.executeQuery()) {
			row.next();
			int migrations = row.getInt(4);
			int primaryMigrations = lastMigration();
			if (migrations != primaryMigrations) {
				throw new SQLException("the replica holds " + migrations + " migrations of this schema, the primary "
						+ primaryMigrations);
			}
			if (!row.getBoolean(1)) {
				// not a standby: a database that answers with what it has
				return 0.0;
			}
			replayed = row.getString(2);
			sinceReplay = row.getObject(3) == null ? Double.MAX_VALUE : row.getDouble(3);
		}
		if (replayed == null) {
			return null;
		}
		try (Connection connection = primary.getConnection();
				PreparedStatement statement = connection
					.prepareStatement("select pg_wal_lsn_diff(pg_current_wal_lsn(), ?::pg_lsn)")) {
			statement.setString(1, replayed);
			try (ResultSet row = statement.executeQuery()) {
				row.next();
				return row.getDouble(1) <= 0 ? 0.0 : sinceReplay;
			}
		}
	}
}
