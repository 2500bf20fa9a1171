package lt.tinklas.messaging.domain;

import java.io.UnsupportedEncodingException;
import java.net.URI;
import java.time.Instant;
import java.util.List;
import java.util.Locale;
import java.util.Objects;

import jakarta.activation.DataHandler;
import jakarta.mail.MessagingException;
import jakarta.mail.Part;
import jakarta.mail.internet.ContentDisposition;
import jakarta.mail.internet.ContentType;
import jakarta.mail.internet.InternetAddress;
import jakarta.mail.internet.MimeBodyPart;
import jakarta.mail.internet.MimeMultipart;
import jakarta.mail.internet.ParameterList;
import jakarta.mail.util.ByteArrayDataSource;
import lt.tinklas.messaging.MailGivenUp;
import lt.tinklas.messaging.MailSent;
import lt.tinklas.shared.tenancy.NetworkLook;
import lt.tinklas.shared.tenancy.NetworkLookup;
import lt.tinklas.shared.tenancy.PlatformWide;
import org.eclipse.angus.mail.smtp.SMTPMessage;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.context.MessageSource;
import org.springframework.data.domain.Limit;
import org.springframework.mail.javamail.JavaMailSender;
import org.springframework.mail.javamail.MimeMessageHelper;
import org.springframework.scheduling.annotation.Scheduled;
import org.springframework.stereotype.Component;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * Sends the outbox over SMTP. Each mail is sent inside the transaction that holds its row lock and
 * marks it sent, so a second sender never picks it up. The Message-ID is the random id kept with
 * the row at the host of the base URL: unique across installations and database restores, and if
 * the process dies after the SMTP server took a mail but before the commit, the mail goes out again
 * with the same Message-ID, which mail servers and clients treat as one message. The sender is
 * always the configured address; its name says whose mail it is ("NSMOT per Tinklas"), or plain
 * "Tinklas" for the platform's own mail. Every mail has its text and, made from it, an HTML part
 * that says the same, or the HTML its writer gave (bulk mail), and after them the mail's file if it
 * has one. A mail with a stop link carries it in the one-click List-Unsubscribe headers; bulk mail
 * goes out with its own envelope sender, and its sending or giving up is published with its
 * reference inside the transaction that records it.
 */
@Component
class OutboxSender {

	private static final Logger log = LoggerFactory.getLogger(OutboxSender.class);
	static final int MAX_ATTEMPTS = OutboxMail.MAX_ATTEMPTS;

	private final OutboxMailRecords mails;
	private final JavaMailSender sender;
	private final TransactionTemplate transactions;
	private final String from;
	private final String host;
	private final NetworkLookup networks;
	private final MessageSource messages;
	private final ApplicationEventPublisher events;

	OutboxSender(OutboxMailRecords mails, JavaMailSender sender, TransactionTemplate transactions, NetworkLookup networks,
			MessageSource messages, ApplicationEventPublisher events, @Value("${tinklas.mail.from}") String from,
			@Value("${tinklas.base-url}") String baseUrl) {
		this.mails = mails;
		this.events = events;
		this.sender = sender;
		this.transactions = transactions;
		this.networks = networks;
		this.messages = messages;
		this.from = from;
		this.host = Objects.requireNonNull(URI.create(baseUrl).getHost(),
				"tinklas.base-url names no host: " + baseUrl);
	}

	@Scheduled(fixedDelayString = "${tinklas.mail.poll-interval}", initialDelayString = "${tinklas.mail.poll-interval}")
	void sendPending() {
		// the queue holds every network's mail and the platform's: the platform's path
		PlatformWide.run(this::sendQueued);
	}

	private void sendQueued() {
		boolean more = true;
		while (more) {
			more = Boolean.TRUE.equals(transactions.execute(status -> {
				List<OutboxMail> batch = mails.nextUnsent(MAX_ATTEMPTS, Limit.of(1));
				if (batch.isEmpty()) {
					return false;
				}
				OutboxMail mail = batch.get(0);
				try {
					sender.send(toMessage(mail));
					mail.sent(Instant.now());
					if (mail.getReference() != null) {
						events.publishEvent(new MailSent(mail.getNetworkId(), mail.getReference(), mail.getSentAt()));
					}
				}
				// a mail that cannot even be built counts as a failed attempt too: rolled back, it would
				// stay first in the queue and hold back every mail behind it
				catch (RuntimeException | MessagingException e) {
					log.warn("Mail {} to {} not sent: {}", mail.getId(), mail.getRecipient(), e.getMessage());
					mail.failed(e.getMessage());
					if (mail.getReference() != null && mail.getAttempts() >= MAX_ATTEMPTS) {
						events.publishEvent(new MailGivenUp(mail.getNetworkId(), mail.getReference(), mail.getLastError()));
					}
					return false;
				}
				return true;
			}));
		}
	}

