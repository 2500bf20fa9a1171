package lt.tinklas.partnerships;

import java.util.Locale;

import lt.tinklas.shared.web.InvalidInputException;

/**
 * The files kept with agreements and analyses: PDF or DOCX of up to 10 MB. The content is checked
 * too (a PDF starts with "%PDF", a DOCX is a ZIP archive), so a renamed file is refused.
 */
final class AgreementFiles {

	static final int MAX_BYTES = 10 * 1024 * 1024;

	static final String PDF = "application/pdf";

	static final String DOCX = "application/vnd.openxmlformats-officedocument.wordprocessingml.document";

	private AgreementFiles() {
	}

	/** The file's content type, or the reason it is refused (on {@code field}). */
	static String check(String field, String fileName, byte[] content) {
		if (content == null || content.length == 0 || fileName == null || fileName.isBlank()) {
			throw InvalidInputException.of(field, "partnerships.error.noFile");
		}
		if (content.length > MAX_BYTES) {
			throw InvalidInputException.of(field, "partnerships.error.fileSize", MAX_BYTES / (1024 * 1024));
		}
		String lower = fileName.toLowerCase(Locale.ROOT);
		if (lower.endsWith(".pdf") && startsWith(content, "%PDF")) {
			return PDF;
		}
		if (lower.endsWith(".docx") && startsWith(content, "PK")) {
			return DOCX;
		}
		throw InvalidInputException.of(field, "partnerships.error.fileType");
	}

	/** The name without folders, as some browsers send the whole path. */
	static String name(String fileName) {
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
