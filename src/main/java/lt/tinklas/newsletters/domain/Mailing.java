package lt.tinklas.newsletters.domain;

import java.time.Instant;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.Table;
import lt.tinklas.shared.history.ShownAs;
import lt.tinklas.shared.tenancy.TenantOwned;
import org.hibernate.envers.Audited;

/**
 * A mailing: its subject and Markdown body in Lithuanian and, optionally, English, the segment it
 * goes to, and where its sending stands. Only a draft is edited; a mailing is ordered sent once.
 */
@Entity
@Table(name = "mailing")
@Audited
public class Mailing extends TenantOwned {

	@ShownAs("segment")
	@Column(name = "segment_id")
	private Long segmentId;

	@Column(nullable = false)
	private String subject;

	@Column(nullable = false)
	private String body;

	@Column(name = "subject_en")
	private String subjectEn;

	@Column(name = "body_en")
	private String bodyEn;

	@Column(name = "public_archive", nullable = false)
	private boolean publicArchive;

	@Enumerated(EnumType.STRING)
	@Column(nullable = false)
	private MailingStatus status = MailingStatus.DRAFT;

	@Column(name = "send_at")
	private Instant sendAt;

	@Column(name = "last_batch_at")
	private Instant lastBatchAt;

	@Column(name = "finished_at")
	private Instant finishedAt;

	@Column(name = "created_at", nullable = false, updatable = false)
	private Instant createdAt = Instant.now();

	protected Mailing() {
	}

	public Mailing(Long segmentId, String subject, String body, String subjectEn, String bodyEn, boolean publicArchive) {
		update(segmentId, subject, body, subjectEn, bodyEn, publicArchive);
	}

	public void update(Long segmentId, String subject, String body, String subjectEn, String bodyEn,
			boolean publicArchive) {
		this.segmentId = segmentId;
		this.subject = subject;
		this.body = body;
		this.subjectEn = subjectEn;
		this.bodyEn = bodyEn;
		this.publicArchive = publicArchive;
	}

	/** Ordered sent: from {@code at} on, its recipients get it at the network's rate. */
	public void schedule(Instant at) {
		this.status = MailingStatus.SCHEDULED;
		this.sendAt = at;
	}

	/** A batch went to the outbox at {@code at}. */
	public void batchSent(Instant at) {
		this.status = MailingStatus.SENDING;
		this.lastBatchAt = at;
	}

	/** Every recipient's mail is in the outbox. */
	public void finish(Instant at) {
		this.status = MailingStatus.SENT;
		this.finishedAt = at;
	}

	/** Back to a draft before its time came; its recipients are forgotten by the caller. */
	public void cancel() {
		this.status = MailingStatus.DRAFT;
		this.sendAt = null;
	}

	/** Kept as sent with its time: a mailing of before Tinklas, recorded afterwards. */
	public void recordSent(Instant at) {
		this.status = MailingStatus.SENT;
		this.sendAt = at;
		this.lastBatchAt = at;
		this.finishedAt = at;
	}

	public Long getSegmentId() {
		return segmentId;
	}

	public String getSubject() {
		return subject;
	}

	public String getBody() {
		return body;
	}

	public String getSubjectEn() {
		return subjectEn;
	}

	public String getBodyEn() {
		return bodyEn;
	}

	public boolean isPublicArchive() {
		return publicArchive;
	}

	public MailingStatus getStatus() {
		return status;
	}

	public Instant getSendAt() {
		return sendAt;
	}

	public Instant getLastBatchAt() {
		return lastBatchAt;
	}

	public Instant getFinishedAt() {
		return finishedAt;
	}

	public Instant getCreatedAt() {
		return createdAt;
	}
}
