package lt.tinklas.shared.files;

import java.nio.charset.StandardCharsets;
import java.util.Locale;
import java.util.regex.Pattern;

/**
 * What an uploaded file is, told by its first bytes as well as its name, so a renamed file is not
 * taken for what it is not: pictures the pages show, and the documents a network publishes.
 */
public final class FileKinds {

	public static final String PDF = "application/pdf";

	public static final String DOCX = "application/vnd.openxmlformats-officedocument.wordprocessingml.document";

	public static final String XLSX = "application/vnd.openxmlformats-officedocument.spreadsheetml.sheet";

	/** Markup a browser would run if it took the file for a page (a polyglot). */
	private static final Pattern MARKUP = Pattern.compile("<(html|head|body|script|svg|iframe|object|embed)\\b",
			Pattern.CASE_INSENSITIVE);

	/** How far a browser looks into a file to guess that it is a page. */
	private static final int SNIFFED = 1024;

	private FileKinds() {
	}

	/**
	 * Whether a file's name cannot be kept as it is: it climbs folders ({@code ..}) or holds control
	 * characters. Names are never used as paths, but such a name is no honest file's name.
	 */
	public static boolean unsafeName(String fileName) {
		if (fileName == null) {
			return false;
		}
		for (String part : fileName.split("[\\\\/]")) {
			if (part.equals("..")) {
				return true;
			}
		}
		return fileName.chars().anyMatch(c -> c < 0x20 || c == 0x7F);
	}

	/**
	 * Whether the content is what the extension says, by its first bytes: a PDF starts with
	 * {@code %PDF}, the office formats are zips, a picture has its signature; and no file carries page
	 * markup where a browser would find it.
	 */
	public static boolean contentMatches(String extension, byte[] content) {
		if (content == null || markup(content)) {
			return false;
		}
		return switch (extension.toLowerCase(Locale.ROOT)) {
			case "pdf" -> startsWith(content, "%PDF");
			case "docx", "xlsx", "pptx", "odt", "ods", "odp" -> startsWith(content, "PK");
			case "png" -> "image/png".equals(imageType(content));
			case "jpg", "jpeg" -> "image/jpeg".equals(imageType(content));
			case "webp" -> "image/webp".equals(imageType(content));
			default -> true;
		};
	}

	private static boolean markup(byte[] content) {
		String start = new String(content, 0, Math.min(content.length, SNIFFED), StandardCharsets.ISO_8859_1);
		return MARKUP.matcher(start).find();
	}

	/** The picture type its first bytes tell (PNG, JPEG, WebP), or null when it is no such picture. */
	public static String imageType(byte[] b) {
		if (b == null || markup(b)) {
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
		if (fileName == null || content == null || unsafeName(fileName) || markup(content)) {
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
