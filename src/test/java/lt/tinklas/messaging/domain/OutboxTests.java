package lt.tinklas.messaging.domain;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;

import jakarta.mail.MessagingException;
import jakarta.mail.internet.MimeMessage;
import lt.tinklas.messaging.Outbox;
import lt.tinklas.shared.tenancy.NetworkLookup;
import lt.tinklas.testing.TestDatabase;
import lt.tinklas.testing.TestMail;
import lt.tinklas.testing.TinklasTest;
import org.awaitility.Awaitility;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * The outbox: a mail exists only if the change that caused it was saved, and senders running at
 * the same time send each mail once.
 */
@TinklasTest
class OutboxTests {

	@Autowired
	Outbox outbox;

	@Autowired
	OutboxSender sender;

	@Autowired
	OutboxMailRecords mails;

	@Autowired
	TransactionTemplate transactions;

	/** The database as its owner sees it, for the test's own setup and checks. */
	JdbcClient jdbc = TestDatabase.ownerJdbc();

	@Autowired
	NetworkLookup networks;

	@Value("${tinklas.mail.from}")
	String from;

	static final Locale LT = Locale.forLanguageTag("lt");
	static final Locale EN = Locale.forLanguageTag("en");

	static final String MESSAGE_ID = "<[0-9a-f]{8}-[0-9a-f]{4}-4[0-9a-f]{3}-[89ab][0-9a-f]{3}-[0-9a-f]{12}@tinklas\\.test>";

	@Test
	void aChangeThatIsRolledBackLeavesNoMail() {
		String recipient = "atsauktas-" + System.nanoTime() + "@pastas.lt";
		transactions.executeWithoutResult(status -> {
			outbox.enqueue(null, LT, recipient, "Nebus išsiųstas", "Pakeitimas atšauktas");
			status.setRollbackOnly();
		});
		sender.sendPending();
		assertThat(mails.findAll()).noneMatch(mail -> mail.getRecipient().equals(recipient));
		assertThat(TestMail.countTo(recipient)).isZero();
	}

	@Test
	void sendersRunningAtOnceSendEachMailOnce() throws Exception {
		List<String> recipients = new ArrayList<>();
		transactions.executeWithoutResult(status -> {
			for (int i = 0; i < 12; i++) {
				String recipient = "vienas-" + i + "-" + System.nanoTime() + "@pastas.lt";
				recipients.add(recipient);
				outbox.enqueue(null, LT, recipient, "Laiškas " + i, "Turinys " + i);
			}
		});
		CountDownLatch start = new CountDownLatch(1);
		ExecutorService pool = Executors.newFixedThreadPool(3);
		List<Future<?>> runs = new ArrayList<>();
		for (int i = 0; i < 3; i++) {
			runs.add(pool.submit(() -> {
				start.await();
				sender.sendPending();
				return null;
			}));
		}
		start.countDown();
		for (Future<?> run : runs) {
			run.get(60, TimeUnit.SECONDS);
		}
		pool.shutdown();
		for (String recipient : recipients) {
			TestMail.latestTo(recipient);
			assertThat(TestMail.countTo(recipient)).as(recipient).isEqualTo(1);
		}
		// the scheduled sender may still be committing the last one it sent
		Awaitility.await()
			.atMost(Duration.ofSeconds(20))
			.untilAsserted(() -> assertThat(mails.findAll()).filteredOn(mail -> recipients.contains(mail.getRecipient()))
				.hasSize(recipients.size())
				.allSatisfy(mail -> assertThat(mail.getSentAt()).isNotNull()));
	}

	@Test
	void eachMailHasItsOwnMessageIdAtTheBaseUrlsHostAndKeepsItWhenSentAgain() {
		String first = "pirmas-" + System.nanoTime() + "@pastas.lt";
		String second = "antras-" + System.nanoTime() + "@pastas.lt";
		transactions.executeWithoutResult(status -> {
			outbox.enqueue(null, LT, first, "Pirmas", "Turinys");
			outbox.enqueue(null, LT, second, "Antras", "Turinys");
		});
		String firstId = messageId(TestMail.latestTo(first));
		String secondId = messageId(TestMail.latestTo(second));
		assertThat(firstId).matches(MESSAGE_ID);
		assertThat(secondId).matches(MESSAGE_ID).isNotEqualTo(firstId);
		OutboxMail row = mails.findAll().stream().filter(mail -> mail.getRecipient().equals(first)).findFirst().orElseThrow();
		assertThat(firstId).isEqualTo("<" + row.getMessageId() + "@tinklas.test>");

		// as if the process had died after the SMTP server took the mail but before the row was marked sent
		Awaitility.await()
			.atMost(Duration.ofSeconds(20))
			.until(() -> mails.findById(row.getId()).orElseThrow().getSentAt() != null);
		jdbc.sql("update outbox_mail set sent_at = null where id = ?").param(row.getId()).update();
		Awaitility.await()
			.atMost(Duration.ofSeconds(20))
			.until(() -> TestMail.countTo(first) == 2);
		assertThat(TestMail.allTo(first)).extracting(OutboxTests::messageId).containsExactly(firstId, firstId);
	}

