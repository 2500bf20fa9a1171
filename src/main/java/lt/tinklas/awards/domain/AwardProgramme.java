package lt.tinklas.awards.domain;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.Table;
import lt.tinklas.shared.tenancy.TenantOwned;
import org.hibernate.envers.Audited;

/** An award the network gives every year, such as "Geriausias vaiko draugas". */
@Entity
@Table(name = "award_programme")
@Audited
public class AwardProgramme extends TenantOwned {

	@Column(nullable = false)
	private String name;

	@Column(name = "name_en")
	private String nameEn;

	@Column(length = 4000)
	private String description;

	@Column(name = "description_en", length = 4000)
	private String descriptionEn;

	protected AwardProgramme() {
	}

	public AwardProgramme(String name, String nameEn, String description, String descriptionEn) {
		this.name = name.strip();
		this.nameEn = blankToNull(nameEn);
		this.description = blankToNull(description);
		this.descriptionEn = blankToNull(descriptionEn);
	}

	static String blankToNull(String value) {
		return value == null || value.isBlank() ? null : value.strip();
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

	public String getDescriptionEn() {
		return descriptionEn;
	}
}
