package lt.tinklas.awards.domain;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.Table;
import lt.tinklas.shared.history.ShownAs;
import lt.tinklas.shared.tenancy.TenantOwned;
import org.hibernate.annotations.JdbcTypeCode;
import org.hibernate.envers.Audited;
import org.hibernate.envers.NotAudited;
import org.hibernate.type.SqlTypes;

/**
 * A person nominated in a round, a laureate when chosen. The name, position and organization are
 * kept as they were at the time: people change jobs, the award stays as it was given.
 */
@Entity
@Table(name = "award_nominee")
@Audited
public class AwardNominee extends TenantOwned {

	@Column(name = "round_id", nullable = false)
	private Long roundId;

	@ShownAs("person")
	@Column(name = "person_id")
	private Long personId;

	@Column(name = "full_name", nullable = false)
	private String fullName;

	@Column(name = "position_then")
	private String position;

	@Column(name = "organization_then")
	private String organization;

	@Column(length = 4000)
	private String reason;

	@Column(nullable = false)
	private boolean laureate;

	@Column(name = "photo_alt", length = 500)
	private String photoAlt;

	@NotAudited
	@Column(name = "photo_content_type")
	private String photoContentType;

	// the picture itself is not kept in the history; its alt text is
	@NotAudited
	@JdbcTypeCode(SqlTypes.VARBINARY)
	@Column(name = "photo", length = 5_000_000)
	private byte[] photo;

	protected AwardNominee() {
	}

	public AwardNominee(long roundId, Long personId, String fullName, String position, String organization,
			String reason, boolean laureate) {
		this.roundId = roundId;
		this.personId = personId;
		this.fullName = fullName.strip();
		this.position = AwardProgramme.blankToNull(position);
		this.organization = AwardProgramme.blankToNull(organization);
		this.reason = AwardProgramme.blankToNull(reason);
		this.laureate = laureate;
	}

	/** Chosen as a laureate of the round, or no longer. */
	public void chooseAsLaureate(boolean laureate) {
		this.laureate = laureate;
	}

	public void showPhoto(String contentType, byte[] content, String altText) {
		this.photoContentType = contentType;
		this.photo = content;
		this.photoAlt = altText.strip();
	}

	public Long getRoundId() {
		return roundId;
	}

	public Long getPersonId() {
		return personId;
	}

	public String getFullName() {
		return fullName;
	}

	public String getPosition() {
		return position;
	}

	public String getOrganization() {
		return organization;
	}

	public String getReason() {
		return reason;
	}

	public boolean isLaureate() {
		return laureate;
	}

	public String getPhotoAlt() {
		return photoAlt;
	}

	public String getPhotoContentType() {
		return photoContentType;
	}

	public byte[] getPhoto() {
		return photo;
	}

	public boolean hasPhoto() {
		return photo != null;
	}
}