	@Test
	void theSenderNamesTheNetworkInTheMailsLanguageAndIsPlainTinklasWithoutANetwork() {
		long nsmot = networks.bySlug("nsmot").orElseThrow().id();
		String lithuanian = "lt-" + System.nanoTime() + "@pastas.lt";
		String english = "en-" + System.nanoTime() + "@pastas.lt";
		String platform = "be-tinklo-" + System.nanoTime() + "@pastas.lt";
		transactions.executeWithoutResult(status -> {
			outbox.enqueue(nsmot, LT, lithuanian, "Tinklo laiškas", "Turinys");
			outbox.enqueue(nsmot, EN, english, "A network's mail", "Text");
			outbox.enqueue(null, EN, platform, "The platform's mail", "Text");
		});
		assertThat(TestMail.sender(TestMail.latestTo(lithuanian))).isEqualTo("NSMOT per Tinklas <" + from + ">");
		assertThat(TestMail.sender(TestMail.latestTo(english))).isEqualTo("NSMOT via Tinklas <" + from + ">");
		assertThat(TestMail.sender(TestMail.latestTo(platform))).isEqualTo("Tinklas <" + from + ">");
	}

	@Test
	void everyMailHasBesideItsTextTheSameAsHtmlWithLinksEscapedAndInItsLanguage() throws Exception {
		String recipient = "html-" + System.nanoTime() + "@pastas.lt";
		String text = "Hello <script>alert(1)</script> & co,\n\nopen https://tinklas.test/n/a?x=1&y=2.\n"
				+ "More: https://tinklas.test/b\n\n\nTinklas";
		transactions.executeWithoutResult(status -> outbox.enqueue(null, EN, recipient, "Links & <tags>", text));

		MimeMessage mail = TestMail.latestTo(recipient);
		assertThat(mail.isMimeType("multipart/alternative")).as(mail.getContentType()).isTrue();
		assertThat(TestMail.body(mail)).isEqualTo(text);
		assertThat(TestMail.html(mail)).contains("<html lang=\"en\">", "<title>Links &amp; &lt;tags&gt;</title>",
				"<p>Hello &lt;script&gt;alert(1)&lt;/script&gt; &amp; co,</p>",
				"<p>open <a href=\"https://tinklas.test/n/a?x=1&amp;y=2\">https://tinklas.test/n/a?x=1&amp;y=2</a>.<br>\n"
						+ "More: <a href=\"https://tinklas.test/b\">https://tinklas.test/b</a></p>",
				"<p>Tinklas</p>")
			.doesNotContain("<script>");

		String lithuanian = "html-lt-" + System.nanoTime() + "@pastas.lt";
		transactions.executeWithoutResult(status -> outbox.enqueue(null, LT, lithuanian, "Laiškas", "Sveiki"));
		assertThat(TestMail.html(TestMail.latestTo(lithuanian))).contains("<html lang=\"lt\">", "<p>Sveiki</p>");
	}

	@Test
	void aMailThatCannotBeBuiltIsAFailedAttemptAndDoesNotHoldBackTheMailsBehindIt() {
		String unbuildable = "vokiskai-" + System.nanoTime() + "@pastas.lt";
		String behind = "po-jo-" + System.nanoTime() + "@pastas.lt";
		// no sender name is written in German: the mail cannot be built
		transactions.executeWithoutResult(status -> {
			outbox.enqueue(null, Locale.GERMAN, unbuildable, "Brief", "Text");
			outbox.enqueue(null, LT, behind, "Laiškas po jo", "Turinys");
		});
		assertThat(TestMail.latestTo(behind)).isNotNull();
		OutboxMail failed = mails.findAll()
			.stream()
			.filter(mail -> mail.getRecipient().equals(unbuildable))
			.findFirst()
			.orElseThrow();
		assertThat(failed.getSentAt()).isNull();
		assertThat(failed.getAttempts()).isPositive();
		assertThat(failed.getLastError()).contains("mail.from.platform");
		assertThat(TestMail.countTo(unbuildable)).isZero();
	}

	static String messageId(MimeMessage mail) {
		try {
			return mail.getMessageID();
		}
		catch (MessagingException e) {
			throw new IllegalStateException(e);
		}
	}
}