	private SMTPMessage toMessage(OutboxMail mail) throws MessagingException {
		SMTPMessage message = new SMTPMessage(sender.createMimeMessage().getSession()) {
			@Override
			protected void updateMessageID() throws MessagingException {
				setHeader("Message-ID", "<" + mail.getMessageId() + "@" + host + ">");
			}
		};
		if (mail.getEnvelopeFrom() != null) {
			message.setEnvelopeFrom(mail.getEnvelopeFrom());
		}
		MimeMessageHelper helper = new MimeMessageHelper(message, "UTF-8");
		helper.setFrom(sender(mail));
		helper.setTo(mail.getRecipient());
		helper.setSubject(mail.getSubject());
		message.setHeader("Content-Language", mail.getLanguage());
		if (mail.getUnsubscribeUrl() != null) {
			message.setHeader("List-Unsubscribe", "<" + mail.unsubscribeUrlToSend() + ">");
			message.setHeader("List-Unsubscribe-Post", "List-Unsubscribe=One-Click");
		}
		MimeMultipart content = textAndHtml(mail);
		message.setContent(mail.hasAttachment() ? withAttachment(content, mail) : content);
		return message;
	}

	/**
	 * The text and HTML first, then the file (multipart/mixed). Its name goes in both the type's
	 * {@code name} and the disposition's {@code filename}, encoded as RFC 2231 says in UTF-8 whatever
	 * the machine's default charset: "Šilutė.pdf" reaches the reader as "Šilutė.pdf".
	 */
	private static MimeMultipart withAttachment(MimeMultipart textAndHtml, OutboxMail mail) throws MessagingException {
		MimeBodyPart text = new MimeBodyPart();
		text.setContent(textAndHtml);
		MimeBodyPart file = new MimeBodyPart();
		// the data handler first: setting it drops the part's content headers
		file.setDataHandler(new DataHandler(new ByteArrayDataSource(mail.getAttachment(), mail.getAttachmentType())));
		ContentType type = new ContentType(mail.getAttachmentType());
		ParameterList typeParameters = type.getParameterList() == null ? new ParameterList() : type.getParameterList();
		typeParameters.set("name", mail.getAttachmentName(), "UTF-8");
		type.setParameterList(typeParameters);
		file.setHeader("Content-Type", type.toString());
		ParameterList dispositionParameters = new ParameterList();
		dispositionParameters.set("filename", mail.getAttachmentName(), "UTF-8");
		file.setHeader("Content-Disposition", new ContentDisposition(Part.ATTACHMENT, dispositionParameters).toString());
		return new MimeMultipart("mixed", text, file);
	}

	/**
	 * The text, and the same as HTML: a mail client shows the one it prefers (multipart/alternative).
	 * A network's mail in HTML has the network's name in its colour above and a line saying who sent
	 * it below.
	 */
	private MimeMultipart textAndHtml(OutboxMail mail) throws MessagingException {
		MimeBodyPart text = new MimeBodyPart();
		String body = mail.bodyToSend();
		text.setText(body, "UTF-8");
		if (mail.htmlToSend() != null) {
			MimeBodyPart written = new MimeBodyPart();
			written.setText(mail.htmlToSend(), "UTF-8", "html");
			return new MimeMultipart("alternative", text, written);
		}
		MailHtml.Brand brand = null;
		if (mail.getNetworkId() != null) {
			NetworkLook look = networks.look(mail.getNetworkId());
			String name = look.name(mail.getLanguage());
			brand = new MailHtml.Brand(name, look.shownColour(), messages.getMessage("mail.footer.network",
					new Object[] { name }, Locale.forLanguageTag(mail.getLanguage())));
		}
		MimeBodyPart html = new MimeBodyPart();
		html.setText(MailHtml.of(body, mail.getSubject(), mail.getLanguage(), brand), "UTF-8", "html");
		return new MimeMultipart("alternative", text, html);
	}

	private InternetAddress sender(OutboxMail mail) throws MessagingException {
		Locale language = Locale.forLanguageTag(mail.getLanguage());
		String name = mail.getNetworkId() == null ? messages.getMessage("mail.from.platform", null, language)
				: messages.getMessage("mail.from.network", new Object[] { networks.shortNameOf(mail.getNetworkId()) },
						language);
		InternetAddress address = new InternetAddress(from, true);
		try {
			address.setPersonal(name, "UTF-8");
		}
		catch (UnsupportedEncodingException e) {
			throw new IllegalStateException(e);
		}
		return address;
	}
}
