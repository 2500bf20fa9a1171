package lt.tinklas.messaging.domain;

import java.time.Instant;
import java.util.UUID;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import org.hibernate.annotations.JdbcTypeCode;
import org.hibernate.type.SqlTypes;

@Entity
@Table(name = "outbox_mail")
public class OutboxMail {

	/** After so many failed attempts a mail is no longer tried. */
	public static final int MAX_ATTEMPTS = 10;

	/** Stands for the secret of a link in a kept mail's text. */
	public static final String SECRET = "{link-secret}";

	@Id
	@GeneratedValue(strategy = GenerationType.IDENTITY)
	private Long id;

	/** Kept with the row so that the mail keeps its Message-ID when it is sent again. */
	@Column(name = "message_id", nullable = false, updatable = false)
	private UUID messageId = UUID.randomUUID();

	@Column(name = "network_id")
	private Long networkId;

	/** The language tag the mail is written in. */
	@Column(nullable = false)
	private String language;

	@Column(nullable = false)
	private String recipient;

	@Column(nullable = false)
	private String subject;

	@Column(nullable = false)
	private String body;

	/** The link that stops such mail, for the List-Unsubscribe header; null for mail one cannot leave. */
	@Column(name = "unsubscribe_url")
	private String unsubscribeUrl;

	/** The secret the text's placeholders stand for; null once the mail is sent or had none. */
	@Column(name = "link_secret")
	private String linkSecret;

	/** The HTML part as written by the sender of bulk mail; null for mail whose HTML is made from its text. */
	@Column(name = "html")
	private String html;

	/** The envelope sender bounces go back to; null for the installation's own address. */
	@Column(name = "envelope_from")
	private String envelopeFrom;

	/** Bulk mail (a newsletter) waits behind every other mail. */
	@Column(nullable = false)
	private boolean bulk;

	/** What the mail is for, told to whoever listens when it is sent or given up. */
	@Column(name = "reference")
	private String reference;

	/** The name of the file sent with the mail as the reader sees it; null for mail without one. */
	@Column(name = "attachment_name", updatable = false)
	private String attachmentName;

	/** The file's MIME type; null for mail without one. */
	@Column(name = "attachment_type", updatable = false)
	private String attachmentType;

	/** The file's bytes; never written again when the row is marked sent or failed. */
	@JdbcTypeCode(SqlTypes.VARBINARY)
	@Column(name = "attachment", updatable = false, length = 20_000_000)
	private byte[] attachment;

	@Column(name = "created_at", nullable = false)
	private Instant createdAt = Instant.now();

	@Column(name = "sent_at")
	private Instant sentAt;

	@Column(nullable = false)
	private int attempts;

	@Column(name = "last_error")
	private String lastError;

	protected OutboxMail() {
	}

	public OutboxMail(Long networkId, String language, String recipient, String subject, String body,
			String unsubscribeUrl) {
		this.networkId = networkId;
		this.language = language;
		this.recipient = recipient;
		this.subject = subject;
		this.body = body;
		this.unsubscribeUrl = unsubscribeUrl;
	}

	/**
	 * A mail whose links carry {@code secret}: the row keeps {@link #SECRET} in its place and the
	 * secret apart, until the mail is sent.
	 */
	public OutboxMail(Long networkId, String language, String recipient, String subject, String body,
			String unsubscribeUrl, String secret) {
		this(networkId, language, recipient, subject, body.replace(secret, SECRET),
				unsubscribeUrl == null ? null : unsubscribeUrl.replace(secret, SECRET));
		this.linkSecret = secret;
	}

	/**
	 * Bulk mail with its own HTML part and envelope sender; the secret is kept apart as in
	 * {@link #OutboxMail(Long, String, String, String, String, String, String)}, from the HTML too.
	 */
	public static OutboxMail bulk(long networkId, String language, String recipient, String subject, String text,
			String html, String unsubscribeUrl, String secret, String envelopeFrom, String reference, boolean bulk) {
		OutboxMail mail = new OutboxMail(networkId, language, recipient, subject, text, unsubscribeUrl, secret);
		mail.html = html.replace(secret, SECRET);
		mail.envelopeFrom = envelopeFrom;
		mail.bulk = bulk;
		mail.reference = reference;
		return mail;
	}

	/** Sends the file with the mail, after its text (multipart/mixed). */
	public void attach(String fileName, String contentType, byte[] content) {
		this.attachmentName = fileName;
		this.attachmentType = contentType;
		this.attachment = content;
	}

	public Long getId() {
		return id;
	}

	public UUID getMessageId() {
		return messageId;
	}

	public Long getNetworkId() {
		return networkId;
	}

	public String getLanguage() {
		return language;
	}

	public String getRecipient() {
		return recipient;
	}

	public String getSubject() {
		return subject;
	}

	public String getBody() {
		return body;
	}

	public String getUnsubscribeUrl() {
		return unsubscribeUrl;
	}

	/** The text as it is sent, its links whole again. */
	public String bodyToSend() {
		return withSecret(body);
	}

	/** The HTML part as it is sent, its links whole again; null when it is made from the text. */
	public String htmlToSend() {
		return html == null ? null : withSecret(html);
	}

	public String getEnvelopeFrom() {
		return envelopeFrom;
	}

	public boolean isBulk() {
		return bulk;
	}

	public String getReference() {
		return reference;
	}

	public boolean hasAttachment() {
		return attachment != null;
	}

	public String getAttachmentName() {
		return attachmentName;
	}

	public String getAttachmentType() {
		return attachmentType;
	}

	public byte[] getAttachment() {
		return attachment;
	}

	/** The stop link as it is sent, whole again. */
	public String unsubscribeUrlToSend() {
		return unsubscribeUrl == null ? null : withSecret(unsubscribeUrl);
	}

	private String withSecret(String text) {
		return linkSecret == null ? text : text.replace(SECRET, linkSecret);
	}

	public Instant getCreatedAt() {
		return createdAt;
	}

	public Instant getSentAt() {
		return sentAt;
	}

	public int getAttempts() {
		return attempts;
	}

	public String getLastError() {
		return lastError;
	}

	public void sent(Instant at) {
		attempts++;
		sentAt = at;
		lastError = null;
		linkSecret = null;
	}

	public void failed(String error) {
		attempts++;
		lastError = error == null ? null : error.substring(0, Math.min(error.length(), 1000));
	}
}
