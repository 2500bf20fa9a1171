package lt.tinklas.shared.sheets;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.io.StringReader;
import java.math.BigDecimal;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Collections;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.zip.ZipEntry;
import java.util.zip.ZipFile;

import lt.tinklas.shared.money.Money;
import org.apache.commons.csv.CSVFormat;
import org.apache.commons.csv.CSVRecord;
import org.dhatim.fastexcel.reader.Cell;
import org.dhatim.fastexcel.reader.CellType;
import org.dhatim.fastexcel.reader.ReadableWorkbook;
import org.dhatim.fastexcel.reader.ReadingOptions;
import org.dhatim.fastexcel.reader.Row;
import org.junit.jupiter.api.Test;

/** The one table writer and reader: CSV cells a spreadsheet cannot run, XLSX cells typed and formatted. */
class TableFilesTests {

	/** Every sign that makes a spreadsheet read a cell as a formula, each at the start of a text. */
	static final List<String> HOSTILE = List.of("=1+1", "=HYPERLINK(\"http://kenkejas.lt\",\"Spausk\")", "+37060000000",
			"-2+3", "@SUM(A1:A2)", "\t=3+3", "\r=4+4");

	/** The cells of a CSV file as a spreadsheet gets them, before any apostrophe is taken away. */
	static List<CSVRecord> rawCsv(byte[] csv) {
		String text = new String(csv, StandardCharsets.UTF_8).replace("\uFEFF", "");
		try {
			return CSVFormat.DEFAULT.parse(new StringReader(text)).getRecords();
		}
		catch (IOException e) {
			throw new AssertionError(e);
		}
	}

	@Test
	void aTextThatStartsLikeAFormulaIsWrittenAsTextAndReadsBackAsItWas() {
		List<List<Object>> rows = new ArrayList<>();
		HOSTILE.forEach(value -> rows.add(List.of(value)));
		byte[] csv = TableFiles.csv(List.of("name"), rows);

		List<CSVRecord> raw = rawCsv(csv);
		for (int i = 0; i < HOSTILE.size(); i++) {
			assertThat(raw.get(i + 1).get(0)).isEqualTo("'" + HOSTILE.get(i));
		}
		Table read = TableFiles.read(csv, "x.csv");
		assertThat(read.rows()).extracting(row -> row.cells().get("name")).containsExactlyElementsOf(HOSTILE);
	}

	@Test
	void numbersMoneyAndDatesAreWrittenAsTheyAreNegativeOnesToo() {
		byte[] csv = TableFiles.csv(List.of("a", "b", "c", "d", "e"), List.of(Arrays.asList(-3, new BigDecimal("-12.50"),
				new Money(new BigDecimal("-1234.5")), LocalDate.of(2026, 1, 22), null)));
		assertThat(rawCsv(csv).get(1).toList()).containsExactly("-3", "-12.50", "-1234.50", "2026-01-22", "");
	}

	@Test
	void apostrophesAUserTypedSurviveTheRoundTrip() {
		List<String> typed = List.of("'=1+1", "''-5", "'cituota", "O'Brien", "-", "=", "'");
		List<List<Object>> rows = new ArrayList<>();
		typed.forEach(value -> rows.add(List.of(value)));
		byte[] csv = TableFiles.csv(List.of("name"), rows);
		assertThat(rawCsv(csv).subList(1, typed.size() + 1)).extracting(r -> r.get(0))
			.containsExactly("''=1+1", "'''-5", "'cituota", "O'Brien", "'-", "'=", "'");
		assertThat(TableFiles.read(csv, "x.csv").rows()).extracting(row -> row.cells().get("name"))
			.containsExactlyElementsOf(typed);
	}

	@Test
	void aCsvWrittenElsewhereKeepsItsApostrophesWhereNoFormulaFollows() {
		byte[] csv = "name,phone\n'Žalgiris',+37060000000\n'+370,'-\n".getBytes(StandardCharsets.UTF_8);
		assertThat(TableFiles.read(csv, "x.csv").rows()).extracting(row -> row.cells().get("name") + "|" + row.cells().get("phone"))
			.containsExactly("'Žalgiris'|+37060000000", "+370|-");
	}

	@Test
	void eachSheetDeclaresTheRangeItUses() {
		byte[] xlsx = TableFiles.xlsx(List.of(
				new TableFiles.Sheet("Pirmas", List.of("a", "b", "c"), List.of(Arrays.asList("x", null, 1),
						Arrays.asList(null, null, null), Arrays.asList("y", "z"))),
				new TableFiles.Sheet("Antras: per ilgas pavadinimas, kurį reikia trumpinti", List.of("a"), List.of()),
				new TableFiles.Sheet("Trečias", List.of("a"), List.of(Arrays.asList(null, null, null, null, null, null,
						null, null, null, null, null, null, null, null, null, null, null, null, null, null, null, null, null,
						null, null, null, 7)))));
		Map<String, String> sheets = sheetXml(xlsx);
		assertThat(dimension(sheets.get("xl/worksheets/sheet1.xml"))).isEqualTo("A1:C4").isEqualTo(usedRange(sheets.get("xl/worksheets/sheet1.xml")));
		assertThat(dimension(sheets.get("xl/worksheets/sheet2.xml"))).isEqualTo("A1").isEqualTo(usedRange(sheets.get("xl/worksheets/sheet2.xml")));
		assertThat(dimension(sheets.get("xl/worksheets/sheet3.xml"))).isEqualTo("A1:AA2").isEqualTo(usedRange(sheets.get("xl/worksheets/sheet3.xml")));
		assertThat(TableFiles.read(xlsx, "x.xlsx").rows()).hasSize(2);
	}

