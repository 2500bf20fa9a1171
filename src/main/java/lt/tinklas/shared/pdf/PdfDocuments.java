package lt.tinklas.shared.pdf;

import java.io.ByteArrayOutputStream;
import java.io.IOException;

import com.openhtmltopdf.outputdevice.helper.BaseRendererBuilder;
import com.openhtmltopdf.pdfboxout.PdfRendererBuilder;

/**
 * Print documents (certificates, reports) from XHTML, with the DejaVu Sans font embedded so that
 * Lithuanian letters come out right on any machine. Templates use font-family "DejaVu Sans".
 */
public final class PdfDocuments {

	private PdfDocuments() {
	}

	public static byte[] fromXhtml(String xhtml) {
		ByteArrayOutputStream out = new ByteArrayOutputStream();
		try {
			PdfRendererBuilder builder = new PdfRendererBuilder();
			builder.useFont(() -> PdfDocuments.class.getResourceAsStream("/fonts/DejaVuSans.ttf"), "DejaVu Sans", 400,
					BaseRendererBuilder.FontStyle.NORMAL, true);
			builder.useFont(() -> PdfDocuments.class.getResourceAsStream("/fonts/DejaVuSans-Bold.ttf"), "DejaVu Sans",
					700, BaseRendererBuilder.FontStyle.NORMAL, true);
			builder.withHtmlContent(xhtml, null);
			builder.toStream(out);
			builder.run();
		}
		catch (IOException e) {
			throw new IllegalStateException("The PDF could not be made", e);
		}
		return out.toByteArray();
	}
}
