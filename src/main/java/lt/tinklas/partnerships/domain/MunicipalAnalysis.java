package lt.tinklas.partnerships.domain;

import java.time.LocalDate;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.Table;
import lt.tinklas.shared.history.ShownAs;
import lt.tinklas.shared.tenancy.TenantOwned;
import org.hibernate.annotations.JdbcTypeCode;
import org.hibernate.envers.Audited;
import org.hibernate.envers.NotAudited;
import org.hibernate.type.SqlTypes;

/** An analysis or plan the network made for a municipality, with its file and whom it was presented to. */
@Entity
@Table(name = "municipal_analysis")
@Audited
public class MunicipalAnalysis extends TenantOwned {

	@ShownAs("municipality")
	@Column(name = "municipality_code", nullable = false)
	private String municipalityCode;

	@Column(nullable = false)
	private String title;

	@Column(name = "made_on", nullable = false)
	private LocalDate madeOn;

	@Column(name = "presented_to")
	private String presentedTo;

	@Column(name = "file_name")
	private String fileName;

	@NotAudited
	@Column(name = "content_type")
	private String contentType;

	@NotAudited
	@JdbcTypeCode(SqlTypes.VARBINARY)
	@Column(name = "content", length = 20_000_000)
	private byte[] content;

	protected MunicipalAnalysis() {
	}

	public MunicipalAnalysis(String municipalityCode, String title, LocalDate madeOn, String presentedTo) {
		this.municipalityCode = municipalityCode;
		this.title = title;
		this.madeOn = madeOn;
		this.presentedTo = presentedTo;
	}

	public void keepFile(String fileName, String contentType, byte[] content) {
		this.fileName = fileName;
		this.contentType = contentType;
		this.content = content;
	}

	public String getMunicipalityCode() {
		return municipalityCode;
	}

	public String getTitle() {
		return title;
	}

	public LocalDate getMadeOn() {
		return madeOn;
	}

	public String getPresentedTo() {
		return presentedTo;
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
