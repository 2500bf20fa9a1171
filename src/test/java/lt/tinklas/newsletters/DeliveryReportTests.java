package lt.tinklas.newsletters;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.util.Properties;

import jakarta.mail.MessagingException;
import jakarta.mail.Session;
import jakarta.mail.internet.MimeMessage;
import lt.tinklas.newsletters.domain.DeliveryReport;
import org.junit.jupiter.api.Test;

/** Delivery reports as mail servers write them, read into what a bounce is recorded from. */
class DeliveryReportTests {

	static final String BOUNCES = "bounces@example.lt";

	@Test
	void postfixUserUnknownIsHardWithItsFoldedDiagnosticInOneLine() {
		DeliveryReport report = DeliveryReport.of(sample("postfix-user-unknown"), BOUNCES).orElseThrow();

		assertThat(report.token()).isEqualTo("Xq7Hn2xVb-Lk9_Tz3WmRf0aY");
		assertThat(report.recipient()).isEqualTo("ona.petraityte@gmail.com");
		assertThat(report.status()).isEqualTo("5.1.1");
		assertThat(report.hard()).isTrue();
		assertThat(report.diagnostic()).isEqualTo("550-5.1.1 The email account that you tried to reach does not exist."
				+ " Please try 550-5.1.1 double-checking the recipient's email address for typos or 550-5.1.1"
				+ " unnecessary spaces. For more information, go to 550 5.1.1 https://support.google.com/mail/?p=NoSuchUser"
				+ " a640c23a62f3a-abc123si4412345ejc.412 - gsmtp");
	}

	@Test
	void exchangeNotAuthorizedIsHardWithTheTokenOnlyInTo() {
		DeliveryReport report = DeliveryReport.of(sample("exchange-access-denied"), BOUNCES).orElseThrow();

		assertThat(report).isEqualTo(new DeliveryReport("pL3vR8sK0dW5-nQ1yZ6tB9cE2hJ4", "direktorius@savivaldybe.lt",
				"5.7.1", true, "550 5.7.1 RESOLVER.RST.NotAuthorized; not authorized [Stage: CreateMessage]"));
	}

	@Test
	void aDelayIsSoft() {
		DeliveryReport report = DeliveryReport.of(sample("postfix-delayed"), BOUNCES).orElseThrow();

		assertThat(report).isEqualTo(new DeliveryReport("aB3dE5gH7jK9mN1pQ3sT5vW7", "info@bendruomene.lt", "4.4.1",
				false, "connect to mx.bendruomene.lt[185.5.52.10]:25: Connection timed out"));
	}

	@Test
	void aFailureWithATemporaryStatusIsSoft() {
		DeliveryReport report = DeliveryReport.of(sample("exim-mailbox-full"), BOUNCES).orElseThrow();

		assertThat(report).isEqualTo(new DeliveryReport("Zr4_Uo8Ii2Ee6Aa0Yy4Tt8Rr", "jonas.kazlauskas@hostingas.lt",
				"4.2.2", false, "452 4.2.2 Mailbox full: jonas.kazlauskas@hostingas.lt (quota exceeded)"));
	}

	@Test
	void ofSeveralRecipientsTheFirstUndeliveredOneIsReported() {
		DeliveryReport report = DeliveryReport.of(sample("sendmail-two-recipients"), BOUNCES).orElseThrow();

		assertThat(report).isEqualTo(new DeliveryReport("k2m4n6p8r0t2v4x6z8b0d2f4h6", "petras@tinklai.lt", "5.1.1",
				true, "550 5.1.1 <Petras@Tinklai.lt>... User unknown"));
	}

	@Test
	void anAutoreplyAndAReadReceiptAreNoReports() {
		assertThat(DeliveryReport.of(sample("out-of-office"), BOUNCES)).isEmpty();
		assertThat(DeliveryReport.of(sample("read-receipt"), BOUNCES)).isEmpty();
	}

	@Test
	void theBounceAddressMatchesInAnyCaseAndAnotherAddressGivesNoToken() {
		assertThat(DeliveryReport.of(sample("postfix-user-unknown"), "Bounces@EXAMPLE.lt").orElseThrow().token())
			.isEqualTo("Xq7Hn2xVb-Lk9_Tz3WmRf0aY");
		assertThat(DeliveryReport.of(sample("postfix-user-unknown"), "bounces@example.org").orElseThrow().token())
			.isNull();
		assertThat(DeliveryReport.of(sample("postfix-user-unknown"), "newsletter@example.lt").orElseThrow().token())
			.isNull();
		assertThat(DeliveryReport.of(sample("postfix-user-unknown"), null).orElseThrow().token()).isNull();
	}

