package lt.tinklas.strategy.domain;

import java.math.BigDecimal;
import java.time.LocalDate;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.Table;
import lt.tinklas.shared.tenancy.TenantOwned;
import org.hibernate.annotations.JdbcTypeCode;
import org.hibernate.envers.Audited;
import org.hibernate.envers.NotAudited;
import org.hibernate.type.SqlTypes;

/** A value of a hand-kept indicator on a day, with a note and its evidence (a link or a file). */
@Entity
@Table(name = "strategy_indicator_value")
@Audited
public class ManualValue extends TenantOwned {

	@Column(name = "indicator_id", nullable = false, updatable = false)
	private Long indicatorId;

	@Column(name = "recorded_on", nullable = false)
	private LocalDate recordedOn;

	@Column(name = "recorded_value", nullable = false, precision = 14, scale = 2)
	private BigDecimal value;

	@Column(length = 2000)
	private String note;

	@Column(name = "evidence_link", length = 1000)
	private String evidenceLink;

	@Column(name = "evidence_file_name")
	private String evidenceFileName;

	@NotAudited
	@Column(name = "evidence_content_type")
	private String evidenceContentType;

	@NotAudited
	@JdbcTypeCode(SqlTypes.VARBINARY)
	@Column(name = "evidence_content", length = 20_000_000)
	private byte[] evidenceContent;

	protected ManualValue() {
	}

	public ManualValue(Long indicatorId, LocalDate recordedOn, BigDecimal value, String note, String evidenceLink) {
		this.indicatorId = indicatorId;
		this.recordedOn = recordedOn;
		this.value = value;
		this.note = Strategy.blankToNull(note);
		this.evidenceLink = Strategy.blankToNull(evidenceLink);
	}

	public void attach(String fileName, String contentType, byte[] content) {
		this.evidenceFileName = fileName;
		this.evidenceContentType = contentType;
		this.evidenceContent = content;
	}

	public Long getIndicatorId() {
		return indicatorId;
	}

	public LocalDate getRecordedOn() {
		return recordedOn;
	}

	public BigDecimal getValue() {
		return value;
	}

	public String getNote() {
		return note;
	}

	public String getEvidenceLink() {
		return evidenceLink;
	}

	public String getEvidenceFileName() {
		return evidenceFileName;
	}

	public String getEvidenceContentType() {
		return evidenceContentType;
	}

	public byte[] getEvidenceContent() {
		return evidenceContent;
	}
}
