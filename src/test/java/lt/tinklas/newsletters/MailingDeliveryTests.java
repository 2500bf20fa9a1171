package lt.tinklas.newsletters;

import static org.assertj.core.api.Assertions.assertThat;

import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Timestamp;
import java.time.Duration;
import java.time.Instant;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicBoolean;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.concurrent.locks.LockSupport;
import java.util.function.BooleanSupplier;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import jakarta.mail.Message;
import jakarta.mail.MessagingException;
import jakarta.mail.internet.InternetAddress;
import jakarta.mail.internet.MimeMessage;
import lt.tinklas.messaging.domain.SenderNode;
import lt.tinklas.networks.Networks;
import lt.tinklas.newsletters.application.DispatchNode;
import lt.tinklas.newsletters.application.Mailings;
import lt.tinklas.newsletters.application.SegmentPart;
import lt.tinklas.newsletters.application.Segments;
import lt.tinklas.newsletters.domain.MailingStatus;
import lt.tinklas.shared.tenancy.Tenancy;
import lt.tinklas.shared.text.Tokens;
import lt.tinklas.testing.FreshNetwork;
import lt.tinklas.testing.TestDatabase;
import lt.tinklas.testing.TestMail;
import lt.tinklas.testing.TinklasTest;
import org.junit.jupiter.api.Test;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.context.ApplicationContext;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * A mailing reaches each of its recipients exactly once: thousands of people through the
 * application's scheduled dispatcher and three senders at once, and with more dispatching nodes
 * working at the same time, one of them dying in the middle of a batch and another stopped, each
 * mail still arrives once at the mail server, with the headers and parts a mail client and a bounce
 * reader need. The tests count only the mails to their own run's addresses on the shared server.
 */
@TinklasTest
class MailingDeliveryTests {

	private static final Logger log = LoggerFactory.getLogger(MailingDeliveryTests.class);
	private static final Pattern UNSUBSCRIBE = Pattern
		.compile("<http://tinklas\\.test/n/([a-z0-9-]+)/public/newsletters/unsubscribe/([A-Za-z0-9_-]+)>");

	@LocalServerPort
	int port;

	@Autowired
	Networks networks;

	@Autowired
	Segments segments;

	@Autowired
	Mailings mailings;

	@Autowired
	TransactionTemplate transactions;

	@Autowired
	JdbcClient jdbc;

	@Autowired
	ApplicationContext context;

