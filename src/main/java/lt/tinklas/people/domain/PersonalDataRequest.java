package lt.tinklas.people.domain;

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
 * A request about one person's data that was carried out: an export (an access to the data) or an
 * erasure. It keeps who made it and when (its revision), its kind and reference, never the values.
 */
@Entity
@Table(name = "personal_data_request")
@Audited
public class PersonalDataRequest extends TenantOwned {

	/** What was done. */
	public enum DataRequestKind {
		EXPORT, ERASURE
	}

	@ShownAs("person")
	@Column(name = "person_id", nullable = false, updatable = false)
	private Long personId;

	@Enumerated(EnumType.STRING)
	@Column(nullable = false, updatable = false)
	private DataRequestKind kind;

	@Column(updatable = false)
	private String reference;

	@Column(name = "made_at", nullable = false, updatable = false)
	private Instant madeAt;

	protected PersonalDataRequest() {
	}

	public PersonalDataRequest(long personId, DataRequestKind kind, String reference, Instant madeAt) {
		this.personId = personId;
		this.kind = kind;
		this.reference = reference == null || reference.isBlank() ? null : reference.strip();
		this.madeAt = madeAt;
	}

	public Long getPersonId() {
		return personId;
	}

	public DataRequestKind getKind() {
		return kind;
	}

	public String getReference() {
		return reference;
	}

	public Instant getMadeAt() {
		return madeAt;
	}
}
