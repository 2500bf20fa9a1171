package lt.tinklas.partnerships.domain;

import java.time.LocalDate;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.Table;
import lt.tinklas.partnerships.AgreementStatus;
import lt.tinklas.shared.history.ShownAs;
import lt.tinklas.shared.tenancy.TenantOwned;
import org.hibernate.annotations.JdbcTypeCode;
import org.hibernate.envers.Audited;
import org.hibernate.envers.NotAudited;
import org.hibernate.type.SqlTypes;

/**
 * A cooperation agreement with a municipality (ISO code such as LT-57): its status, the signed
 * period, who signed it, what it covers, and the signed document. The history records the
 * document's name; the file itself is kept only in its latest version.
 */
@Entity
@Table(name = "municipal_agreement")
@Audited
public class MunicipalAgreement extends TenantOwned {

	@ShownAs("municipality")
	@Column(name = "municipality_code", nullable = false)
	private String municipalityCode;

	@Enumerated(EnumType.STRING)
	@Column(nullable = false)
	private AgreementStatus status;

	@Column(name = "signed_on")
	private LocalDate signedOn;

	@Column(name = "valid_until")
	private LocalDate validUntil;

	private String signatories;

	private String scope;

	@Column(name = "document_file_name")
	private String documentFileName;

	@NotAudited
	@Column(name = "document_content_type")
	private String documentContentType;

	@NotAudited
	@JdbcTypeCode(SqlTypes.VARBINARY)
	@Column(name = "document", length = 20_000_000)
	private byte[] document;

	protected MunicipalAgreement() {
	}

	public MunicipalAgreement(String municipalityCode, AgreementStatus status, LocalDate signedOn,
			LocalDate validUntil, String signatories, String scope) {
		change(municipalityCode, status, signedOn, validUntil, signatories, scope);
	}

	public final void change(String municipalityCode, AgreementStatus status, LocalDate signedOn,
			LocalDate validUntil, String signatories, String scope) {
		this.municipalityCode = municipalityCode;
		this.status = status;
		this.signedOn = signedOn;
		this.validUntil = validUntil;
		this.signatories = signatories;
		this.scope = scope;
	}

	public void keepDocument(String fileName, String contentType, byte[] content) {
		this.documentFileName = fileName;
		this.documentContentType = contentType;
		this.document = content;
	}

	public String getMunicipalityCode() {
		return municipalityCode;
	}

	public AgreementStatus getStatus() {
		return status;
	}

	public LocalDate getSignedOn() {
		return signedOn;
	}

	public LocalDate getValidUntil() {
		return validUntil;
	}

	public String getSignatories() {
		return signatories;
	}

	public String getScope() {
		return scope;
	}

	public String getDocumentFileName() {
		return documentFileName;
	}

	public String getDocumentContentType() {
		return documentContentType;
	}

	public byte[] getDocument() {
		return document;
	}
}
