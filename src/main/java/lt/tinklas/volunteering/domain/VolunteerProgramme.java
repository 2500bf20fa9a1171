package lt.tinklas.volunteering.domain;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.Table;
import lt.tinklas.shared.tenancy.TenantOwned;
import org.hibernate.envers.Audited;

/** A volunteering programme of the network, such as "Gyvoji biblioteka". */
@Entity
@Table(name = "volunteer_programme")
@Audited
public class VolunteerProgramme extends TenantOwned {

	@Column(nullable = false)
	private String name;

	@Column(name = "name_en")
	private String nameEn;

	@Column(length = 4000)
	private String description;

	protected VolunteerProgramme() {
	}

	public VolunteerProgramme(String name, String nameEn, String description) {
		this.name = name.strip();
		this.nameEn = nameEn == null || nameEn.isBlank() ? null : nameEn.strip();
		this.description = description == null || description.isBlank() ? null : description.strip();
	}

	public String getName() {
		return name;
	}

	public String getNameEn() {
		return nameEn;
	}

	public String getDescription() {
		return description;
	}
}
