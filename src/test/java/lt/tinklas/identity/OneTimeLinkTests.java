package lt.tinklas.identity;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Duration;
import java.time.Instant;
import java.util.Locale;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;

import lt.tinklas.networks.Networks;
import lt.tinklas.testing.ApiClient;
import lt.tinklas.testing.TestDatabase;
import lt.tinklas.testing.TestMail;
import lt.tinklas.testing.TinklasTest;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * A one-time link used twice at the same moment (a double click, two tabs, a replayed request)
 * works once: the second use waits for the first to finish and then finds the link used.
 */
@TinklasTest
class OneTimeLinkTests {

	@LocalServerPort
	int port;

	@Autowired
	Networks networks;

	@Autowired
	Users users;

	@Autowired
	PasswordLinks links;

	@Autowired
	TransactionTemplate transactions;

	/** The database as its owner sees it, for the test's own setup and checks. */
	JdbcClient jdbc = TestDatabase.ownerJdbc();

	@Test
	void aResetLinkUsedTwiceAtTheSameMomentSetsThePasswordOnce() throws Exception {
		String email = TestUsers.newStaff(networks, users, "dukart");
		links.requestReset(email, Locale.forLanguageTag("lt"));
		String path = TestMail.linkPath(TestMail.latestTo(email), "/password-reset/");
		String token = path.substring(path.lastIndexOf('/') + 1);

		ExecutorService pool = Executors.newFixedThreadPool(2);
		try {
			CountDownLatch firstUsed = new CountDownLatch(1);
			CountDownLatch firstMayCommit = new CountDownLatch(1);
			// the first use is made and held open, uncommitted, until the second has tried
			Future<Boolean> first = pool.submit(() -> transactions.execute(status -> {
				boolean set = links.setPassword(token, "pirmasis-slaptazodis", false);
				firstUsed.countDown();
				await(firstMayCommit);
				return set;
			}));
			assertThat(firstUsed.await(30, TimeUnit.SECONDS)).isTrue();
			Future<Boolean> second = pool.submit(() -> links.setPassword(token, "antrasis-slaptazodis", false));
			// the second either waits for the first's row lock, or (without one) finishes at once
			Instant giveUp = Instant.now().plus(Duration.ofSeconds(30));
			while (!second.isDone() && !waitingForALock() && Instant.now().isBefore(giveUp)) {
				Thread.onSpinWait();
			}
			firstMayCommit.countDown();
			assertThat(first.get(30, TimeUnit.SECONDS)).isTrue();
			assertThat(second.get(30, TimeUnit.SECONDS)).isFalse();
		}
		finally {
			pool.shutdownNow();
		}
		assertThat(ApiClient.basic(port, email, "pirmasis-slaptazodis").get("/api/v1/me").status()).isEqualTo(200);
		assertThat(ApiClient.basic(port, email, "antrasis-slaptazodis").get("/api/v1/me").status()).isEqualTo(401);
	}

	private boolean waitingForALock() {
		return jdbc.sql("""
				select count(*) from pg_stat_activity
				where datname = current_database() and wait_event_type = 'Lock'""").query(Integer.class).single() > 0;
	}

	private static void await(CountDownLatch latch) {
		try {
			latch.await(30, TimeUnit.SECONDS);
		}
		catch (InterruptedException e) {
			Thread.currentThread().interrupt();
		}
	}
}
