package lt.tinklas.shared.hostile;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.zip.Deflater;
import java.util.zip.ZipEntry;
import java.util.zip.ZipOutputStream;

/**
 * Files made to hurt a server that reads them, generated as they are needed: spreadsheets that
 * unpack to a gigabyte or to a million rows while staying small, a PDF that is also a web page.
 */
final class HostileFiles {

	private HostileFiles() {
	}

	/** An XLSX whose one cell is a gigabyte of zeros: about a megabyte packed. */
	static byte[] zipBomb() {
		byte[] zeros = "0".repeat(1024 * 1024).getBytes(StandardCharsets.US_ASCII);
		return xlsx(sheet -> {
			sheet.write(bytes("<?xml version=\"1.0\" encoding=\"UTF-8\"?><worksheet xmlns=\"http://schemas.openxmlformats.org/spreadsheetml/2006/main\"><sheetData><row r=\"1\"><c r=\"A1\" t=\"inlineStr\"><is><t>"));
			for (int i = 0; i < 1024; i++) {
				sheet.write(zeros);
			}
			sheet.write(bytes("</t></is></c></row></sheetData></worksheet>"));
		});
	}

	/** An XLSX of a header and so many rows of organizations, written row by row. */
	static byte[] manyRows(int rows) {
		return xlsx(sheet -> {
			sheet.write(bytes("<?xml version=\"1.0\" encoding=\"UTF-8\"?><worksheet xmlns=\"http://schemas.openxmlformats.org/spreadsheetml/2006/main\"><sheetData>"
					+ "<row r=\"1\"><c r=\"A1\" t=\"inlineStr\"><is><t>Juridinio asmens kodas</t></is></c><c r=\"B1\" t=\"inlineStr\"><is><t>Pavadinimas</t></is></c></row>"));
			// short rows, so the file stays under the unpacked size and meets the row limit
			for (int r = 2; r <= rows + 1; r++) {
				sheet.write(bytes("<row r=\"" + r + "\"><c r=\"A" + r + "\"><v>" + r + "</v></c></row>"));
			}
			sheet.write(bytes("</sheetData></worksheet>"));
		});
	}

	/** A CSV of a header and so many rows. */
	static byte[] manyCsvRows(int rows) {
		StringBuilder csv = new StringBuilder("Juridinio asmens kodas,Pavadinimas\n");
		for (int r = 0; r < rows; r++) {
			csv.append(r).append(",x\n");
		}
		return bytes(csv.toString());
	}

	/** A PDF that a browser sniffing its start would also take for a page with a script. */
	static byte[] polyglotPdf() {
		return bytes("%PDF-1.4\n%<html><body><script>alert(1)</script></body></html>\n1 0 obj<</Type/Catalog>>endobj\n"
				+ "trailer<</Root 1 0 R>>\n%%EOF\n");
	}

	/** A PNG signature followed by a page with a script. */
	static byte[] polyglotPng() {
		ByteArrayOutputStream out = new ByteArrayOutputStream();
		out.writeBytes(new byte[] { (byte) 0x89, 'P', 'N', 'G', 0x0D, 0x0A, 0x1A, 0x0A });
		out.writeBytes(bytes("<html><script>alert(1)</script></html>"));
		return out.toByteArray();
	}

	/** A small honest PDF. */
	static byte[] pdf() {
		return bytes("%PDF-1.4\n1 0 obj<</Type/Catalog>>endobj\ntrailer<</Root 1 0 R>>\n%%EOF\n");
	}

	/** A table file with the given rows of cells (the first is the header), as XLSX with inline strings. */
	static byte[] xlsxTable(List<List<String>> rows) {
		return xlsx(sheet -> {
			StringBuilder xml = new StringBuilder("<?xml version=\"1.0\" encoding=\"UTF-8\"?><worksheet xmlns=\"http://schemas.openxmlformats.org/spreadsheetml/2006/main\"><sheetData>");
			for (int r = 0; r < rows.size(); r++) {
				xml.append("<row r=\"").append(r + 1).append("\">");
				for (int c = 0; c < rows.get(r).size(); c++) {
					xml.append("<c r=\"").append((char) ('A' + c)).append(r + 1).append("\" t=\"inlineStr\"><is><t xml:space=\"preserve\">")
						.append(xmlText(rows.get(r).get(c)))
						.append("</t></is></c>");
				}
				xml.append("</row>");
			}
			sheet.write(bytes(xml.append("</sheetData></worksheet>").toString()));
		});
	}

