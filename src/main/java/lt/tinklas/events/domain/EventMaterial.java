package lt.tinklas.events.domain;

import java.time.Instant;

import jakarta.persistence.Basic;
import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.FetchType;
import jakarta.persistence.Table;
import lt.tinklas.shared.tenancy.TenantOwned;
import org.hibernate.annotations.JdbcTypeCode;
import org.hibernate.type.SqlTypes;

/** A file that belongs to an event: slides, a handout, a programme. */
@Entity
@Table(name = "event_material")
public class EventMaterial extends TenantOwned {

	@Column(name = "event_id", nullable = false, updatable = false)
	private Long eventId;

	@Column(name = "file_name", nullable = false)
	private String fileName;

	@Column(name = "content_type", nullable = false)
	private String contentType;

	@Column(name = "size_bytes", nullable = false)
	private long size;

	@Basic(fetch = FetchType.LAZY)
	@JdbcTypeCode(SqlTypes.VARBINARY)
	@Column(nullable = false, length = 20_000_000)
	private byte[] content;

	@Column(name = "uploaded_at", nullable = false)
	private Instant uploadedAt = Instant.now();

	protected EventMaterial() {
	}

	public EventMaterial(Long eventId, String fileName, String contentType, byte[] content) {
		this.eventId = eventId;
		this.fileName = fileName;
		this.contentType = contentType;
		this.size = content.length;
		this.content = content;
	}

	public Long getEventId() {
		return eventId;
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

	public Instant getUploadedAt() {
		return uploadedAt;
	}
}