	@Test
	void fiveThousandPeopleGetTheMailingOnceEachWithUnsubscribeHeadersBothPartsAndTheirOwnBounceAddress()
			throws InterruptedException {
		long started = System.nanoTime();
		Audience audience = audience("siuntimas", "Siuntimo tinklas", 5_000, 10_000);
		long mailing = mailing(audience);

		Tenancy.runAs(audience.network(), () -> mailings.send(mailing, null));
		// the application's scheduled dispatcher and sender, and two more sender nodes beside it
		SenderNode sender = new SenderNode(context);
		AtomicBoolean done = new AtomicBoolean();
		ExecutorService nodes = Executors.newFixedThreadPool(2);
		try {
			for (int i = 0; i < 2; i++) {
				nodes.submit(() -> {
					while (!done.get()) {
						sender.sendPending();
					}
				});
			}
			awaitAllSent(audience, mailing, Duration.ofMinutes(5));
		}
		finally {
			done.set(true);
			nodes.shutdown();
		}
		log.info("5000 recipients sent in {} ms from the start", (System.nanoTime() - started) / 1_000_000);

		Map<String, MimeMessage> received = receivedOncePerAddress(audience);
		Map<String, String[]> tokens = recipientTokens(mailing);
		Set<String> messageIds = new HashSet<>();
		for (Map.Entry<String, MimeMessage> entry : received.entrySet()) {
			MimeMessage mail = entry.getValue();
			String[] token = tokens.get(entry.getKey());
			Matcher unsubscribe = UNSUBSCRIBE.matcher(header(mail, "List-Unsubscribe"));
			assertThat(unsubscribe.matches()).as(header(mail, "List-Unsubscribe")).isTrue();
			assertThat(unsubscribe.group(1)).isEqualTo("siuntimas");
			// the link's token is the one kept (hashed) for this very recipient
			assertThat(Tokens.hash(unsubscribe.group(2))).isEqualTo(token[0]);
			assertThat(header(mail, "List-Unsubscribe-Post")).isEqualTo("List-Unsubscribe=One-Click");
			assertThat(header(mail, "Return-Path")).isEqualTo("<bounces+" + token[1] + "@tinklas.test>");
			String firstName = token[2];
			boolean english = "en".equals(token[3]);
			assertThat(TestMail.body(mail)).contains((english ? "Hello, " : "Sveiki, ") + firstName + "!")
				.contains(english ? "Training for members" : "Mokymai nariams");
			assertThat(TestMail.html(mail)).contains(firstName + "!</p>", "<li>",
					english ? "Training for members</h" : "Mokymai nariams</h");
			messageIds.add(messageId(mail));
		}
		assertThat(nodes.awaitTermination(30, TimeUnit.SECONDS)).isTrue();
		assertThat(messageIds).hasSize(5_000);
		assertThat(outboxRows(mailing)).isEqualTo(new long[] { 5_000, 5_000 });
		Mailings.MailingView view = Tenancy.runAs(audience.network(), () -> mailings.get(mailing));
		assertThat(view.status()).isEqualTo(MailingStatus.SENT);
		assertThat(view.counts().recipients()).isEqualTo(5_000);
		assertThat(view.counts().sent()).isEqualTo(5_000);
		log.info("5000 recipients sent and checked in {} ms", (System.nanoTime() - started) / 1_000_000);
	}