	@Test
	void moneyWholeNumbersAndDatesAreNumbersWithTheirFormats() throws IOException {
		byte[] xlsx = TableFiles.xlsx("Lapas", List.of("money", "whole", "decimal", "date", "text"),
				List.of(Arrays.asList(new Money(new BigDecimal("15563.00")), 2026L, new BigDecimal("2.5"),
						LocalDate.of(2026, 1, 22), "=1+1"), Arrays.asList(new Money(new BigDecimal("-0.50")), -4, null, null, null)));
		try (ReadableWorkbook workbook = new ReadableWorkbook(new ByteArrayInputStream(xlsx), new ReadingOptions(true, false))) {
			List<Row> rows = workbook.getFirstSheet().read();
			Row first = rows.get(1);
			assertCell(first.getCell(0), "#,##0.00", "15563");
			assertCell(first.getCell(1), "0", "2026");
			assertThat(first.getCell(2).getType()).isEqualTo(CellType.NUMBER);
			assertThat(first.getCell(2).asNumber()).isEqualByComparingTo("2.5");
			assertThat(first.getCell(3).getType()).isEqualTo(CellType.NUMBER);
			assertThat(first.getCell(3).getDataFormatString()).isEqualTo("yyyy-mm-dd");
			assertThat(first.getCell(3).asDate().toLocalDate()).isEqualTo(LocalDate.of(2026, 1, 22));
			assertThat(first.getCell(4).getType()).isEqualTo(CellType.STRING);
			assertThat(first.getCell(4).getText()).isEqualTo("=1+1");
			assertCell(rows.get(2).getCell(0), "#,##0.00", "-0.5");
			assertCell(rows.get(2).getCell(1), "0", "-4");
		}
	}

	static void assertCell(Cell cell, String format, String number) {
		assertThat(cell.getType()).isEqualTo(CellType.NUMBER);
		assertThat(cell.getDataFormatString()).isEqualTo(format);
		assertThat(cell.asNumber()).isEqualByComparingTo(number);
	}

	@Test
	void columnLettersGoOnPastZ() {
		assertThat(List.of(0, 25, 26, 51, 52, 701, 702)).map(XlsxWriter::column)
			.containsExactly("A", "Z", "AA", "AZ", "BA", "ZZ", "AAA");
	}

	/** Each worksheet's XML in the package, by its entry name, read through the central directory. */
	public static Map<String, String> sheetXml(byte[] xlsx) {
		Map<String, String> sheets = new TreeMap<>();
		try {
			Path file = Files.createTempFile("export-", ".xlsx");
			Files.write(file, xlsx);
			try (ZipFile zip = new ZipFile(file.toFile())) {
				for (ZipEntry entry : Collections.list(zip.entries())) {
					if (entry.getName().startsWith("xl/worksheets/sheet")) {
						sheets.put(entry.getName(), new String(zip.getInputStream(entry).readAllBytes(), StandardCharsets.UTF_8));
					}
				}
			}
			finally {
				Files.delete(file);
			}
		}
		catch (IOException e) {
			throw new AssertionError("Not an XLSX file", e);
		}
		assertThat(sheets).isNotEmpty();
		return sheets;
	}

	/** The range a sheet declares. */
	public static String dimension(String sheetXml) {
		Matcher matcher = Pattern.compile("<dimension ref=\"([A-Z0-9:]+)\"/>").matcher(sheetXml);
		assertThat(matcher.find()).as("a dimension").isTrue();
		return matcher.group(1);
	}

	/** The range from A1 to the last row and the last column that hold a cell. */
	public static String usedRange(String sheetXml) {
		Matcher cells = Pattern.compile("<c r=\"([A-Z]+)(\\d+)\"").matcher(sheetXml);
		String lastColumn = "A";
		int lastRow = 1;
		while (cells.find()) {
			String column = cells.group(1);
			if (column.length() > lastColumn.length()
					|| column.length() == lastColumn.length() && column.compareTo(lastColumn) > 0) {
				lastColumn = column;
			}
			lastRow = Math.max(lastRow, Integer.parseInt(cells.group(2)));
		}
		String last = lastColumn + lastRow;
		return "A1".equals(last) ? last : "A1:" + last;
	}
}
