package lt.tinklas.messaging.domain;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Random;

import jakarta.mail.BodyPart;
import jakarta.mail.MessagingException;
import jakarta.mail.Multipart;
import jakarta.mail.Part;
import jakarta.mail.internet.ContentType;
import jakarta.mail.internet.MimeMessage;
import lt.tinklas.messaging.Attachment;
import lt.tinklas.messaging.Outbox;
import lt.tinklas.shared.retention.Retention;
import lt.tinklas.shared.retention.RetentionStep;
import lt.tinklas.shared.tenancy.NetworkLookup;
import lt.tinklas.shared.tenancy.PlatformWide;
import lt.tinklas.shared.web.Formats;
import lt.tinklas.testing.TestDatabase;
import lt.tinklas.testing.TestMail;
import lt.tinklas.testing.TinklasTest;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * A mail with a file (a letter as PDF) reaches its reader as the text and HTML, then the file under
 * its own name, Lithuanian letters and all, byte for byte; a mail without one goes out as before; a
 * missing or empty file is refused before anything is written.
 */
@TinklasTest
class OutboxAttachmentTests {

	static final Locale LT = Locale.forLanguageTag("lt");
	static final String FILE_NAME = "Kvietimas NSMOT-26-01-22-01 Šilutė.pdf";
	static final String TEXT = "Laba diena,\n\nsiunčiame kvietimą prisijungti prie tinklo.\n\nNSMOT";

	@Autowired
	Outbox outbox;

	@Autowired
	OutboxSender sender;

	@Autowired
	TransactionTemplate transactions;

	@Autowired
	NetworkLookup networks;

	@Autowired
	List<RetentionStep> retentionSteps;

	/** The database as its owner sees it, for the test's own checks. */
	JdbcClient jdbc = TestDatabase.ownerJdbc();

	@Test
	void aMailWithAFileGoesOutAsItsTextAndHtmlThenTheFileUnderItsOwnName() throws Exception {
		long nsmot = networks.bySlug("nsmot").orElseThrow().id();
		String recipient = "priedas-" + System.nanoTime() + "@savivaldybe.lt";
		byte[] pdf = pdf();
		byte[] given = pdf.clone();
		Attachment letter = new Attachment(FILE_NAME, "application/pdf", given);
		// the caller's array changing afterwards changes nothing that is sent
		Arrays.fill(given, (byte) 0);
		transactions.executeWithoutResult(status -> outbox.enqueueWithAttachment(nsmot, LT, recipient,
				"Kvietimas prisijungti prie NSMOT", TEXT, letter));
		sender.sendPending();

		MimeMessage mail = TestMail.latestTo(recipient);
		assertThat(mail.isMimeType("multipart/mixed")).as(mail.getContentType()).isTrue();
		Multipart parts = (Multipart) mail.getContent();
		assertThat(parts.getCount()).isEqualTo(2);

		BodyPart words = parts.getBodyPart(0);
		assertThat(words.isMimeType("multipart/alternative")).as(words.getContentType()).isTrue();
		assertThat(types((Multipart) words.getContent())).containsExactly("text/plain", "text/html");
		assertThat(TestMail.body(mail)).isEqualTo(TEXT);
		assertThat(TestMail.html(mail)).contains("<p>siunčiame kvietimą prisijungti prie tinklo.</p>");
		assertThat(TestMail.sender(mail)).startsWith("NSMOT per Tinklas <");

		BodyPart file = parts.getBodyPart(1);
		assertThat(file.isMimeType("application/pdf")).as(file.getContentType()).isTrue();
		assertThat(file.getDisposition()).isEqualTo(Part.ATTACHMENT);
		assertThat(file.getFileName()).isEqualTo(FILE_NAME);
		assertThat(new ContentType(file.getContentType()).getParameter("name")).isEqualTo(FILE_NAME);
		try (InputStream in = file.getInputStream()) {
			assertThat(in.readAllBytes()).isEqualTo(pdf);
		}
		// the name travels in plain ASCII, its letters encoded in UTF-8 as RFC 2231 says
		String headers = String.join("\n", file.getHeader("Content-Type")) + "\n"
				+ String.join("\n", file.getHeader("Content-Disposition"));
		assertThat(headers).matches("\\p{ASCII}*").contains("UTF-8''").contains("%C5%A0ilut%C4%97.pdf");
	}

	@Test
	void aMailWithoutAFileIsItsTextAndHtmlAsBefore() throws Exception {
		String recipient = "be-priedo-" + System.nanoTime() + "@savivaldybe.lt";
		transactions.executeWithoutResult(status -> outbox.enqueue(null, LT, recipient, "Be priedo", TEXT));
		sender.sendPending();

		MimeMessage mail = TestMail.latestTo(recipient);
		assertThat(mail.isMimeType("multipart/alternative")).as(mail.getContentType()).isTrue();
		assertThat(types((Multipart) mail.getContent())).containsExactly("text/plain", "text/html");
		assertThat(TestMail.body(mail)).isEqualTo(TEXT);
		assertThat(jdbc.sql("""
				select count(*) from outbox_mail where recipient = ?
				  and attachment is null and attachment_name is null and attachment_type is null""")
			.param(recipient).query(Long.class).single()).isEqualTo(1);
	}

