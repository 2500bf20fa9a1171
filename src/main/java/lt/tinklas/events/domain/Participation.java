package lt.tinklas.events.domain;

import java.time.Instant;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.Table;
import lt.tinklas.events.ParticipationStatus;
import lt.tinklas.shared.history.ShownAs;
import lt.tinklas.shared.persistence.InsertedInBulk;
import lt.tinklas.shared.tenancy.TenantOwned;
import org.hibernate.envers.Audited;

/** A person at an event, for an organization; one per person and event. */
@Entity
@Table(name = "participation")
@Audited
@InsertedInBulk
public class Participation extends TenantOwned {

	@ShownAs("event")
	@Column(name = "event_id", nullable = false, updatable = false)
	private Long eventId;

	@ShownAs("person")
	@Column(name = "person_id", nullable = false, updatable = false)
	private Long personId;

	@ShownAs("organization")
	@Column(name = "organization_id")
	private Long organizationId;

	@Enumerated(EnumType.STRING)
	@Column(nullable = false)
	private ParticipationStatus status;

	@Column(name = "registered_at", nullable = false)
	private Instant registeredAt = Instant.now();

	protected Participation() {
	}

	public Participation(Long eventId, Long personId, Long organizationId, ParticipationStatus status) {
		this.eventId = eventId;
		this.personId = personId;
		this.organizationId = organizationId;
		this.status = status;
	}

	public void changeStatus(ParticipationStatus status) {
		this.status = status;
	}

	/** Back in the queue: a returning person waits behind those already waiting. */
	public void rejoin(ParticipationStatus status, Long organizationId) {
		this.status = status;
		this.organizationId = organizationId;
		this.registeredAt = Instant.now();
	}

	public Long getEventId() {
		return eventId;
	}

	public Long getPersonId() {
		return personId;
	}

	public Long getOrganizationId() {
		return organizationId;
	}

	public ParticipationStatus getStatus() {
		return status;
	}

	public Instant getRegisteredAt() {
		return registeredAt;
	}
}
