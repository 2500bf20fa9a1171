package lt.tinklas.messaging.domain;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;

import lt.tinklas.messaging.Outbox;
import lt.tinklas.support.TestMail;
import lt.tinklas.support.TinklasTest;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
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
	OutboxMails mails;

	@Autowired
	TransactionTemplate transactions;

	@Test
	void aChangeThatIsRolledBackLeavesNoMail() {
		String recipient = "atsauktas-" + System.nanoTime() + "@pastas.lt";
		transactions.executeWithoutResult(status -> {
			outbox.enqueue(null, recipient, "Nebus išsiųstas", "Pakeitimas atšauktas");
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
				outbox.enqueue(null, recipient, "Laiškas " + i, "Turinys " + i);
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
		org.awaitility.Awaitility.await()
			.atMost(java.time.Duration.ofSeconds(20))
			.untilAsserted(() -> assertThat(mails.findAll()).filteredOn(mail -> recipients.contains(mail.getRecipient()))
				.hasSize(recipients.size())
				.allSatisfy(mail -> assertThat(mail.getSentAt()).isNotNull()));
	}
}
