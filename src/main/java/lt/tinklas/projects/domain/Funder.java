package lt.tinklas.projects.domain;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.Table;
import lt.tinklas.projects.SourceType;
import lt.tinklas.shared.tenancy.TenantOwned;
import org.hibernate.annotations.JdbcTypeCode;
import org.hibernate.envers.Audited;
import org.hibernate.envers.NotAudited;
import org.hibernate.type.SqlTypes;

/** A ministry, fund, programme or foundation that pays for projects, with its logo for notices. */
@Entity
@Table(name = "funder")
@Audited
public class Funder extends TenantOwned {

	@Column(nullable = false)
	private String name;

	@Column(name = "name_en")
	private String nameEn;

	@Enumerated(EnumType.STRING)
	@Column(name = "source_type", nullable = false)
	private SourceType sourceType;

	@Column(name = "logo_file_name")
	private String logoFileName;

	@NotAudited
	@Column(name = "logo_content_type")
	private String logoContentType;

	@NotAudited
	@JdbcTypeCode(SqlTypes.VARBINARY)
	@Column(name = "logo", length = 2_000_000)
	private byte[] logo;

	protected Funder() {
	}

	public Funder(String name, String nameEn, SourceType sourceType) {
		rename(name, nameEn, sourceType);
	}

	public final void rename(String name, String nameEn, SourceType sourceType) {
		this.name = name.strip();
		this.nameEn = nameEn == null || nameEn.isBlank() ? null : nameEn.strip();
		this.sourceType = sourceType;
	}

	public void showLogo(String fileName, String contentType, byte[] content) {
		this.logoFileName = fileName;
		this.logoContentType = contentType;
		this.logo = content;
	}

	public String getName() {
		return name;
	}

	public String getNameEn() {
		return nameEn;
	}

	public SourceType getSourceType() {
		return sourceType;
	}

	public String getLogoFileName() {
		return logoFileName;
	}

	public String getLogoContentType() {
		return logoContentType;
	}

	public byte[] getLogo() {
		return logo;
	}
}
