package lt.tinklas.growth.domain;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.Table;
import lt.tinklas.shared.history.ShownAs;
import lt.tinklas.shared.tenancy.TenantOwned;
import org.hibernate.envers.Audited;

/** A municipality's NGO council as the network knows it: its name and how to reach it. */
@Entity
@Table(name = "municipal_council")
@Audited
public class MunicipalCouncil extends TenantOwned {

	@ShownAs("municipality")
	@Column(nullable = false)
	private String municipality;

	@Column(nullable = false)
	private String name;

	private String email;

	private String phone;

	private String address;

	private String note;

	protected MunicipalCouncil() {
	}

	public MunicipalCouncil(String municipality, String name) {
		this.municipality = municipality;
		this.name = name;
	}

	public void describe(String name, String email, String phone, String address, String note) {
		this.name = name;
		this.email = email;
		this.phone = phone;
		this.address = address;
		this.note = note;
	}

	public String getMunicipality() {
		return municipality;
	}

	public String getName() {
		return name;
	}

	public String getEmail() {
		return email;
	}

	public String getPhone() {
		return phone;
	}

	public String getAddress() {
		return address;
	}

	public String getNote() {
		return note;
	}
}
