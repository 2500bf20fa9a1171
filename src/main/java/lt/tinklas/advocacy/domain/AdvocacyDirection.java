package lt.tinklas.advocacy.domain;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.Table;
import lt.tinklas.shared.tenancy.TenantOwned;
import org.hibernate.envers.Audited;

/** One of the network's priority advocacy directions, in the order the network lists them. */
@Entity
@Table(name = "advocacy_direction")
@Audited
public class AdvocacyDirection extends TenantOwned {

	@Column(nullable = false)
	private String name;

	@Column(name = "name_en")
	private String nameEn;

	@Column(name = "sort_order", nullable = false)
	private int sortOrder;

	protected AdvocacyDirection() {
	}

	public AdvocacyDirection(String name, String nameEn, int sortOrder) {
		rename(name, nameEn);
		this.sortOrder = sortOrder;
	}

	public final void rename(String name, String nameEn) {
		this.name = name.strip();
		this.nameEn = Texts.blankToNull(nameEn);
	}

	public String getName() {
		return name;
	}

	public String getNameEn() {
		return nameEn;
	}

	public int getSortOrder() {
		return sortOrder;
	}
}
