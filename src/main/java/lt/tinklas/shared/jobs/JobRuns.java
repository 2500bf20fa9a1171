package lt.tinklas.shared.jobs;

import java.net.InetAddress;
import java.net.UnknownHostException;
import java.sql.Timestamp;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.Optional;

import javax.sql.DataSource;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;
import org.springframework.transaction.PlatformTransactionManager;
import org.springframework.transaction.TransactionDefinition;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * Makes a scheduled job run once across the nodes, each of which runs the scheduler. A run is claimed
 * in a short transaction of its own: it takes the job's PostgreSQL advisory lock without waiting
 * ({@code pg_try_advisory_xact_lock}), and claims the run only when the job's last run began at least
 * the given gap ago. A second node that tries at the same moment finds the lock taken; one that tries
 * later finds the recent run. Either does nothing. The claim is committed before the work starts, so
 * a node that dies in the middle leaves the work to the next period, as every job here does what is
 * still due each time it runs. On the embedded database (one process) only the last run is looked at.
 */
@Component
public class JobRuns {

	private static final Logger log = LoggerFactory.getLogger(JobRuns.class);

	/** The high half of every job's advisory lock key ("job"), the low half is the name's hash. */
	private static final long LOCK_SPACE = 0x6a6f62L << 32;

	private final JdbcClient jdbc;
	private final TransactionTemplate claims;
	private final boolean postgreSql;
	private final Clock clock;
	private final String node;

	JobRuns(JdbcClient jdbc, PlatformTransactionManager transactions, DataSource dataSource,
			@Value("${PORT:${server.port:8080}}") String port) {
		this.jdbc = jdbc;
		this.claims = new TransactionTemplate(transactions);
		this.claims.setPropagationBehavior(TransactionDefinition.PROPAGATION_REQUIRES_NEW);
		this.postgreSql = isPostgreSql(dataSource);
		this.clock = Clock.systemUTC();
		this.node = hostName() + ":" + port;
	}

	/** Runs {@code work} when this node claims the job's run: no run of it began within {@code gap}. */
	public void once(String job, Duration gap, Runnable work) {
		if (claim(job, gap)) {
			work.run();
		}
	}

	/** Claims the job's run for this node; false when another node runs it or ran it within {@code gap}. */
	public boolean claim(String job, Duration gap) {
		boolean claimed = Boolean.TRUE.equals(claims.execute(status -> {
			if (!tryLock(lockKey(job))) {
				return false;
			}
			Instant now = clock.instant();
			Optional<Timestamp> last = jdbc.sql("select started_at from job_run where job = ?")
				.param(job)
				.query(Timestamp.class)
				.optional();
			if (last.isPresent() && last.get().toInstant().plus(gap).isAfter(now)) {
				return false;
			}
			int updated = jdbc.sql("update job_run set started_at = ?, node = ? where job = ?")
				.param(Timestamp.from(now))
				.param(node)
				.param(job)
				.update();
			if (updated == 0) {
				jdbc.sql("insert into job_run (job, started_at, node) values (?, ?, ?)")
					.param(job)
					.param(Timestamp.from(now))
					.param(node)
					.update();
			}
			return true;
		}));
		if (claimed) {
			log.debug("Job {} runs on {}", job, node);
		}
		return claimed;
	}

	/**
	 * Takes the advisory lock {@code key} for the caller's transaction, without waiting; false when
	 * another node holds it. Always true on the embedded database, which has one process.
	 */
	public boolean tryLock(long key) {
		return !postgreSql || Boolean.TRUE.equals(jdbc.sql("select pg_try_advisory_xact_lock(?)")
			.param(key)
			.query(Boolean.class)
			.single());
	}

	static long lockKey(String job) {
		return LOCK_SPACE | (job.hashCode() & 0xffff_ffffL);
	}

	private static String hostName() {
		try {
			return InetAddress.getLocalHost().getHostName();
		}
		catch (UnknownHostException e) {
			return "unknown";
		}
	}

	private static boolean isPostgreSql(DataSource dataSource) {
		try (var connection = dataSource.getConnection()) {
			return "PostgreSQL".equals(connection.getMetaData().getDatabaseProductName());
		}
		catch (java.sql.SQLException e) {
			throw new IllegalStateException("The database does not answer: " + e.getMessage(), e);
		}
	}
}
