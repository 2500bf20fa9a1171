package lt.tinklas.events.domain;

import java.time.Instant;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.Table;
import lt.tinklas.shared.tenancy.TenantOwned;

/** A mailed link through which one attendee rates one event. */
@Entity
@Table(name = "feedback_request")
public class FeedbackRequest extends TenantOwned {

	@Column(name = "event_id", nullable = false)
	private Long eventId;

	@Column(name = "person_id", nullable = false)
	private Long personId;

	@Column(name = "token_hash", nullable = false)
	private String tokenHash;

	@Column(name = "sent_at", nullable = false)
	private Instant sentAt = Instant.now();

	protected FeedbackRequest() {
	}

	public FeedbackRequest(Long eventId, Long personId, String tokenHash) {
		this.eventId = eventId;
		this.personId = personId;
		this.tokenHash = tokenHash;
	}

	public Long getEventId() {
		return eventId;
	}

	public Long getPersonId() {
		return personId;
	}

	public Instant getSentAt() {
		return sentAt;
	}

	/** A new link in place of an expired one: the old one stops, the period starts again. */
	public void renew(String newTokenHash, Instant at) {
		this.tokenHash = newTokenHash;
		this.sentAt = at;
	}
}
