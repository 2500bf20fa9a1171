package lt.tinklas.publishing.domain;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.Table;
import lt.tinklas.publishing.PublicationKind;
import lt.tinklas.shared.tenancy.TenantOwned;
import org.hibernate.annotations.JdbcTypeCode;
import org.hibernate.envers.Audited;
import org.hibernate.envers.NotAudited;
import org.hibernate.type.SqlTypes;

/** A file the network publishes: an annual report, a booklet, a calendar. */
@Entity
@Table(name = "publication")
@Audited
public class Publication extends TenantOwned {

	@Column(nullable = false, length = 300)
	private String title;

	@Column(name = "title_en", length = 300)
	private String titleEn;

	@Enumerated(EnumType.STRING)
	@Column(nullable = false, length = 30)
	private PublicationKind kind;

	@Column(name = "publication_year", nullable = false)
	private int year;

	@Column(name = "file_name", nullable = false, length = 200)
	private String fileName;

	@Column(name = "content_type", nullable = false, length = 100)
	private String contentType;

	@Column(name = "file_size", nullable = false)
	private long size;

	// the file itself is not kept in the history; its name and size are
	@NotAudited
	@JdbcTypeCode(SqlTypes.VARBINARY)
	@Column(name = "content", nullable = false, length = 20_000_000)
	private byte[] content;

	protected Publication() {
	}

	public Publication(String title, String titleEn, PublicationKind kind, int year, String fileName,
			String contentType, byte[] content) {
		this.title = title;
		this.titleEn = titleEn;
		this.kind = kind;
		this.year = year;
		this.fileName = fileName;
		this.contentType = contentType;
		this.content = content;
		this.size = content.length;
	}

	public String getTitle() {
		return title;
	}

	public String getTitleEn() {
		return titleEn;
	}

	public PublicationKind getKind() {
		return kind;
	}

	public int getYear() {
		return year;
	}

	public String getFileName() {
		return fileName;
	}

	public String getContentType() {
		return contentType;
	}

	public long getSize() {
		return size;
	}

	public byte[] getContent() {
		return content;
	}
}
