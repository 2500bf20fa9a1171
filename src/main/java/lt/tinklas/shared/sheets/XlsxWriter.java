package lt.tinklas.shared.sheets;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.math.BigInteger;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.zip.ZipEntry;
import java.util.zip.ZipFile;
import java.util.zip.ZipOutputStream;

import lt.tinklas.shared.money.Money;
import org.dhatim.fastexcel.Workbook;
import org.dhatim.fastexcel.Worksheet;

/**
 * Writes XLSX files with fastexcel. Each cell is formatted by what it holds (money {@value #MONEY}, whole
 * numbers {@value #WHOLE}, dates {@value #DATE}), and each sheet declares the range it really uses:
 * fastexcel (up to 0.20.2 and its main line since) writes {@code <dimension ref="A1"/>} whatever the sheet
 * holds, and readers that trust the declaration see one cell.
 */
final class XlsxWriter {

	static final String MONEY = "#,##0.00";

	static final String WHOLE = "0";

	static final String DATE = "yyyy-mm-dd";

	private static final String FIXED_DIMENSION = "<dimension ref=\"A1\"/>";

	private static final Pattern SHEET_ENTRY = Pattern.compile("xl/worksheets/sheet(\\d+)\\.xml");

	private XlsxWriter() {
	}

	static byte[] write(List<TableFiles.Sheet> sheets) {
		ByteArrayOutputStream out = new ByteArrayOutputStream();
		List<String> ranges = new ArrayList<>();
		try {
			Workbook workbook = new Workbook(out, "Tinklas", "1.0");
			for (TableFiles.Sheet table : sheets) {
				ranges.add(write(workbook.newWorksheet(sheetName(table.name())), table));
			}
			workbook.finish();
		}
		catch (IOException e) {
			throw new IllegalStateException(e);
		}
		return withDimensions(out.toByteArray(), ranges);
	}

	/** Writes the bold header row and the rows under it; answers the range used, such as {@code A1:J12}. */
	private static String write(Worksheet sheet, TableFiles.Sheet table) {
		int lastRow = 0;
		int lastColumn = Math.max(0, table.headers().size() - 1);
		for (int c = 0; c < table.headers().size(); c++) {
			sheet.value(0, c, table.headers().get(c));
			sheet.style(0, c).bold().set();
		}
		for (int r = 0; r < table.rows().size(); r++) {
			List<Object> row = table.rows().get(r);
			for (int c = 0; c < row.size(); c++) {
				if (row.get(c) != null) {
					cell(sheet, r + 1, c, row.get(c));
					lastRow = r + 1;
					lastColumn = Math.max(lastColumn, c);
				}
			}
		}
		table.widths().forEach(sheet::width);
		String last = column(lastColumn) + (lastRow + 1);
		return "A1".equals(last) ? last : "A1:" + last;
	}

	private static void cell(Worksheet sheet, int r, int c, Object value) {
		if (value instanceof Money money) {
			sheet.value(r, c, money.amount());
			sheet.style(r, c).format(MONEY).set();
		}
		else if (value instanceof Integer || value instanceof Long || value instanceof Short
				|| value instanceof BigInteger) {
			sheet.value(r, c, (Number) value);
			sheet.style(r, c).format(WHOLE).set();
		}
		else if (value instanceof Number number) {
			sheet.value(r, c, number);
		}
		else if (value instanceof LocalDate date) {
			sheet.value(r, c, date);
			sheet.style(r, c).format(DATE).set();
		}
		else {
			sheet.value(r, c, value.toString());
		}
	}

	/** The column's letters: 0 is A, 25 is Z, 26 is AA. */
	static String column(int index) {
		StringBuilder letters = new StringBuilder();
		for (int n = index + 1; n > 0; n = (n - 1) / 26) {
			letters.insert(0, (char) ('A' + (n - 1) % 26));
		}
		return letters.toString();
	}

	/** Excel refuses sheet names longer than 31 characters or with some signs. */
	static String sheetName(String name) {
		String clean = name.replaceAll("[\\\\/?*\\[\\]:]", " ");
		return clean.length() > 31 ? clean.substring(0, 31) : clean;
	}

	/**
	 * The same package with each sheet's fixed dimension replaced by the range it uses. The package is read
	 * through its central directory ({@link ZipFile}), as spreadsheet programs do: fastexcel's local entry
	 * headers carry no sizes, which {@code ZipInputStream} refuses.
	 */
	private static byte[] withDimensions(byte[] xlsx, List<String> ranges) {
		Path written = null;
		try {
			written = Files.createTempFile("tinklas-", ".xlsx");
			Files.write(written, xlsx);
			ByteArrayOutputStream out = new ByteArrayOutputStream(xlsx.length + 256);
			try (ZipFile in = new ZipFile(written.toFile()); ZipOutputStream zip = new ZipOutputStream(out)) {
				for (ZipEntry entry : Collections.list(in.entries())) {
					byte[] content;
					try (InputStream stream = in.getInputStream(entry)) {
						content = stream.readAllBytes();
					}
					Matcher sheet = SHEET_ENTRY.matcher(entry.getName());
					if (sheet.matches()) {
						String range = ranges.get(Integer.parseInt(sheet.group(1)) - 1);
						content = new String(content, StandardCharsets.UTF_8)
							.replace(FIXED_DIMENSION, "<dimension ref=\"" + range + "\"/>")
							.getBytes(StandardCharsets.UTF_8);
					}
					zip.putNextEntry(new ZipEntry(entry.getName()));
					zip.write(content);
					zip.closeEntry();
				}
			}
			return out.toByteArray();
		}
		catch (IOException e) {
			throw new IllegalStateException(e);
		}
		finally {
			if (written != null) {
				written.toFile().delete();
			}
		}
	}
}
