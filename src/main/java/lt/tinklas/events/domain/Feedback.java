package lt.tinklas.events.domain;

import java.time.Instant;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.Table;
import lt.tinklas.shared.tenancy.TenantOwned;

/** A rating from 1 to 10 and a comment on an event; without a person when typed in from paper. */
@Entity
@Table(name = "feedback")
public class Feedback extends TenantOwned {

	@Column(name = "event_id", nullable = false, updatable = false)
	private Long eventId;

	@Column(name = "person_id", updatable = false)
	private Long personId;

	@Column(nullable = false)
	private int rating;

	@Column(name = "comment_text")
	private String comment;

	@Column(name = "created_at", nullable = false, updatable = false)
	private Instant createdAt = Instant.now();

	protected Feedback() {
	}

	public Feedback(Long eventId, Long personId, int rating, String comment) {
		this.eventId = eventId;
		this.personId = personId;
		this.rating = rating;
		this.comment = comment == null || comment.isBlank() ? null : comment.strip();
	}

	public Long getEventId() {
		return eventId;
	}

	public Long getPersonId() {
		return personId;
	}

	public int getRating() {
		return rating;
	}

	public String getComment() {
		return comment;
	}

	public Instant getCreatedAt() {
		return createdAt;
	}
}
