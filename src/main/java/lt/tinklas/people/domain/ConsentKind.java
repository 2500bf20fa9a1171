package lt.tinklas.people.domain;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.Table;
import lt.tinklas.shared.tenancy.TenantOwned;
import org.hibernate.envers.Audited;

/**
 * A kind of consent the network asks for (newsletters, event invitations, photos), named in both
 * languages, with the statement a form shows beside its checkbox. A legitimate-interest kind needs
 * no consent; an inactive kind is no longer offered but its consents are kept.
 */
@Entity
@Table(name = "consent_kind")
@Audited
public class ConsentKind extends TenantOwned {

	@Column(name = "name_lt", nullable = false)
	private String nameLt;

	@Column(name = "name_en", nullable = false)
	private String nameEn;

	@Column(name = "statement_lt")
	private String statementLt;

	@Column(name = "statement_en")
	private String statementEn;

	@Enumerated(EnumType.STRING)
	@Column(nullable = false)
	private ConsentUse purpose = ConsentUse.OTHER;

	@Column(name = "legitimate_interest", nullable = false)
	private boolean legitimateInterest;

	@Column(name = "offered_on_forms", nullable = false)
	private boolean offeredOnForms;

	@Column(nullable = false)
	private boolean active = true;

	protected ConsentKind() {
	}

	public ConsentKind(String nameLt, String nameEn) {
		this.nameLt = nameLt.strip();
		this.nameEn = nameEn.strip();
	}

	public void update(String nameLt, String nameEn, String statementLt, String statementEn, ConsentUse purpose,
			boolean legitimateInterest, boolean offeredOnForms, boolean active) {
		this.nameLt = nameLt.strip();
		this.nameEn = nameEn.strip();
		this.statementLt = blank(statementLt);
		this.statementEn = blank(statementEn);
		this.purpose = purpose == null ? ConsentUse.OTHER : purpose;
		this.legitimateInterest = legitimateInterest;
		this.offeredOnForms = offeredOnForms;
		this.active = active;
	}

	/** The name in the language ("lt" or "en"). */
	public String name(String language) {
		return "en".equals(language) ? nameEn : nameLt;
	}

	/** The statement a form shows in the language; the kind's name when none is written. */
	public String statement(String language) {
		String statement = "en".equals(language) ? statementEn : statementLt;
		return statement == null ? name(language) : statement;
	}

	private static String blank(String value) {
		return value == null || value.isBlank() ? null : value.strip();
	}

	public String getNameLt() {
		return nameLt;
	}

	public String getNameEn() {
		return nameEn;
	}

	public String getStatementLt() {
		return statementLt;
	}

	public String getStatementEn() {
		return statementEn;
	}

	public ConsentUse getPurpose() {
		return purpose;
	}

	public boolean isLegitimateInterest() {
		return legitimateInterest;
	}

	public boolean isOfferedOnForms() {
		return offeredOnForms;
	}

	public boolean isActive() {
		return active;
	}
}
