package lt.tinklas.shared.tenancy;

import java.util.Base64;
import java.util.Locale;

/**
 * How a network shows itself on what it hands out (the public site, the report PDF, certificates,
 * mails): its name in both languages, its main colour, its logo and who signs its certificates.
 * Missing English texts fall back to the Lithuanian ones; a network without a colour has the
 * platform's. {@code logoVersion} changes with the logo.
 */
public record NetworkLook(long networkId, String slug, String name, String nameEn, String colour, String logoType,
		byte[] logo, Long logoVersion, String signerName, String signerPosition, String signerPositionEn, String email,
		String website, String mission, String missionEn) {

	/** The platform's own colour, the one a network without its own shows. */
	public static final String DEFAULT_COLOUR = "#1f4e79";

	/** The name in the language: the English one in English when there is one. */
	public String name(String language) {
		return "en".equals(language) && nameEn != null ? nameEn : name;
	}

	public String name(Locale locale) {
		return name(locale.getLanguage());
	}

	/** The mission in the language, the Lithuanian one when no English one is set. */
	public String mission(String language) {
		return "en".equals(language) && missionEn != null ? missionEn : mission;
	}

	/** The signer's position in the language, the Lithuanian one when no English one is set. */
	public String signerPosition(String language) {
		return "en".equals(language) && signerPositionEn != null ? signerPositionEn : signerPosition;
	}

	/** The colour to show: the network's own, else the platform's. */
	public String shownColour() {
		return colour == null ? DEFAULT_COLOUR : colour;
	}

	/** Whether the network has a logo (its bytes may be left out when only its address is wanted). */
	public boolean hasLogo() {
		return logoType != null;
	}

	/** The logo's public address, changing with the logo so that browsers may keep it; null without a logo. */
	public String logoPath() {
		return logoType == null ? null : "/n/" + slug + "/public/logo?v=" + logoVersion;
	}

	/** The logo as a data: address, for PDFs and pages rendered without a server to ask; null without a logo. */
	public String logoDataUri() {
		return logo == null ? null : "data:" + logoType + ";base64," + Base64.getEncoder().encodeToString(logo);
	}

	/**
	 * The contrast of white text on a colour written #rrggbb, as WCAG 2 computes it (1 to 21); the
	 * AA level for ordinary text asks for at least 4.5.
	 */
	public static double contrastWithWhite(String hex) {
		int rgb = Integer.parseInt(hex.substring(1), 16);
		double luminance = 0.2126 * channel(rgb >> 16) + 0.7152 * channel(rgb >> 8) + 0.0722 * channel(rgb);
		return 1.05 / (luminance + 0.05);
	}

	private static double channel(int value) {
		double c = (value & 0xFF) / 255.0;
		return c <= 0.03928 ? c / 12.92 : Math.pow((c + 0.055) / 1.055, 2.4);
	}
}
