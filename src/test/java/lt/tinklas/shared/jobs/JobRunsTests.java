package lt.tinklas.shared.jobs;

import static org.assertj.core.api.Assertions.assertThat;

import java.sql.Connection;
import java.sql.PreparedStatement;
import java.time.Duration;
import java.util.concurrent.atomic.AtomicInteger;

import lt.tinklas.testing.TestDatabase;
import lt.tinklas.testing.TinklasTest;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.simple.JdbcClient;

/**
 * A scheduled job runs once across nodes: a second node that starts it at the same moment finds the
 * advisory lock taken, one that starts it later finds the recent run, and after the gap the job runs
 * again. The other node is a connection of its own holding the lock, as another process would.
 */
@TinklasTest
class JobRunsTests {

	@Autowired
	JobRuns runs;

	JdbcClient owner = TestDatabase.ownerJdbc();

	@Test
	void aJobRunsOnceWithinItsGapAndAgainAfterIt() {
		AtomicInteger ran = new AtomicInteger();
		runs.once("test-once", Duration.ofMinutes(50), ran::incrementAndGet);
		runs.once("test-once", Duration.ofMinutes(50), ran::incrementAndGet);
		assertThat(ran).hasValue(1);
		assertThat(owner.sql("select node from job_run where job = 'test-once'").query(String.class).single())
			.matches(".+:\\d+");

		// the last run began an hour ago (on whichever node): this one runs
		owner.sql("update job_run set started_at = started_at - interval '1 hour' where job = 'test-once'").update();
		runs.once("test-once", Duration.ofMinutes(50), ran::incrementAndGet);
		assertThat(ran).hasValue(2);
		// another job's run is its own
		runs.once("test-other", Duration.ofMinutes(50), ran::incrementAndGet);
		assertThat(ran).hasValue(3);
	}

	@Test
	void whileAnotherNodeHoldsTheJobsLockItDoesNotRunHere() throws Exception {
		AtomicInteger ran = new AtomicInteger();
		try (Connection otherNode = TestDatabase.owner().getConnection()) {
			try (PreparedStatement lock = otherNode.prepareStatement("select pg_advisory_lock(?)")) {
				lock.setLong(1, JobRuns.lockKey("test-locked"));
				lock.execute();
			}
			assertThat(runs.claim("test-locked", Duration.ofMinutes(50))).isFalse();
			runs.once("test-locked", Duration.ofMinutes(50), ran::incrementAndGet);
			assertThat(ran).hasValue(0);
			try (PreparedStatement unlock = otherNode.prepareStatement("select pg_advisory_unlock(?)")) {
				unlock.setLong(1, JobRuns.lockKey("test-locked"));
				unlock.execute();
			}
		}
		runs.once("test-locked", Duration.ofMinutes(50), ran::incrementAndGet);
		assertThat(ran).hasValue(1);
	}
}
