package lt.tinklas.networks.application;

import static org.assertj.core.api.Assertions.assertThat;

import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.Types;
import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.util.List;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;

import javax.sql.DataSource;

import lt.tinklas.networks.Networks;
import lt.tinklas.testing.FreshNetwork;
import lt.tinklas.testing.TestDatabase;
import lt.tinklas.testing.TinklasTest;
import lt.tinklas.testing.WebSession;
import lt.tinklas.shared.web.Formats;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.jdbc.core.simple.JdbcClient;

/**
 * The daily retention run, called directly with the day it runs on: it removes exactly what is past
 * each network's period and nothing of another network, records counts only, and runs once however
 * many nodes start it.
 */
@TinklasTest
class RetentionJobTests {

	@LocalServerPort
	int port;

	@Autowired
	RetentionJob job;

	@Autowired
	NetworkRetention retention;

	@Autowired
	Networks networks;

	/** The database as its owner sees it, for the test's own setup and checks. */
	JdbcClient jdbc = TestDatabase.ownerJdbc();

	@Autowired
	DataSource dataSource;

	final LocalDate today = LocalDate.now(Formats.VILNIUS);

	/** A network with its own periods: 10 days for mail texts, 5 for unconfirmed registrations. */
	record Seeded(long networkId, long event) {
	}

	Seeded seed(String slug, RetentionSettings periods) {
		FreshNetwork fresh = FreshNetwork.create(port, slug, "Saugojimo tinklas " + slug);
		long networkId = networks.bySlug(slug).orElseThrow().id();
		if (periods != null) {
			retention.save(networkId, periods);
		}
		long event = fresh.event("TRAINING", "Mokymai", "2026-03-02T10:00:00+02:00", "2026-03-02T12:00:00+02:00", 2);
		return new Seeded(networkId, event);
	}

	long mail(long networkId, String recipient, int daysAgo, boolean sent) {
		OffsetDateTime at = today.minusDays(daysAgo).atStartOfDay(Formats.VILNIUS).toOffsetDateTime().minusHours(1);
		return jdbc.sql("""
				insert into outbox_mail (network_id, recipient, subject, body, created_at, sent_at, attempts, message_id,
				    language, unsubscribe_url)
				values (:network, :recipient, 'Tema', 'Slaptas laiško tekstas', :at, :sent, :attempts, gen_random_uuid(),
				    'lt', 'http://tinklas.test/stop')
				returning id""")
			.param("network", networkId)
			.param("recipient", recipient)
			.param("at", at)
			.param("sent", sent ? at : null, Types.TIMESTAMP_WITH_TIMEZONE)
			.param("attempts", sent ? 1 : 0)
			.query(Long.class)
			.single();
	}

	long registration(Seeded network, int daysAgo, boolean confirmed) {
		OffsetDateTime at = today.minusDays(daysAgo).atStartOfDay(Formats.VILNIUS).toOffsetDateTime().minusHours(1);
		return jdbc.sql("""
				insert into registration_request (network_id, event_id, first_name, last_name, email, token_hash,
				    created_at, confirmed_at)
				values (:network, :event, 'Ona', 'Onaitė', 'ona@saugojimas.lt', md5(random()::text), :at, :confirmed)
				returning id""")
			.param("network", network.networkId())
			.param("event", network.event())
			.param("at", at)
			.param("confirmed", confirmed ? at : null, Types.TIMESTAMP_WITH_TIMEZONE)
			.query(Long.class)
			.single();
	}

	String body(long mail) {
		return jdbc.sql("select body from outbox_mail where id = ?").param(mail).query(String.class).single();
	}

	boolean exists(long registration) {
		return jdbc.sql("select count(*) from registration_request where id = ?").param(registration)
			.query(Long.class).single() == 1;
	}

	int removed(long networkId, String kind) {
		return jdbc.sql("select coalesce(sum(removed), 0) from retention_run where network_id = :network and kind = :kind")
			.param("network", networkId)
			.param("kind", kind)
			.query(Integer.class)
			.single();
	}

