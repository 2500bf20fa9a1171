package lt.tinklas.partnerships;

import lt.tinklas.shared.files.FileKinds;
import lt.tinklas.shared.web.InvalidInputException;

/**
 * The files kept with agreements and analyses: PDF or DOCX of up to 10 MB. The content is checked
 * too (a PDF starts with "%PDF", a DOCX is a ZIP archive), so a renamed file is refused.
 */
final class AgreementFiles {

	static final int MAX_BYTES = 10 * 1024 * 1024;

	static final String PDF = FileKinds.PDF;

	static final String DOCX = FileKinds.DOCX;

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
		if (FileKinds.unsafeName(fileName)) {
			throw InvalidInputException.of(field, "file.error.name");
		}
		String type = FileKinds.documentType(fileName, content);
		if (PDF.equals(type) || DOCX.equals(type)) {
			return type;
		}
		throw InvalidInputException.of(field, "partnerships.error.fileType");
	}

	/** The name without folders, as some browsers send the whole path. */
	static String name(String fileName) {
		return FileKinds.baseName(fileName);
	}
}
