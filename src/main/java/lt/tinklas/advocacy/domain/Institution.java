package lt.tinklas.advocacy.domain;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.Table;
import lt.tinklas.advocacy.InstitutionKind;
import lt.tinklas.shared.history.ShownAs;
import lt.tinklas.shared.tenancy.TenantOwned;
import org.hibernate.envers.Audited;

/** A body the network writes to, meets or sits in: a ministry, a Seimas committee, a municipality ... */
@Entity
@Table(name = "institution")
@Audited
public class Institution extends TenantOwned {

	@Column(nullable = false)
	private String name;

	@Column(name = "name_en")
	private String nameEn;

	@Enumerated(EnumType.STRING)
	@Column(nullable = false)
	private InstitutionKind kind;

	/** The municipality's code when the institution is one of the 60 municipalities. */
	@ShownAs("municipality")
	@Column(name = "municipality_code")
	private String municipalityCode;

	protected Institution() {
	}

	public Institution(String name, String nameEn, InstitutionKind kind, String municipalityCode) {
		update(name, nameEn, kind, municipalityCode);
	}

	public final void update(String name, String nameEn, InstitutionKind kind, String municipalityCode) {
		this.name = name.strip();
		this.nameEn = Texts.blankToNull(nameEn);
		this.kind = kind;
		this.municipalityCode = Texts.blankToNull(municipalityCode);
	}

	public String getName() {
		return name;
	}

	public String getNameEn() {
		return nameEn;
	}

	public InstitutionKind getKind() {
		return kind;
	}

	public String getMunicipalityCode() {
		return municipalityCode;
	}
}