	@Test
	void removesExactlyWhatIsPastEachPeriodInItsNetworkAndNothingInAnother() {
		Seeded own = seed("saugo-savo", new RetentionSettings(10, 5, 180, null));
		Seeded other = seed("saugo-kito", null);
		long oldSent = mail(own.networkId(), "a@saugo.lt", 11, true);
		long recentSent = mail(own.networkId(), "c@saugo.lt", 9, true);
		long otherOld = mail(other.networkId(), "d@saugo.lt", 11, true);
		long otherVeryOld = mail(other.networkId(), "e@saugo.lt", 91, true);
		long oldRequest = registration(own, 6, false);
		long oldConfirmed = registration(own, 6, true);
		long recentRequest = registration(own, 4, false);
		long otherRequest = registration(other, 6, false);
		long otherVeryOldRequest = registration(other, 31, false);

		assertThat(job.run(today)).isTrue();

		assertThat(body(oldSent)).isEmpty();
		assertThat(jdbc.sql("select unsubscribe_url from outbox_mail where id = ?").param(oldSent).query(String.class)
			.optional()).isEmpty();
		assertThat(jdbc.sql("select recipient || ' ' || subject from outbox_mail where id = ?").param(oldSent)
			.query(String.class).single()).isEqualTo("a@saugo.lt Tema");
		assertThat(body(recentSent)).isEqualTo("Slaptas laiško tekstas");
		assertThat(body(otherOld)).isEqualTo("Slaptas laiško tekstas");
		assertThat(body(otherVeryOld)).isEmpty();
		assertThat(exists(oldRequest)).isFalse();
		assertThat(exists(oldConfirmed)).isTrue();
		assertThat(exists(recentRequest)).isTrue();
		assertThat(exists(otherRequest)).isTrue();
		assertThat(exists(otherVeryOldRequest)).isFalse();

		assertThat(removed(own.networkId(), "outbox_bodies")).isEqualTo(1);
		assertThat(removed(own.networkId(), "unconfirmed_registrations")).isEqualTo(1);
		assertThat(removed(own.networkId(), "total")).isEqualTo(2);
		assertThat(removed(other.networkId(), "outbox_bodies")).isEqualTo(1);
		assertThat(removed(other.networkId(), "unconfirmed_registrations")).isEqualTo(1);
		// the record of runs holds counts, never a value of what went
		assertThat(jdbc.sql("select count(*) from retention_run r where r::text like '%saugo.lt%' or r::text like '%Ona%'")
			.query(Long.class).single()).isZero();

		// the network's staff see what the run removed, as counts
		String settings = WebSession.signedIn(port, "vadove@saugo-savo.lt", FreshNetwork.PASSWORD)
			.get("/n/saugo-savo/settings")
			.text();
		assertThat(settings).contains("Paskutiniai saugojimo terminų vykdymai", "Išsiųstų laiškų tekstai",
				"Nepatvirtintos registracijos", "Iš viso").doesNotContain("a@saugo.lt", "Dar nevykdyta.");

		// a second run finds nothing more to remove
		assertThat(job.run(today)).isTrue();
		assertThat(removed(own.networkId(), "total")).isEqualTo(2);
		assertThat(retention.lastRuns(own.networkId(), 10)).extracting(NetworkRetention.RunCount::kind)
			.containsExactly("total", "outbox_bodies", "total", "unconfirmed_registrations");
	}

	@Test
	void usedAndExpiredPasswordLinksGoAtTheNextRun() {
		long user = jdbc.sql("select id from user_account order by id limit 1").query(Long.class).single();
		OffsetDateTime now = OffsetDateTime.now();
		long used = token(user, now.plusHours(1), now.minusMinutes(5));
		long expired = token(user, now.minusMinutes(1), null);
		long valid = token(user, now.plusHours(1), null);

		assertThat(job.run(today)).isTrue();

		List<Long> left = jdbc.sql("select id from password_token where id in (:ids)")
			.param("ids", List.of(used, expired, valid)).query(Long.class).list();
		assertThat(left).containsExactly(valid);
		assertThat(jdbc.sql("select removed from retention_run where network_id is null and kind = 'password_tokens' "
				+ "order by id desc limit 1").query(Integer.class).single()).isGreaterThanOrEqualTo(2);
	}

	long token(long user, OffsetDateTime expires, OffsetDateTime used) {
		return jdbc.sql("""
				insert into password_token (user_id, token_hash, expires_at, used_at)
				values (:user, md5(random()::text), :expires, :used) returning id""")
			.param("user", user)
			.param("expires", expires)
			.param("used", used, Types.TIMESTAMP_WITH_TIMEZONE)
			.query(Long.class)
			.single();
	}

	@Test
	void whileAnotherNodeHoldsTheLockARunDoesNothing() throws Exception {
		Seeded network = seed("saugo-uzrakta", new RetentionSettings(10, 5, 180, null));
		long old = mail(network.networkId(), "f@saugo.lt", 11, true);
		try (Connection otherNode = dataSource.getConnection()) {
			try (PreparedStatement lock = otherNode.prepareStatement("select pg_advisory_lock(?)")) {
				lock.setLong(1, RetentionJob.LOCK);
				lock.execute();
			}
			assertThat(job.run(today)).isFalse();
			assertThat(body(old)).isEqualTo("Slaptas laiško tekstas");
			assertThat(removed(network.networkId(), "total")).isZero();
			try (PreparedStatement unlock = otherNode.prepareStatement("select pg_advisory_unlock(?)")) {
				unlock.setLong(1, RetentionJob.LOCK);
				unlock.execute();
			}
		}
		assertThat(job.run(today)).isTrue();
		assertThat(body(old)).isEmpty();
	}

	@Test
	void twoNodesStartingAtOnceRemoveEachRecordOnce() throws Exception {
		Seeded network = seed("saugo-du", new RetentionSettings(10, 5, 180, null));
		for (int i = 0; i < 5; i++) {
			mail(network.networkId(), "g" + i + "@saugo.lt", 11, true);
			registration(network, 6, false);
		}
		CountDownLatch start = new CountDownLatch(1);
		ExecutorService nodes = Executors.newFixedThreadPool(2);
		try {
			List<CompletableFuture<Boolean>> runs = List.of(
					CompletableFuture.supplyAsync(() -> awaitThenRun(start), nodes),
					CompletableFuture.supplyAsync(() -> awaitThenRun(start), nodes));
			start.countDown();
			List<Boolean> ran = runs.stream().map(CompletableFuture::join).toList();
			assertThat(ran).contains(true);
		}
		finally {
			nodes.shutdown();
		}
		assertThat(removed(network.networkId(), "outbox_bodies")).isEqualTo(5);
		assertThat(removed(network.networkId(), "unconfirmed_registrations")).isEqualTo(5);
		assertThat(jdbc.sql("select count(*) from registration_request where network_id = ?")
			.param(network.networkId()).query(Long.class).single()).isZero();
	}

	private boolean awaitThenRun(CountDownLatch start) {
		try {
			start.await();
		}
		catch (InterruptedException e) {
			Thread.currentThread().interrupt();
			throw new IllegalStateException(e);
		}
		return job.run(today);
	}
}
