package lt.tinklas.shared.sheets;

import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.OutputStreamWriter;
import java.io.StringReader;
import java.io.UncheckedIOException;
import java.math.BigDecimal;
import java.nio.ByteBuffer;
import java.nio.charset.CharacterCodingException;
import java.nio.charset.CodingErrorAction;
import java.nio.charset.StandardCharsets;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.stream.Stream;

import lt.tinklas.shared.money.Money;
import org.apache.commons.csv.CSVFormat;
import org.apache.commons.csv.CSVParser;
import org.apache.commons.csv.CSVPrinter;
import org.apache.commons.csv.CSVRecord;
import org.dhatim.fastexcel.reader.Cell;
import org.dhatim.fastexcel.reader.CellType;
import org.dhatim.fastexcel.reader.ReadableWorkbook;
import org.dhatim.fastexcel.reader.ReadingOptions;
import org.dhatim.fastexcel.reader.Row;

/**
 * Reading and writing tables as CSV (UTF-8, comma or semicolon) and XLSX. A file that is not what
 * it claims to be is refused with the reason; nothing is guessed.
 */
public final class TableFiles {

	private TableFiles() {
	}

	/** Reads a CSV or an XLSX file within the default limits. */
	public static Table read(byte[] content, String fileName) {
		return read(content, fileName, SpreadsheetLimits.DEFAULTS);
	}

	/**
	 * Reads a CSV or an XLSX file, told apart by its content, not its name; a file that holds more
	 * than the limits allow is refused before it fills the memory.
	 */
	public static Table read(byte[] content, String fileName, SpreadsheetLimits limits) {
		boolean zip = content.length > 3 && content[0] == 'P' && content[1] == 'K';
		String name = fileName == null ? "" : fileName.toLowerCase(Locale.ROOT);
		if (name.endsWith(".xlsx") || zip) {
			if (!zip) {
				throw new UnreadableFileException("file.error.notSpreadsheet", null);
			}
			ZipLimits.check(content, limits);
			return readXlsx(content, limits.maxRows());
		}
		return readCsv(content, limits.maxRows());
	}

	static Table readCsv(byte[] content) {
		return readCsv(content, SpreadsheetLimits.DEFAULTS.maxRows());
	}

	static Table readCsv(byte[] content, int maxRows) {
		String text;
		try {
			text = StandardCharsets.UTF_8.newDecoder()
				.onMalformedInput(CodingErrorAction.REPORT)
				.onUnmappableCharacter(CodingErrorAction.REPORT)
				.decode(ByteBuffer.wrap(content))
				.toString();
		}
		catch (CharacterCodingException e) {
			throw new UnreadableFileException("file.error.notUtf8", e);
		}
		if (text.startsWith("\uFEFF")) {
			text = text.substring(1);
		}
		String firstLine = text.lines().findFirst().orElse("");
		char delimiter = firstLine.chars().filter(c -> c == ';').count() > firstLine.chars().filter(c -> c == ',').count()
				? ';' : ',';
		CSVFormat format = CSVFormat.DEFAULT.builder()
			.setDelimiter(delimiter)
			.setHeader()
			.setSkipHeaderRecord(true)
			.setIgnoreEmptyLines(true)
			.get();
		try (CSVParser parser = CSVParser.parse(new StringReader(text), format)) {
			List<String> headers = parser.getHeaderNames().stream().map(h -> FormulaText.unescape(h.strip())).toList();
			List<Table.Row> rows = new ArrayList<>();
			for (CSVRecord record : parser) {
				if (rows.size() >= maxRows) {
					throw new UnreadableFileException("file.error.tooManyRows", null, maxRows);
				}
				Map<String, String> cells = new LinkedHashMap<>();
				for (int i = 0; i < headers.size(); i++) {
					cells.put(headers.get(i), i < record.size() ? storable(FormulaText.unescape(record.get(i))) : "");
				}
				rows.add(new Table.Row((int) record.getRecordNumber() + 1, cells));
			}
			return new Table(headers, rows);
		}
		catch (IOException | IllegalArgumentException | UncheckedIOException e) {
			throw new UnreadableFileException("file.error.badCsv", e);
		}
	}

	static Table readXlsx(byte[] content) {
		return readXlsx(content, SpreadsheetLimits.DEFAULTS.maxRows());
	}

