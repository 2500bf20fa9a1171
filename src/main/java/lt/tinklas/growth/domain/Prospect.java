package lt.tinklas.growth.domain;

import java.time.LocalDate;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.Table;
import lt.tinklas.shared.history.ShownAs;
import lt.tinklas.shared.tenancy.TenantOwned;
import org.hibernate.envers.Audited;

/** An organization the network would like as a member, and where it learnt of it. */
@Entity
@Table(name = "prospect")
@Audited
public class Prospect extends TenantOwned {

	@Column(name = "legal_code", nullable = false, updatable = false)
	private String legalCode;

	@Column(nullable = false)
	private String name;

	@ShownAs("municipality")
	private String municipality;

	@Column(name = "form_name")
	private String formName;

	private String email;

	private String address;

	@Enumerated(EnumType.STRING)
	@Column(nullable = false)
	private ProspectSource source;

	private String note;

	@Column(name = "added_on", nullable = false)
	private LocalDate addedOn;

	protected Prospect() {
	}

	public Prospect(String legalCode, ProspectSource source, LocalDate addedOn) {
		this.legalCode = legalCode;
		this.source = source;
		this.addedOn = addedOn;
	}

	public void describe(String name, String municipality, String formName, String email, String address,
			ProspectSource source, String note) {
		this.name = name;
		this.municipality = municipality;
		this.formName = formName;
		this.email = email;
		this.address = address;
		this.source = source;
		this.note = note;
	}

	public String getLegalCode() {
		return legalCode;
	}

	public String getName() {
		return name;
	}

	public String getMunicipality() {
		return municipality;
	}

	public String getFormName() {
		return formName;
	}

	public String getEmail() {
		return email;
	}

	public String getAddress() {
		return address;
	}

	public ProspectSource getSource() {
		return source;
	}

	public String getNote() {
		return note;
	}

	public LocalDate getAddedOn() {
		return addedOn;
	}
}
