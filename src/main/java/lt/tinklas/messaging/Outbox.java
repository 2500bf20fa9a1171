package lt.tinklas.messaging;

import java.time.Instant;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Objects;
import java.util.Set;

import lt.tinklas.messaging.domain.OutboxMail;
import lt.tinklas.messaging.domain.OutboxMailRecords;
import lt.tinklas.shared.tenancy.PlatformWide;
import lt.tinklas.shared.tenancy.Tenancy;
import org.springframework.data.domain.PageRequest;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Propagation;
import org.springframework.transaction.annotation.Transactional;

/** Puts a mail in the outbox; it is sent after the surrounding transaction commits, never before. */
@Service
public class Outbox {

	private final OutboxMailRecords mails;

	Outbox(OutboxMailRecords mails) {
		this.mails = mails;
	}

	/**
	 * Must run inside the transaction of the change that causes the mail. The mail is written in
	 * {@code language}; without a network it is the platform's own. Nobody is written to without an
	 * address: an erased person has none, and gets nothing.
	 */
	@Transactional(propagation = Propagation.MANDATORY)
	public void enqueue(Long networkId, Locale language, String recipient, String subject, String body) {
		if (recipient == null || recipient.isBlank()) {
			return;
		}
		write(new OutboxMail(networkId, language.toLanguageTag(), recipient, subject, body, null));
	}

	/**
	 * As {@link #enqueue}, with a file sent after the text (a letter as PDF). A missing attachment is
	 * refused before anything is written; without an address nothing is written either.
	 */
	@Transactional(propagation = Propagation.MANDATORY)
	public void enqueueWithAttachment(Long networkId, Locale language, String recipient, String subject, String body,
			Attachment attachment) {
		if (attachment == null) {
			throw new IllegalArgumentException("A mail with an attachment needs one");
		}
		if (recipient == null || recipient.isBlank()) {
			return;
		}
		OutboxMail mail = new OutboxMail(networkId, language.toLanguageTag(), recipient, subject, body, null);
		mail.attach(attachment.fileName(), attachment.contentType(), attachment.content());
		write(mail);
	}

	/**
	 * A mail whose links carry {@code secret} (a one-time token): the outbox keeps its text without
	 * the secret, puts it back only while sending, and forgets it once the mail is sent, so no kept
	 * mail holds a usable link. {@code unsubscribeUrl}, when given, is a link that stops such mail and
	 * goes in the {@code List-Unsubscribe} header for one-click unsubscribing (RFC 8058): a POST to it
	 * must stop the mail without sign-in or CSRF token, and a GET must only ask.
	 */
	@Transactional(propagation = Propagation.MANDATORY)
	public void enqueueWithSecret(Long networkId, Locale language, String recipient, String subject, String body,
			String unsubscribeUrl, String secret) {
		if (recipient == null || recipient.isBlank()) {
			return;
		}
		write(new OutboxMail(networkId, language.toLanguageTag(), recipient, subject, body, unsubscribeUrl,
				Objects.requireNonNull(secret)));
	}

	/**
	 * A mail of a mailing to one person (see {@link BulkMail}): sent after every other mail waiting, with
	 * its own HTML part and envelope sender. When it is sent or given up, a {@link MailSent} or
	 * {@link MailGivenUp} naming its reference is published in the sending transaction.
	 */
	@Transactional(propagation = Propagation.MANDATORY)
	public void enqueueBulk(long networkId, BulkMail mail) {
		write(OutboxMail.bulk(networkId, mail.language().toLanguageTag(), mail.recipient(), mail.subject(), mail.text(),
				mail.html(), mail.unsubscribeUrl(), mail.secret(), mail.envelopeFrom(), mail.reference(), true));
	}

	/** A single mail written as bulk mail is (a mailing's test send): it does not wait behind other mail. */
	@Transactional(propagation = Propagation.MANDATORY)
	public void enqueueWritten(long networkId, BulkMail mail) {
		write(OutboxMail.bulk(networkId, mail.language().toLanguageTag(), mail.recipient(), mail.subject(), mail.text(),
				mail.html(), mail.unsubscribeUrl(), mail.secret(), mail.envelopeFrom(), mail.reference(), false));
	}

	/**
	 * Written at once, in the mail's network, or on the platform's path for the platform's own mail,
	 * whatever network the causing change works in (a platform admin making a network, a network's
	 * admin sending a password link).
	 */
	private void write(OutboxMail mail) {
		if (mail.getNetworkId() == null) {
			PlatformWide.run(() -> mails.saveAndFlush(mail));
		}
		else {
			Tenancy.runAs(mail.getNetworkId(), () -> mails.saveAndFlush(mail));
		}
	}

	/**
	 * The latest mails of the platform and of the networks given, no other network's: the platform
	 * admin's outbox page shows only the networks that allow the platform admin to read their records.
	 * Read without the mails' texts and files.
	 */
	@Transactional(readOnly = true)
	public List<OutboxEntry> latest(int count, Set<Long> networkIds) {
		Set<Long> readable = new HashSet<>(networkIds);
		// an empty list cannot be bound to “in”; no network has this id
		readable.add(-1L);
		// several networks' mail: the platform's path, the networks named in the query
		return PlatformWide.run(() -> mails.latestOf(readable, PageRequest.of(0, count)))
			.stream()
			.map(mail -> new OutboxEntry(mail.getId(), mail.getRecipient(), mail.getSubject(), mail.getCreatedAt(),
					mail.getSentAt(), mail.getAttempts(), mail.getLastError()))
			.toList();
	}

	public record OutboxEntry(long id, String recipient, String subject, Instant createdAt,
			Instant sentAt, int attempts, String lastError) {
	}
}