	/**
	 * Two more dispatching and sending nodes beside the application's own; a batch rolled back and a
	 * node whose database connection dies in the middle of a batch keep nothing of it, and the next
	 * batch writes those mails again; a node stopped on the way changes nothing either.
	 */
	@Test
	void severalNodesABatchRolledBackAndANodeKilledMidBatchStillSendEachPersonOnce() throws Exception {
		int count = 1_000;
		int rate = 250;
		Audience audience = audience("siuntimas-mazgai", "Keliu mazgu tinklas", count, rate);
		long mailing = mailing(audience);
		long network = audience.network();
		DispatchNode dispatch = new DispatchNode(context);
		SenderNode sender = new SenderNode(context);
		JdbcClient owner = TestDatabase.ownerJdbc();
		// ordered for a time to come: until the test makes it due, no node touches it
		Tenancy.runAs(network, () -> mailings.send(mailing, Instant.now().plus(Duration.ofHours(1))));
		List<Long> recipients = owner.sql("select id from mailing_recipient where mailing_id = :id order by id")
			.param("id", mailing)
			.query(Long.class)
			.list();
		assertThat(recipients).hasSize(count);

		// 1. a batch done in a transaction that is rolled back: it did write, and nothing of it is kept
		int[] rolledBack = new int[2];
		Tenancy.runAs(network, () -> transactions.executeWithoutResult(status -> {
			jdbc.sql("update mailing set send_at = :now where network_id = :network and id = :id")
				.param("now", Timestamp.from(Instant.now()))
				.param("network", network)
				.param("id", mailing)
				.update();
			rolledBack[0] = dispatch.batch(mailing);
			rolledBack[1] = jdbc.sql("select count(*) from outbox_mail where network_id = :network and reference like 'mailing-recipient:%'")
				.param("network", network)
				.query(Integer.class)
				.single();
			status.setRollbackOnly();
		}));
		assertThat(rolledBack).containsExactly(rate, rate);
		assertNothingKept(audience, mailing, count);

		// 2. the nodes start on the mailing; the one whose batch reaches the 100th recipient waits there
		try (Connection holder = TestDatabase.owner().getConnection()) {
			holder.setAutoCommit(false);
			int holderPid = lockRecipient(holder, recipients.get(99));
			ExecutorService nodes = Executors.newFixedThreadPool(2);
			AtomicBoolean done = new AtomicBoolean();
			AtomicInteger failures = new AtomicInteger();
			try {
				CountDownLatch firstStopped = new CountDownLatch(1);
				Future<?> first = nodes.submit(() -> node(mailing, dispatch, sender, done, failures, firstStopped));
				Future<?> second = nodes.submit(() -> node(mailing, dispatch, sender, done, failures, new CountDownLatch(1)));
				owner.sql("update mailing set send_at = now() where id = :id").param("id", mailing).update();

				int waiting = awaitValue(Duration.ofSeconds(30), () -> owner.sql("""
						select pid from pg_stat_activity
						where datname = current_database() and :holder = any(pg_blocking_pids(pid))
						  and query like '%update mailing_recipient set state = ''QUEUED''%'""")
					.param("holder", holderPid)
					.query(Integer.class)
					.optional()
					.orElse(null));
				assertNothingKept(audience, mailing, count);

				// the node dies: its connection is cut in the middle of its batch
				assertThat(owner.sql("select pg_terminate_backend(:pid)").param("pid", waiting).query(Boolean.class).single())
					.isTrue();
				await(Duration.ofSeconds(10), () -> owner.sql("select count(*) from pg_stat_activity where pid = :pid")
					.param("pid", waiting)
					.query(Long.class)
					.single() == 0);
				assertNothingKept(audience, mailing, count);
				holder.rollback();

				// 3. once a batch is through, one of the two nodes is stopped; the others finish the mailing
				await(Duration.ofSeconds(30), () -> sentOrQueued(mailing) >= rate);
				first.cancel(true);
				assertThat(firstStopped.await(30, TimeUnit.SECONDS)).as("the interrupted node stopped").isTrue();
				awaitAllSent(audience, mailing, Duration.ofSeconds(90));
				done.set(true);
				second.get(30, TimeUnit.SECONDS);
			}
			finally {
				done.set(true);
				nodes.shutdownNow();
				nodes.awaitTermination(30, TimeUnit.SECONDS);
			}
			log.info("Nodes' failed rounds (the node killed among them): {}", failures.get());
		}

		receivedOncePerAddress(audience);
		assertThat(outboxRows(mailing)).isEqualTo(new long[] { count, count });
		assertThat(owner.sql("select count(*) from mailing_recipient where mailing_id = :id and state = 'SENT'")
			.param("id", mailing)
			.query(Long.class)
			.single()).isEqualTo(count);
		assertThat(Tenancy.runAs(network, () -> mailings.get(mailing)).status()).isEqualTo(MailingStatus.SENT);
	}

	/** The people of a new network, each with a current consent to newsletters, at a domain of this run alone. */
	private record Audience(long network, String slug, String domain, int count, long segmentId) {
	}

	private Audience audience(String slug, String name, int count, int rate) {
		FreshNetwork.create(port, slug, name);
		long network = networks.bySlug(slug).orElseThrow().id();
		String domain = slug + "-" + System.currentTimeMillis() + ".example.lt";
		JdbcClient owner = TestDatabase.ownerJdbc();
		owner.sql("""
				insert into person (network_id, first_name, last_name, email, language, search_text, created_at)
				select :network, 'Gavėjas' || g, 'Siuntimas', 'gavejas' || g || '@' || :domain,
				  case when g % 5 = 0 then 'en' else 'lt' end, 'gavejas' || g || ' siuntimas', now()
				from generate_series(1, :count) g""")
			.param("network", network)
			.param("domain", domain)
			.param("count", count)
			.update();
		long kind = owner.sql("select id from consent_kind where network_id = :network and purpose = 'NEWSLETTERS'")
			.param("network", network)
			.query(Long.class)
			.single();
		owner.sql("""
				insert into person_consent (person_id, purpose, given_on, kind_id, source, text)
				select id, 'Naujienlaiškiai', current_date - 1, :kind, 'FORM', 'Sutinku gauti tinklo naujienlaiškį el. paštu.'
				from person where network_id = :network""")
			.param("kind", kind)
			.param("network", network)
			.update();
		owner.sql("insert into newsletter_settings (network_id, rate_per_minute) values (:network, :rate)")
			.param("network", network)
			.param("rate", rate)
			.update();
		long segment = Tenancy.runAs(network, () -> segments
			.create(new Segments.SegmentData("Sutikę gauti naujienlaiškį", false,
					List.of(new SegmentPart(SegmentPart.PartType.CONSENT, false, null, null, null, null, null, null, null,
							null, null, null, kind, null))))
			.id());
		assertThat(Tenancy.runAs(network, () -> segments.preview(segment)).receivers()).hasSize(count);
		return new Audience(network, slug, domain, count, segment);
	}

