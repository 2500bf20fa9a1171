package lt.tinklas.testing;

import java.io.IOException;

import org.apache.pdfbox.Loader;
import org.apache.pdfbox.text.PDFTextStripper;

/** What a downloaded document says, for asserting what its reader sees. */
public final class Documents {

	private Documents() {
	}

	/** The text of a PDF with its white space collapsed. */
	public static String pdfText(byte[] pdf) {
		try (var document = Loader.loadPDF(pdf)) {
			return new PDFTextStripper().getText(document).replaceAll("\\s+", " ");
		}
		catch (IOException e) {
			throw new AssertionError("Not a PDF", e);
		}
	}
}
