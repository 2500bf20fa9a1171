package lt.tinklas.events.domain;

import java.time.Instant;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.Table;
import lt.tinklas.shared.tenancy.TenantOwned;

/** A registration from the public page, waiting until its e-mail link is confirmed. */
@Entity
@Table(name = "registration_request")
public class RegistrationRequest extends TenantOwned {

	@Column(name = "event_id", nullable = false)
	private Long eventId;

	@Column(name = "first_name", nullable = false)
	private String firstName;

	@Column(name = "last_name", nullable = false)
	private String lastName;

	@Column(nullable = false)
	private String email;

	@Column(name = "organization_name")
	private String organizationName;

	@Column(name = "token_hash", nullable = false)
	private String tokenHash;

	@Column(name = "created_at", nullable = false)
	private Instant createdAt = Instant.now();

	@Column(name = "confirmed_at")
	private Instant confirmedAt;

	protected RegistrationRequest() {
	}

	public RegistrationRequest(Long eventId, String firstName, String lastName, String email, String organizationName,
			String tokenHash) {
		this.eventId = eventId;
		this.firstName = firstName;
		this.lastName = lastName;
		this.email = email;
		this.organizationName = organizationName;
		this.tokenHash = tokenHash;
	}

	public void confirm() {
		confirmedAt = Instant.now();
	}

	public Long getEventId() {
		return eventId;
	}

	public String getFirstName() {
		return firstName;
	}

	public String getLastName() {
		return lastName;
	}

	public String getEmail() {
		return email;
	}

	public String getOrganizationName() {
		return organizationName;
	}

	public Instant getCreatedAt() {
		return createdAt;
	}

	public Instant getConfirmedAt() {
		return confirmedAt;
	}
}
