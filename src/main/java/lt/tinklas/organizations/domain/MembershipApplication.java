package lt.tinklas.organizations.domain;

import java.time.LocalDate;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.Table;
import lt.tinklas.organizations.DecidedBy;
import lt.tinklas.organizations.LegalForm;
import lt.tinklas.organizations.application.ApplicationStatus;
import lt.tinklas.shared.history.ShownAs;
import lt.tinklas.shared.tenancy.TenantOwned;
import org.hibernate.envers.Audited;

/**
 * An organization's application to join, as it came from the public form, with the eligibility
 * checked when it arrived (reasons kept, one message key per line) and the decision.
 */
@Entity
@Table(name = "membership_application")
@Audited
public class MembershipApplication extends TenantOwned {

	@Column(name = "legal_code", nullable = false)
	private String legalCode;

	@Column(nullable = false)
	private String name;

	@Enumerated(EnumType.STRING)
	@Column(name = "legal_form", nullable = false)
	private LegalForm legalForm;

	@Column(name = "founded_on")
	private LocalDate foundedOn;

	@Column(name = "ngo_since")
	private LocalDate ngoStatusSince;

	@Column(name = "ngo_until")
	private LocalDate ngoStatusUntil;

	@ShownAs("municipality")
	@Column(name = "seat_municipality")
	private String seatMunicipality;

	private String email;

	@Column(name = "contact_name", nullable = false)
	private String contactName;

	@Column(name = "contact_email", nullable = false)
	private String contactEmail;

	private String statement;

	@Column(name = "applied_on", nullable = false)
	private LocalDate appliedOn;

	@Column(nullable = false)
	private boolean eligible;

	@Column(name = "reasons")
	private String reasons;

	@Enumerated(EnumType.STRING)
	@Column(nullable = false)
	private ApplicationStatus status = ApplicationStatus.PENDING;

	@Column(name = "decided_on")
	private LocalDate decidedOn;

	@Enumerated(EnumType.STRING)
	@Column(name = "decided_by")
	private DecidedBy decidedBy;

	private String reference;

	@Column(name = "decision_reason")
	private String decisionReason;

	@ShownAs("organization")
	@Column(name = "organization_id")
	private Long organizationId;

	@Column(name = "invitation_code")
	private String invitationCode;

	protected MembershipApplication() {
	}

	public MembershipApplication(String legalCode, String name, LegalForm legalForm, LocalDate foundedOn,
			LocalDate ngoStatusSince, LocalDate ngoStatusUntil, String seatMunicipality, String email,
			String contactName, String contactEmail, String statement, LocalDate appliedOn, boolean eligible,
			String reasons, String invitationCode) {
		this.invitationCode = invitationCode;
		this.legalCode = legalCode;
		this.name = name;
		this.legalForm = legalForm;
		this.foundedOn = foundedOn;
		this.ngoStatusSince = ngoStatusSince;
		this.ngoStatusUntil = ngoStatusUntil;
		this.seatMunicipality = seatMunicipality;
		this.email = email;
		this.contactName = contactName;
		this.contactEmail = contactEmail;
		this.statement = statement;
		this.appliedOn = appliedOn;
		this.eligible = eligible;
		this.reasons = reasons;
	}

	public void decide(ApplicationStatus status, LocalDate on, DecidedBy by, String reference, String reason,
			Long organizationId) {
		this.status = status;
		this.decidedOn = on;
		this.decidedBy = by;
		this.reference = reference;
		this.decisionReason = reason;
		this.organizationId = organizationId;
	}

	public String getLegalCode() {
		return legalCode;
	}

	public String getName() {
		return name;
	}

	public LegalForm getLegalForm() {
		return legalForm;
	}

	public LocalDate getFoundedOn() {
		return foundedOn;
	}

	public LocalDate getNgoStatusSince() {
		return ngoStatusSince;
	}

	public LocalDate getNgoStatusUntil() {
		return ngoStatusUntil;
	}

	public String getSeatMunicipality() {
		return seatMunicipality;
	}

	public String getEmail() {
		return email;
	}

	public String getContactName() {
		return contactName;
	}

	public String getContactEmail() {
		return contactEmail;
	}

	public String getStatement() {
		return statement;
	}

	public LocalDate getAppliedOn() {
		return appliedOn;
	}

	public boolean isEligible() {
		return eligible;
	}

	public String getReasons() {
		return reasons;
	}

	public ApplicationStatus getStatus() {
		return status;
	}

	public LocalDate getDecidedOn() {
		return decidedOn;
	}

	public DecidedBy getDecidedBy() {
		return decidedBy;
	}

	public String getReference() {
		return reference;
	}

	public String getDecisionReason() {
		return decisionReason;
	}

	public Long getOrganizationId() {
		return organizationId;
	}

	public String getInvitationCode() {
		return invitationCode;
	}
}