	@Test
	void aMissingOrEmptyFileIsRefusedBeforeAnythingIsWritten() {
		byte[] pdf = pdf();
		List<Runnable> refused = List.of(() -> new Attachment(FILE_NAME, "application/pdf", null),
				() -> new Attachment(FILE_NAME, "application/pdf", new byte[0]),
				() -> new Attachment(null, "application/pdf", pdf), () -> new Attachment(" ", "application/pdf", pdf),
				() -> new Attachment("laiskas\r\nBcc: kitas@pastas.lt", "application/pdf", pdf),
				() -> new Attachment(FILE_NAME, null, pdf), () -> new Attachment(FILE_NAME, "", pdf),
				() -> new Attachment(FILE_NAME, "pdf", pdf));
		for (Runnable attachment : refused) {
			assertThatThrownBy(attachment::run).isInstanceOf(IllegalArgumentException.class);
		}

		String recipient = "be-failo-" + System.nanoTime() + "@savivaldybe.lt";
		assertThatThrownBy(() -> transactions.executeWithoutResult(status -> outbox.enqueueWithAttachment(null, LT,
				recipient, "Laiškas be failo", TEXT, null)))
			.isInstanceOf(IllegalArgumentException.class);
		// refused even when there is nobody to write to: the mistake is the caller's either way
		assertThatThrownBy(() -> transactions.executeWithoutResult(
				status -> outbox.enqueueWithAttachment(null, LT, null, "Laiškas be failo", TEXT, null)))
			.isInstanceOf(IllegalArgumentException.class);
		sender.sendPending();
		assertThat(jdbc.sql("select count(*) from outbox_mail where recipient = ?").param(recipient)
			.query(Long.class).single()).isZero();
		assertThat(TestMail.countTo(recipient)).isZero();
	}

	@Test
	void somebodyWithoutAnAddressGetsNothing() {
		String subject = "Ištrintam " + System.nanoTime();
		Attachment letter = new Attachment(FILE_NAME, "application/pdf", pdf());
		transactions.executeWithoutResult(status -> {
			outbox.enqueueWithAttachment(null, LT, null, subject, TEXT, letter);
			outbox.enqueueWithAttachment(null, LT, " ", subject, TEXT, letter);
		});
		assertThat(jdbc.sql("select count(*) from outbox_mail where subject = ?").param(subject).query(Long.class)
			.single()).isZero();
	}

	@Test
	void theFileGoesWithTheTextWhenTheMailsTimeIsOver() {
		String recipient = "senas-" + System.nanoTime() + "@savivaldybe.lt";
		transactions.executeWithoutResult(status -> outbox.enqueueWithAttachment(null, LT, recipient, "Senas laiškas",
				TEXT, new Attachment(FILE_NAME, "application/pdf", pdf())));
		sender.sendPending();
		TestMail.latestTo(recipient);
		LocalDate today = LocalDate.now(Formats.VILNIUS);
		jdbc.sql("update outbox_mail set created_at = ? where recipient = ?")
			.params(today.minusDays(Retention.DEFAULT.outboxBodyDays() + 1L).atStartOfDay(Formats.VILNIUS).toOffsetDateTime(),
					recipient)
			.update();
		RetentionStep bodies = retentionSteps.stream().filter(step -> step.kind().equals("outbox_bodies")).findFirst()
			.orElseThrow();
		transactions.executeWithoutResult(status -> PlatformWide.run(() -> bodies.applyToPlatform(today)));

		Map<String, Object> row = jdbc.sql("""
				select subject, body, attachment_name, attachment_type, attachment from outbox_mail where recipient = ?""")
			.param(recipient).query().singleRow();
		assertThat(row).containsEntry("subject", "Senas laiškas").containsEntry("body", "");
		assertThat(row).containsEntry("attachment_name", null)
			.containsEntry("attachment_type", null).containsEntry("attachment", null);
	}

	/** A PDF's beginning and end around every byte value and more, as a real file may hold them. */
	static byte[] pdf() {
		byte[] head = "%PDF-1.7\n%âãÏÓ\n".getBytes(StandardCharsets.ISO_8859_1);
		byte[] tail = "\n%%EOF\n".getBytes(StandardCharsets.ISO_8859_1);
		byte[] body = new byte[40_000];
		new Random(20260122).nextBytes(body);
		for (int i = 0; i < 256; i++) {
			body[i] = (byte) i;
		}
		byte[] pdf = new byte[head.length + body.length + tail.length];
		System.arraycopy(head, 0, pdf, 0, head.length);
		System.arraycopy(body, 0, pdf, head.length, body.length);
		System.arraycopy(tail, 0, pdf, head.length + body.length, tail.length);
		return pdf;
	}

	static List<String> types(Multipart parts) throws MessagingException {
		List<String> types = new ArrayList<>();
		for (int i = 0; i < parts.getCount(); i++) {
			types.add(new ContentType(parts.getBodyPart(i).getContentType()).getBaseType().toLowerCase(Locale.ROOT));
		}
		return types;
	}
}
