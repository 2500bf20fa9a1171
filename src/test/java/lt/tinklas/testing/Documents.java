package lt.tinklas.support;

import java.io.IOException;

/** What a downloaded document says, for asserting what its reader sees. */
public final class Documents {

	private Documents() {
	}

	/** The text of a PDF with its white space collapsed. */
	public static String pdfText(byte[] pdf) {
		try (var document = org.apache.pdfbox.Loader.loadPDF(pdf)) {
			return new org.apache.pdfbox.text.PDFTextStripper().getText(document).replaceAll("\\s+", " ");
		}
		catch (IOException e) {
			throw new AssertionError("Not a PDF", e);
		}
	}
}
