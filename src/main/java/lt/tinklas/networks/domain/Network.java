package lt.tinklas.networks.domain;

import java.time.Instant;
import java.util.Locale;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.Table;
import lt.tinklas.networks.NetworkSettings;
import lt.tinklas.shared.history.Versioned;
import org.hibernate.envers.Audited;

/** A network: the tenant every other record belongs to. */
@Entity
@Table(name = "network")
@Audited
public class Network extends Versioned {

	public static final String DEFAULT_LETTER_PATTERN = "{short}/{yy}/{mm}/{dd}/{seq:2}";

	@Column(nullable = false, unique = true, updatable = false)
	private String slug;

	@Column(nullable = false)
	private String name;

	@Column(name = "short_name")
	private String shortName;

	private String email;

	private String phone;

	private String website;

	private String address;

	private String mission;

	private String vision;

	/** The values, one per line, in their order. */
	@Column(name = "values_text")
	private String valuesText;

	@Column(name = "letter_number_pattern", nullable = false)
	private String letterNumberPattern = DEFAULT_LETTER_PATTERN;

	@Column(name = "platform_admin_may_read", nullable = false)
	private boolean platformAdminMayRead;

	@Column(nullable = false)
	private boolean demo;

	@Column(name = "name_en")
	private String nameEn;

	@Column(name = "mission_en")
	private String missionEn;

	@Column(name = "vision_en")
	private String visionEn;

	@Column(name = "values_en")
	private String valuesEn;

	/** The main colour, #rrggbb in lower case; null for the platform's. */
	private String colour;

	@Column(name = "signer_name")
	private String signerName;

	@Column(name = "signer_position")
	private String signerPosition;

	@Column(name = "signer_position_en")
	private String signerPositionEn;

	@Column(name = "created_at", nullable = false, updatable = false)
	private Instant createdAt = Instant.now();

	protected Network() {
	}

	public Network(String slug, String name) {
		this.slug = slug;
		this.name = name;
	}

	public void update(NetworkSettings settings) {
		this.name = settings.name();
		this.shortName = blankToNull(settings.shortName());
		this.email = blankToNull(settings.email());
		this.phone = blankToNull(settings.phone());
		this.website = blankToNull(settings.website());
		this.address = blankToNull(settings.address());
		this.mission = blankToNull(settings.mission());
		this.vision = blankToNull(settings.vision());
		this.valuesText = blankToNull(settings.values());
		this.letterNumberPattern = settings.letterNumberPattern();
		this.platformAdminMayRead = Boolean.TRUE.equals(settings.platformAdminMayRead());
		this.nameEn = blankToNull(settings.nameEn());
		this.missionEn = blankToNull(settings.missionEn());
		this.visionEn = blankToNull(settings.visionEn());
		this.valuesEn = blankToNull(settings.valuesEn());
		String c = blankToNull(settings.colour());
		this.colour = c == null ? null : c.toLowerCase(Locale.ROOT);
		this.signerName = blankToNull(settings.signerName());
		this.signerPosition = blankToNull(settings.signerPosition());
		this.signerPositionEn = blankToNull(settings.signerPositionEn());
	}

	public void markDemo() {
		this.demo = true;
	}

	public NetworkSettings settings() {
		return new NetworkSettings(name, shortName, email, phone, website, address, mission, vision, valuesText,
				letterNumberPattern, platformAdminMayRead, nameEn, missionEn, visionEn, valuesEn, colour, signerName,
				signerPosition, signerPositionEn, getVersion());
	}

	private static String blankToNull(String value) {
		return value == null || value.isBlank() ? null : value.strip();
	}

	public String getSlug() {
		return slug;
	}

	public String getName() {
		return name;
	}

	public String getShortName() {
		return shortName;
	}

	public String getMission() {
		return mission;
	}

	public String getVision() {
		return vision;
	}

	public String getValuesText() {
		return valuesText;
	}

	public boolean isPlatformAdminMayRead() {
		return platformAdminMayRead;
	}

	public boolean isDemo() {
		return demo;
	}

	public String getNameEn() {
		return nameEn;
	}

	public String getColour() {
		return colour;
	}

	public String getSignerName() {
		return signerName;
	}

	public String getSignerPosition() {
		return signerPosition;
	}

	public String getSignerPositionEn() {
		return signerPositionEn;
	}

	public String getEmail() {
		return email;
	}

	public String getWebsite() {
		return website;
	}

	public Instant getCreatedAt() {
		return createdAt;
	}
}