	private long mailing(Audience audience) {
		return Tenancy.runAs(audience.network(), () -> mailings.create(new Mailings.MailingData(audience.segmentId(),
				"Naujienlaiškis: mokymai nariams", """
						Sveiki, {{vardas}}!

						## Mokymai nariams

						- skurdo rodikliai
						- pozicija dėl minimalių pajamų

						Daugiau [svetainėje](https://smtinklas.lt).""", "Newsletter: training for members", """
						Hello, {{first_name}}!

						## Training for members

						- poverty figures
						- our position on minimum income

						More [on the website](https://smtinklas.lt).""", false))
			.id());
	}

	/** One more node: dispatches due mailings and sends the outbox until told to stop or interrupted. */
	private static void node(long mailing, DispatchNode dispatch, SenderNode sender, AtomicBoolean done,
			AtomicInteger failures, CountDownLatch stopped) {
		JdbcClient owner = TestDatabase.ownerJdbc();
		try {
			rounds(mailing, dispatch, sender, done, failures, owner);
		}
		finally {
			stopped.countDown();
		}
	}

	private static void rounds(long mailing, DispatchNode dispatch, SenderNode sender, AtomicBoolean done,
			AtomicInteger failures, JdbcClient owner) {
		while (!done.get() && !Thread.currentThread().isInterrupted()) {
			try {
				// a minute passes between rounds: each batch may take the network's whole rate
				owner.sql("""
						update mailing set last_batch_at = last_batch_at - interval '1 minute'
						where id = :id and last_batch_at is not null""")
					.param("id", mailing)
					.update();
				dispatch.dispatchDue();
				sender.sendPending();
			}
			catch (RuntimeException e) {
				failures.incrementAndGet();
				log.info("A node's round failed: {}", e.toString());
			}
		}
	}

	private static int lockRecipient(Connection holder, long recipient) throws SQLException {
		try (PreparedStatement lock = holder.prepareStatement("select id from mailing_recipient where id = ? for update")) {
			lock.setLong(1, recipient);
			lock.executeQuery().close();
		}
		try (PreparedStatement pid = holder.prepareStatement("select pg_backend_pid()"); ResultSet rs = pid.executeQuery()) {
			rs.next();
			return rs.getInt(1);
		}
	}

	/** Every recipient still waits, no mail of the mailing is in the outbox, and no batch is recorded. */
	private static void assertNothingKept(Audience audience, long mailing, int count) {
		JdbcClient owner = TestDatabase.ownerJdbc();
		assertThat(owner.sql("select count(*) from mailing_recipient where mailing_id = :id and state = 'PENDING' and queued_at is null")
			.param("id", mailing)
			.query(Long.class)
			.single()).isEqualTo(count);
		assertThat(owner.sql("select count(*) from outbox_mail where network_id = :network")
			.param("network", audience.network())
			.query(Long.class)
			.single()).isZero();
		assertThat(owner.sql("select status || ' ' || coalesce(cast(last_batch_at as varchar), '-') from mailing where id = :id")
			.param("id", mailing)
			.query(String.class)
			.single()).isEqualTo("SCHEDULED -");
	}

	private static long sentOrQueued(long mailing) {
		return TestDatabase.ownerJdbc()
			.sql("select count(*) from mailing_recipient where mailing_id = :id and state in ('QUEUED', 'SENT')")
			.param("id", mailing)
			.query(Long.class)
			.single();
	}