	static Table readXlsx(byte[] content, int maxRows) {
		try (ReadableWorkbook workbook = new ReadableWorkbook(new ByteArrayInputStream(content),
				new ReadingOptions(true, false))) {
			org.dhatim.fastexcel.reader.Sheet sheet = workbook.getFirstSheet();
			List<Row> all;
			try (Stream<Row> stream = sheet.openStream()) {
				// the header and the rows: one more is enough to know the file holds too many
				all = stream.limit(maxRows + 2L).toList();
			}
			if (all.size() > maxRows + 1) {
				throw new UnreadableFileException("file.error.tooManyRows", null, maxRows);
			}
			if (all.isEmpty()) {
				return new Table(List.of(), List.of());
			}
			List<String> headers = new ArrayList<>();
			for (int i = 0; i < all.get(0).getCellCount(); i++) {
				headers.add(all.get(0).getCellText(i).strip());
			}
			List<Table.Row> rows = new ArrayList<>();
			for (Row row : all.subList(1, all.size())) {
				Map<String, String> cells = new LinkedHashMap<>();
				boolean empty = true;
				for (int i = 0; i < headers.size(); i++) {
					String value = i < row.getCellCount() ? storable(text(row, i)) : "";
					empty &= value.isBlank();
					cells.put(headers.get(i), value);
				}
				if (!empty) {
					rows.add(new Table.Row(row.getRowNum(), cells));
				}
			}
			return new Table(headers, rows);
		}
		catch (UnreadableFileException e) {
			throw e;
		}
		catch (IOException | RuntimeException e) {
			throw new UnreadableFileException("file.error.notSpreadsheet", e);
		}
	}

	/**
	 * A cell's text, or the file refused when it holds a control character other than tab and line
	 * breaks: PostgreSQL cannot store a NUL, and no person types the others.
	 */
	private static String storable(String text) {
		if (text.chars().anyMatch(c -> c < 0x20 && c != '\t' && c != '\n' && c != '\r')) {
			throw new UnreadableFileException("file.error.controlCharacter", null);
		}
		return text;
	}

	/** A cell as text: dates as 2026-01-22, whole numbers without a decimal part. */
	private static String text(Row row, int i) {
		Cell cell = row.getCell(i);
		if (cell == null) {
			return "";
		}
		if (cell.getType() == CellType.NUMBER) {
			String format = cell.getDataFormatString();
			if (format != null && (format.contains("yy") || format.contains("d"))
					&& !format.equalsIgnoreCase("general")) {
				return cell.asDate().toLocalDate().toString();
			}
			BigDecimal number = cell.asNumber();
			return number.stripTrailingZeros().scale() <= 0 ? number.toBigInteger().toString()
					: number.stripTrailingZeros().toPlainString();
		}
		return cell.getText() == null ? "" : cell.getText();
	}

	/**
	 * A CSV file (UTF-8 with a byte order mark, so spreadsheets open the Lithuanian letters right). A text
	 * that a spreadsheet would take for a formula is written behind an apostrophe; numbers, money and dates
	 * are written as they are.
	 */
	public static byte[] csv(List<String> headers, List<List<Object>> rows) {
		ByteArrayOutputStream out = new ByteArrayOutputStream();
		try {
			out.write(new byte[] { (byte) 0xEF, (byte) 0xBB, (byte) 0xBF });
			try (CSVPrinter printer = new CSVPrinter(new OutputStreamWriter(out, StandardCharsets.UTF_8),
					CSVFormat.DEFAULT.builder().setHeader(headers.stream().map(FormulaText::escape).toArray(String[]::new))
						.get())) {
				for (List<Object> row : rows) {
					printer.printRecord(row.stream().map(TableFiles::csvCell).toList());
				}
			}
		}
		catch (IOException e) {
			throw new IllegalStateException(e);
		}
		return out.toByteArray();
	}

	private static String csvCell(Object value) {
		if (value == null) {
			return "";
		}
		if (value instanceof Money money) {
			return money.amount().toPlainString();
		}
		if (value instanceof BigDecimal number) {
			return number.toPlainString();
		}
		if (value instanceof Number || value instanceof LocalDate) {
			return value.toString();
		}
		return FormulaText.escape(value.toString());
	}

	/**
	 * An XLSX file with one sheet: a bold header row, then the rows; money ({@link Money}) as numbers shown
	 * {@code #,##0.00}, whole numbers as {@code 0}, dates as dates shown {@code yyyy-mm-dd}.
	 */
	public static byte[] xlsx(String sheetName, List<String> headers, List<List<Object>> rows) {
		return xlsx(List.of(new Sheet(sheetName, headers, rows)));
	}

	/** An XLSX file with a sheet for each table, written as {@link #xlsx(String, List, List)} says. */
	public static byte[] xlsx(List<Sheet> sheets) {
		return XlsxWriter.write(sheets);
	}

	/**
	 * One sheet of an XLSX file; {@code widths} sets a column's width in characters (by its index from 0)
	 * where the default is too narrow. The name is cut to what spreadsheets accept.
	 */
	public record Sheet(String name, List<String> headers, List<List<Object>> rows, Map<Integer, Integer> widths) {

		public Sheet(String name, List<String> headers, List<List<Object>> rows) {
			this(name, headers, rows, Map.of());
		}
	}
}
