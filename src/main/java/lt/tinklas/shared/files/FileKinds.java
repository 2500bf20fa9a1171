package lt.tinklas.shared.files;

import java.util.Locale;

/**
 * What an uploaded file is, told by its first bytes as well as its name, so a renamed file is not
 * taken for what it is not: pictures the pages show, and the documents a network publishes.
 */
public final class FileKinds {

	public static final String PDF = "application/pdf";

	public static final String DOCX = "application/vnd.openxmlformats-officedocument.wordprocessingml.document";

	public static final String XLSX = "application/vnd.openxmlformats-officedocument.spreadsheetml.sheet";

	private FileKinds() {
	}

	/** The picture type its first bytes tell (PNG, JPEG, WebP), or null when it is no such picture. */
	public static String imageType(byte[] b) {
		if (b == null) {
			return null;
		}
		if (b.length >= 8 && (b[0] & 0xFF) == 0x89 && b[1] == 'P' && b[2] == 'N' && b[3] == 'G' && b[4] == 0x0D
				&& b[5] == 0x0A && b[6] == 0x1A && b[7] == 0x0A) {
			return "image/png";
		}
		if (b.length >= 3 && (b[0] & 0xFF) == 0xFF && (b[1] & 0xFF) == 0xD8 && (b[2] & 0xFF) == 0xFF) {
			return "image/jpeg";
		}
		if (b.length >= 12 && startsWith(b, "RIFF") && b[8] == 'W' && b[9] == 'E' && b[10] == 'B' && b[11] == 'P') {
			return "image/webp";
		}
		return null;
	}

	/**
	 * The type of a published document (PDF, DOCX, XLSX or a picture) when its name and its first
	 * bytes agree, else null.
	 */
	public static String documentType(String fileName, byte[] content) {
		if (fileName == null || content == null) {
			return null;
		}
		String lower = fileName.toLowerCase(Locale.ROOT);
		if (lower.endsWith(".pdf")) {
			return startsWith(content, "%PDF") ? PDF : null;
		}
		if (lower.endsWith(".docx")) {
			return startsWith(content, "PK") ? DOCX : null;
		}
		if (lower.endsWith(".xlsx")) {
			return startsWith(content, "PK") ? XLSX : null;
		}
		if (lower.endsWith(".png") || lower.endsWith(".jpg") || lower.endsWith(".jpeg") || lower.endsWith(".webp")) {
			return imageType(content);
		}
		return null;
	}

	/** The name without folders, as some browsers send the whole path. */
	public static String baseName(String fileName) {
		String name = fileName.replace('\\', '/');
		return name.substring(name.lastIndexOf('/') + 1);
	}

	private static boolean startsWith(byte[] content, String prefix) {
		if (content.length < prefix.length()) {
			return false;
		}
		for (int i = 0; i < prefix.length(); i++) {
			if (content[i] != prefix.charAt(i)) {
				return false;
			}
		}
		return true;
	}
}
