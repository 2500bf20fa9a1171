package lt.tinklas.events.domain;

import java.time.Instant;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.Table;
import lt.tinklas.shared.tenancy.TenantOwned;

/**
 * An invitation of one person to one event; the link in its mail, and the one in its reminder, let
 * the person stop invitations. Only the links' hashes are kept.
 */
@Entity
@Table(name = "event_invitation")
public class Invitation extends TenantOwned {

	@Column(name = "event_id", nullable = false)
	private Long eventId;

	@Column(name = "person_id", nullable = false)
	private Long personId;

	@Column(name = "token_hash", nullable = false)
	private String tokenHash;

	@Column(name = "reminder_token_hash")
	private String reminderTokenHash;

	@Column(name = "invited_at", nullable = false)
	private Instant invitedAt = Instant.now();

	@Column(name = "reminded_at")
	private Instant remindedAt;

	@Column(name = "opted_out", nullable = false)
	private boolean optedOut;

	protected Invitation() {
	}

	public Invitation(Long eventId, Long personId, String tokenHash) {
		this.eventId = eventId;
		this.personId = personId;
		this.tokenHash = tokenHash;
	}

	/** The reminder is sent with its own stop link. */
	public void reminded(String reminderTokenHash) {
		remindedAt = Instant.now();
		this.reminderTokenHash = reminderTokenHash;
	}

	public void optOut() {
		optedOut = true;
	}

	public Long getEventId() {
		return eventId;
	}

	public Long getPersonId() {
		return personId;
	}

	public Instant getRemindedAt() {
		return remindedAt;
	}

	public boolean isOptedOut() {
		return optedOut;
	}
}
