package lt.tinklas.advocacy.domain;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.Table;
import lt.tinklas.shared.tenancy.TenantOwned;
import org.hibernate.annotations.JdbcTypeCode;
import org.hibernate.type.SqlTypes;

/** The file of a position or letter as sent (kept apart so lists never load it). */
@Entity
@Table(name = "position_file")
public class PositionFile extends TenantOwned {

	@Column(name = "position_id", nullable = false, unique = true)
	private Long positionId;

	@Column(name = "file_name", nullable = false)
	private String fileName;

	@Column(name = "content_type", nullable = false)
	private String contentType;

	@JdbcTypeCode(SqlTypes.VARBINARY)
	@Column(nullable = false, length = 20_000_000)
	private byte[] content;

	protected PositionFile() {
	}

	public PositionFile(Long positionId, String fileName, String contentType, byte[] content) {
		this.positionId = positionId;
		replace(fileName, contentType, content);
	}

	public final void replace(String fileName, String contentType, byte[] content) {
		this.fileName = fileName;
		this.contentType = contentType;
		this.content = content;
	}

	public Long getPositionId() {
		return positionId;
	}

	public String getFileName() {
		return fileName;
	}

	public String getContentType() {
		return contentType;
	}

	public byte[] getContent() {
		return content;
	}
}
