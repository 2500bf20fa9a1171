package lt.tinklas.newsletters;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;

import com.icegreen.greenmail.user.GreenMailUser;
import com.icegreen.greenmail.util.GreenMail;
import com.icegreen.greenmail.util.ServerSetup;
import jakarta.mail.AuthenticationFailedException;
import jakarta.mail.MessagingException;
import jakarta.mail.internet.MimeMessage;
import lt.tinklas.newsletters.domain.BounceMailbox;
import lt.tinklas.newsletters.domain.BounceSettings;
import lt.tinklas.newsletters.domain.DeliveryReport;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/** The bounce mailbox read over IMAP from a mail server holding the sample reports and other mail. */
class BounceMailboxTests {

	/** In the order they arrive; the autoreply and the read receipt are no reports. */
	static final List<String> SAMPLES = List.of("postfix-user-unknown", "exchange-access-denied", "out-of-office",
			"postfix-delayed", "read-receipt", "exim-mailbox-full", "sendmail-two-recipients");
	static final List<String> REPORTED = List.of("Xq7Hn2xVb-Lk9_Tz3WmRf0aY", "pL3vR8sK0dW5-nQ1yZ6tB9cE2hJ4",
			"aB3dE5gH7jK9mN1pQ3sT5vW7", "Zr4_Uo8Ii2Ee6Aa0Yy4Tt8Rr", "k2m4n6p8r0t2v4x6z8b0d2f4h6");

	private GreenMail server;

	@BeforeEach
	void start() {
		server = new GreenMail(new ServerSetup(0, "127.0.0.1", ServerSetup.PROTOCOL_IMAP));
		server.start();
		GreenMailUser user = server.setUser("bounces@example.lt", "bounces@example.lt", "secret");
		for (String sample : SAMPLES) {
			user.deliver(DeliveryReportTests.sample(sample));
		}
	}

	@AfterEach
	void stop() {
		server.stop();
	}

	@Test
	void everyReportComesOutInOrderAndTheMailboxIsEmptiedOfReportsAndOtherMail() throws MessagingException {
		List<DeliveryReport> reports = new ArrayList<>();

		int handled = mailbox("secret").read(reports::add, 100);

		assertThat(handled).isEqualTo(7);
		assertThat(reports).extracting(DeliveryReport::token).containsExactlyElementsOf(REPORTED);
		assertThat(reports).extracting(DeliveryReport::recipient).containsExactly("ona.petraityte@gmail.com",
				"direktorius@savivaldybe.lt", "info@bendruomene.lt", "jonas.kazlauskas@hostingas.lt", "petras@tinklai.lt");
		assertThat(reports).extracting(DeliveryReport::hard).containsExactly(true, true, false, false, true);
		assertThat(server.getReceivedMessages()).isEmpty();
		assertThat(mailbox("secret").read(reports::add, 100)).isZero();
	}

	@Test
	void atMostMaxMessagesAreReadTheOldestFirst() throws MessagingException {
		List<DeliveryReport> reports = new ArrayList<>();

		assertThat(mailbox("secret").read(reports::add, 3)).isEqualTo(3);

		assertThat(reports).extracting(DeliveryReport::token).containsExactlyElementsOf(REPORTED.subList(0, 2));
		assertThat(subjectsLeft()).hasSize(4).first().asString().startsWith("Delayed Mail");
	}

	@Test
	void aReportTheConsumerFailsOnStaysForTheNextRead() throws MessagingException {
		List<DeliveryReport> recorded = new ArrayList<>();
		BounceMailbox mailbox = mailbox("secret");

		assertThatThrownBy(() -> mailbox.read(report -> {
			if (!recorded.isEmpty()) {
				throw new IllegalStateException("the database is away");
			}
			recorded.add(report);
		}, 100)).isInstanceOf(IllegalStateException.class).hasMessage("the database is away");

		assertThat(recorded).extracting(DeliveryReport::token).containsExactly(REPORTED.get(0));
		assertThat(subjectsLeft()).hasSize(6).first().asString().startsWith("Undeliverable:");

		assertThat(mailbox.read(recorded::add, 100)).isEqualTo(6);
		assertThat(recorded).extracting(DeliveryReport::token).containsExactlyElementsOf(REPORTED);
		assertThat(server.getReceivedMessages()).isEmpty();
	}

	@Test
	void aWrongPasswordFailsToSignInAndReadsNothing() {
		List<DeliveryReport> reports = new ArrayList<>();

		assertThatThrownBy(() -> mailbox("wrong").read(reports::add, 100))
			.isInstanceOf(AuthenticationFailedException.class);

		assertThat(reports).isEmpty();
		assertThat(server.getReceivedMessages()).hasSize(7);
	}

	private BounceMailbox mailbox(String password) {
		return new BounceMailbox(new BounceSettings("127.0.0.1", server.getImap().getPort(), "imap",
				"bounces@example.lt", password, "INBOX", "bounces@example.lt"));
	}

	private List<String> subjectsLeft() {
		return Arrays.stream(server.getReceivedMessages()).map(BounceMailboxTests::subject).toList();
	}

	private static String subject(MimeMessage mail) {
		try {
			return mail.getSubject();
		}
		catch (MessagingException e) {
			throw new IllegalStateException(e);
		}
	}
}