	private static void awaitAllSent(Audience audience, long mailing, Duration within) {
		await(within, () -> TestDatabase.ownerJdbc()
			.sql("select count(*) from mailing_recipient where mailing_id = :id and state = 'SENT'")
			.param("id", mailing)
			.query(Long.class)
			.single() == audience.count());
	}

	/** The mailing's rows in the outbox, and how many of them are sent. */
	private static long[] outboxRows(long mailing) {
		return TestDatabase.ownerJdbc().sql("""
				select count(*), count(o.sent_at) from outbox_mail o
				join mailing_recipient r on o.reference = 'mailing-recipient:' || r.id
				where r.mailing_id = :id""")
			.param("id", mailing)
			.query((rs, i) -> new long[] { rs.getLong(1), rs.getLong(2) })
			.single();
	}

	/** Each recipient's hashed link token, bounce token, first name and language, by address. */
	private static Map<String, String[]> recipientTokens(long mailing) {
		Map<String, String[]> tokens = new HashMap<>();
		TestDatabase.ownerJdbc()
			.sql("select email, token, bounce_token, first_name, language from mailing_recipient where mailing_id = :id")
			.param("id", mailing)
			.query((rs, i) -> tokens.put(rs.getString(1),
					new String[] { rs.getString(2), rs.getString(3), rs.getString(4), rs.getString(5) }))
			.list();
		return tokens;
	}

	/** The mails the server received for the audience: exactly one for each of its people, none for anyone else there. */
	private static Map<String, MimeMessage> receivedOncePerAddress(Audience audience) {
		Map<String, MimeMessage> byAddress = new HashMap<>();
		List<String> duplicates = new java.util.ArrayList<>();
		int total = 0;
		for (MimeMessage mail : TestMail.greenMail().getReceivedMessages()) {
			String to = recipient(mail);
			if (!to.endsWith("@" + audience.domain())) {
				continue;
			}
			total++;
			if (byAddress.put(to, mail) != null) {
				duplicates.add(to);
			}
		}
		assertThat(duplicates).as("addresses that got the mailing more than once").isEmpty();
		assertThat(total).isEqualTo(audience.count());
		Set<String> expected = new HashSet<>();
		for (int i = 1; i <= audience.count(); i++) {
			expected.add("gavejas" + i + "@" + audience.domain());
		}
		assertThat(byAddress.keySet()).isEqualTo(expected);
		return byAddress;
	}

	private static String recipient(MimeMessage mail) {
		try {
			jakarta.mail.Address[] to = mail.getRecipients(Message.RecipientType.TO);
			return to == null || to.length != 1 ? "" : ((InternetAddress) to[0]).getAddress();
		}
		catch (MessagingException e) {
			throw new IllegalStateException(e);
		}
	}

	private static String header(MimeMessage mail, String name) {
		try {
			String[] values = mail.getHeader(name);
			assertThat(values).as(name).isNotNull().hasSize(1);
			return values[0];
		}
		catch (MessagingException e) {
			throw new IllegalStateException(e);
		}
	}

	private static String messageId(MimeMessage mail) {
		try {
			return mail.getMessageID();
		}
		catch (MessagingException e) {
			throw new IllegalStateException(e);
		}
	}

	/** Polls until the condition holds, failing the test at the deadline. */
	private static void await(Duration within, BooleanSupplier condition) {
		long deadline = System.nanoTime() + within.toNanos();
		while (!condition.getAsBoolean()) {
			assertThat(System.nanoTime()).as("waited " + within.toSeconds() + " s in vain").isLessThan(deadline);
			LockSupport.parkNanos(Duration.ofMillis(50).toNanos());
		}
	}

	/** Polls until the value is there, failing the test at the deadline. */
	private static int awaitValue(Duration within, java.util.function.Supplier<Integer> value) {
		int[] found = new int[1];
		await(within, () -> {
			Integer now = value.get();
			found[0] = now == null ? 0 : now;
			return now != null;
		});
		return found[0];
	}
}