	@Test
	void aReportOfSuccessfulDeliveryOnlyIsNoBounce() {
		MimeMessage mail = report("bounces+Xq7Hn2xVb-Lk9_Tz3WmRf0aY@example.lt", "Reporting-MTA: dns; mx.example.lt\n\n"
				+ "Final-Recipient: rfc822; a@b.lt\nAction: delivered\nStatus: 2.0.0\n\n"
				+ "Final-Recipient: rfc822; c@d.lt\nAction: relayed\nStatus: 2.0.0\n");

		assertThat(DeliveryReport.of(mail, BOUNCES)).isEmpty();
	}

	@Test
	void aReportWithoutARecipientGroupIsNoBounce() {
		MimeMessage mail = report("bounces+Xq7Hn2xVb-Lk9_Tz3WmRf0aY@example.lt",
				"Reporting-MTA: dns; mx.example.lt\nArrival-Date: Tue, 3 Mar 2026 10:21:46 +0200\n");

		assertThat(DeliveryReport.of(mail, BOUNCES)).isEmpty();
	}

	@Test
	void aFailureWithoutFinalRecipientOrDiagnosticLeavesThemNullAndATooShortTokenIsNone() {
		MimeMessage mail = report("bounces+short@example.lt", "Reporting-MTA: dns; mx.example.lt\n\n"
				+ "Action: failed\nStatus: 5.0.0 (permanent failure)\n");

		assertThat(DeliveryReport.of(mail, BOUNCES)).contains(new DeliveryReport(null, null, "5.0.0", true, null));
	}

	@Test
	void aLongDiagnosticIsCutAt1000Characters() {
		MimeMessage mail = report("x@y.lt", "Reporting-MTA: dns; mx.example.lt\n\nFinal-Recipient: rfc822; a@b.lt\n"
				+ "Action: failed\nStatus: 5.1.1\nDiagnostic-Code: smtp; 550 " + "x".repeat(2000) + "\n");

		assertThat(DeliveryReport.of(mail, BOUNCES).orElseThrow().diagnostic()).hasSize(1000).startsWith("550 xxx");
	}

	@Test
	void garbageAndEmptyMailAreNoReportsAndThrowNothing() {
		assertThat(DeliveryReport.of(parse(""), BOUNCES)).isEmpty();
		assertThat(DeliveryReport.of(parse("Content-Type: multipart/report; report-type=delivery-status\n\n"
				+ "no boundary at all\n"), BOUNCES)).isEmpty();
		assertThat(DeliveryReport.of(parse("Content-Type: multipart/report; report-type=delivery-status;"
				+ " boundary=\"b\"\n\n--b\nContent-Type: message/delivery-status\n\n\u0000\u00ff::\n\n:\n  \n"),
				BOUNCES)).isEmpty();
		assertThat(DeliveryReport.of(parse("Content-Type: ;;;===\n\n\u0001\u0002"), BOUNCES)).isEmpty();
		assertThat(DeliveryReport.of(new MimeMessage((Session) null), BOUNCES)).isEmpty();
	}

	/** A delivery status notification sent to the address with the given delivery-status part. */
	private static MimeMessage report(String to, String status) {
		return parse("To: " + to + "\nMIME-Version: 1.0\n"
				+ "Content-Type: multipart/report; report-type=delivery-status; boundary=\"b1\"\n\n"
				+ "--b1\nContent-Type: text/plain\n\nThe mail system.\n\n"
				+ "--b1\nContent-Type: message/delivery-status\n\n" + status + "\n--b1--\n");
	}

	static MimeMessage parse(String mail) {
		try {
			return new MimeMessage(Session.getInstance(new Properties()),
					new ByteArrayInputStream(mail.getBytes(StandardCharsets.UTF_8)));
		}
		catch (MessagingException e) {
			throw new IllegalStateException(e);
		}
	}

	static MimeMessage sample(String name) {
		try (InputStream in = DeliveryReportTests.class.getResourceAsStream("/newsletters/dsn/" + name + ".eml")) {
			assertThat(in).as(name).isNotNull();
			return new MimeMessage(Session.getInstance(new Properties()), in);
		}
		catch (IOException | MessagingException e) {
			throw new IllegalStateException(e);
		}
	}
}