	/** XML 1.0 cannot carry a NUL or other control characters; they are written as the _x0000_ escapes Excel uses. */
	private static String xmlText(String text) {
		StringBuilder out = new StringBuilder();
		text.codePoints().forEach(c -> {
			switch (c) {
				case '<' -> out.append("&lt;");
				case '>' -> out.append("&gt;");
				case '&' -> out.append("&amp;");
				case '"' -> out.append("&quot;");
				default -> {
					if (c < 0x20 && c != '\t' && c != '\n' && c != '\r') {
						out.append("_x%04X_".formatted(c));
					}
					else {
						out.appendCodePoint(c);
					}
				}
			}
		});
		return out.toString();
	}

	interface SheetWriter {

		void write(ZipOutputStream sheet) throws IOException;
	}

	private static byte[] xlsx(SheetWriter sheet) {
		ByteArrayOutputStream out = new ByteArrayOutputStream();
		try (ZipOutputStream zip = new ZipOutputStream(out)) {
			zip.setLevel(Deflater.BEST_COMPRESSION);
			entry(zip, "[Content_Types].xml", """
					<?xml version="1.0" encoding="UTF-8"?><Types xmlns="http://schemas.openxmlformats.org/package/2006/content-types">\
					<Default Extension="rels" ContentType="application/vnd.openxmlformats-package.relationships+xml"/>\
					<Default Extension="xml" ContentType="application/xml"/>\
					<Override PartName="/xl/workbook.xml" ContentType="application/vnd.openxmlformats-officedocument.spreadsheetml.sheet.main+xml"/>\
					<Override PartName="/xl/worksheets/sheet1.xml" ContentType="application/vnd.openxmlformats-officedocument.spreadsheetml.worksheet+xml"/>\
					<Override PartName="/xl/styles.xml" ContentType="application/vnd.openxmlformats-officedocument.spreadsheetml.styles+xml"/>\
					</Types>""");
			entry(zip, "_rels/.rels", """
					<?xml version="1.0" encoding="UTF-8"?><Relationships xmlns="http://schemas.openxmlformats.org/package/2006/relationships">\
					<Relationship Id="rId1" Type="http://schemas.openxmlformats.org/officeDocument/2006/relationships/officeDocument" Target="xl/workbook.xml"/>\
					</Relationships>""");
			entry(zip, "xl/workbook.xml", """
					<?xml version="1.0" encoding="UTF-8"?><workbook xmlns="http://schemas.openxmlformats.org/spreadsheetml/2006/main" \
					xmlns:r="http://schemas.openxmlformats.org/officeDocument/2006/relationships"><sheets><sheet name="Lapas1" sheetId="1" r:id="rId1"/></sheets></workbook>""");
			entry(zip, "xl/_rels/workbook.xml.rels", """
					<?xml version="1.0" encoding="UTF-8"?><Relationships xmlns="http://schemas.openxmlformats.org/package/2006/relationships">\
					<Relationship Id="rId1" Type="http://schemas.openxmlformats.org/officeDocument/2006/relationships/worksheet" Target="worksheets/sheet1.xml"/>\
					<Relationship Id="rId2" Type="http://schemas.openxmlformats.org/officeDocument/2006/relationships/styles" Target="styles.xml"/>\
					</Relationships>""");
			entry(zip, "xl/styles.xml", """
					<?xml version="1.0" encoding="UTF-8"?><styleSheet xmlns="http://schemas.openxmlformats.org/spreadsheetml/2006/main">\
					<numFmts count="0"/><cellXfs count="1"><xf numFmtId="0" fontId="0" fillId="0" borderId="0"/></cellXfs></styleSheet>""");
			zip.putNextEntry(new ZipEntry("xl/worksheets/sheet1.xml"));
			sheet.write(zip);
			zip.closeEntry();
		}
		catch (IOException e) {
			throw new UncheckedIOException(e);
		}
		return out.toByteArray();
	}

	private static void entry(ZipOutputStream zip, String name, String content) throws IOException {
		zip.putNextEntry(new ZipEntry(name));
		zip.write(bytes(content));
		zip.closeEntry();
	}

	private static byte[] bytes(String text) {
		return text.getBytes(StandardCharsets.UTF_8);
	}
}
