package lt.tinklas.organizations.domain;

import java.time.LocalDate;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.Table;
import lt.tinklas.organizations.DecidedBy;
import lt.tinklas.organizations.MembershipChange;
import lt.tinklas.shared.history.ShownAs;
import lt.tinklas.shared.persistence.InsertedInBulk;
import lt.tinklas.shared.tenancy.TenantOwned;
import org.hibernate.envers.Audited;

/** One step of an organization's membership, with its date and, for a decision, who decided. */
@Entity
@Table(name = "membership_record")
@Audited
@InsertedInBulk
public class MembershipRecord extends TenantOwned {

	@ShownAs("organization")
	@Column(name = "organization_id", nullable = false, updatable = false)
	private Long organizationId;

	@Enumerated(EnumType.STRING)
	@Column(name = "change_kind", nullable = false)
	private MembershipChange change;

	@Column(name = "happened_on", nullable = false)
	private LocalDate on;

	@Enumerated(EnumType.STRING)
	@Column(name = "decided_by")
	private DecidedBy decidedBy;

	@Column(name = "reference")
	private String reference;

	@Column(name = "reason")
	private String reason;

	protected MembershipRecord() {
	}

	public MembershipRecord(Long organizationId, MembershipChange change, LocalDate on, DecidedBy decidedBy,
			String reference, String reason) {
		this.organizationId = organizationId;
		this.change = change;
		this.on = on;
		this.decidedBy = decidedBy;
		this.reference = reference == null || reference.isBlank() ? null : reference.strip();
		this.reason = reason == null || reason.isBlank() ? null : reason.strip();
	}

	public Long getOrganizationId() {
		return organizationId;
	}

	public MembershipChange getChange() {
		return change;
	}

	public LocalDate getOn() {
		return on;
	}

	public DecidedBy getDecidedBy() {
		return decidedBy;
	}

	public String getReference() {
		return reference;
	}

	public String getReason() {
		return reason;
	}
}
