package lt.tinklas.growth.application;

import java.io.ByteArrayInputStream;
import java.io.Closeable;
import java.io.FilterInputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.Reader;
import java.io.UncheckedIOException;
import java.nio.charset.CodingErrorAction;
import java.nio.charset.StandardCharsets;
import java.time.LocalDate;
import java.time.format.DateTimeParseException;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.zip.GZIPInputStream;
import java.util.zip.ZipEntry;
import java.util.zip.ZipInputStream;

import lt.tinklas.shared.sheets.SpreadsheetLimits;
import lt.tinklas.shared.web.InvalidInputException;
import lt.tinklas.shared.web.InvalidInputException.FieldError;

/**
 * One file of the register's upload, read line by line: unpacked as it is read when it comes zipped
 * (a .zip holding the CSV, or .gz: JAR_IREGISTRUOTI.csv is larger than an upload may be, and packs
 * to a fraction of it), decoded as UTF-8 (a leading BOM dropped), its columns found by the header's names.
 * What a file is comes from its header, so one put in the other field, another of the register's
 * files or a spreadsheet is named as what it is; a problem in a row names the file and the line.
 */
final class RegisterFile implements Closeable {

	static final String NGO_NOW = "JAR_NVO_NUO.csv";
	static final String NGO_ENDED = "JAR_NVO_IKI.csv";
	static final String REGISTERED = "JAR_IREGISTRUOTI.csv";

	/** Longer than any row of the register by far; a longer line is not the register's (and would fill the memory). */
	static final int LONGEST_LINE = 10_000;

	private static final byte[] OLD_SPREADSHEET = { (byte) 0xD0, (byte) 0xCF, 0x11, (byte) 0xE0 };

	private final String field;
	private final String name;
	private final Lines reader;
	private final Map<String, Integer> columns;
	private int line = 1;

	private RegisterFile(String field, String name, Lines reader, Map<String, Integer> columns) {
		this.field = field;
		this.name = name;
		this.reader = reader;
		this.columns = columns;
	}

	/**
	 * The file opened at its first row when its first line is the header of {@code name} (as the
	 * register writes it: {@code header}) with the {@code required} columns at least; otherwise null,
	 * with what it is instead added to {@code errors}.
	 */
	static RegisterFile open(String field, String name, String header, List<String> required, byte[] content,
			SpreadsheetLimits limits, List<FieldError> errors) {
		if (content == null) {
			errors.add(new FieldError(field, "growth.register.error.none", new Object[] { name }));
			return null;
		}
		Lines reader = null;
		try {
			InputStream in = unpacked(content, limits, name);
			if (in == null) {
				errors.add(new FieldError(field, "growth.register.error.spreadsheet", new Object[] { name }));
				return null;
			}
			reader = new Lines(new InputStreamReader(in, StandardCharsets.UTF_8.newDecoder()
				.onMalformedInput(CodingErrorAction.REPLACE)
				.onUnmappableCharacter(CodingErrorAction.REPLACE)));
			String first = reader.next();
			if (first != null && first.startsWith("\uFEFF")) {
				first = first.substring(1);
			}
			FieldError problem = first == null || first.isBlank()
					? new FieldError(field, "growth.register.error.empty", new Object[] { name })
					: first.indexOf('\uFFFD') >= 0 ? notUtf8(field, name, 1) : null;
			Map<String, Integer> columns = problem == null ? columns(first) : Map.of();
			if (problem == null) {
				problem = recognised(field, name, header, first, columns, required);
			}
			if (problem != null) {
				errors.add(problem);
				reader.close();
				return null;
			}
			return new RegisterFile(field, name, reader, columns);
		}
		catch (InvalidInputException e) {
			closeQuietly(reader);
			errors.addAll(e.errors().stream()
				.map(error -> new FieldError(field, error.messageKey(), error.arguments()))
				.toList());
			return null;
		}
		catch (TooLarge e) {
			closeQuietly(reader);
			errors.add(new FieldError(field, "growth.register.error.tooLarge", new Object[] { name }));
			return null;
		}
		catch (LineTooLong e) {
			closeQuietly(reader);
			errors.add(new FieldError(field, "growth.register.error.lineTooLong",
					new Object[] { name, "1", String.valueOf(LONGEST_LINE) }));
			return null;
		}
		catch (IOException e) {
			closeQuietly(reader);
			errors.add(new FieldError(field, "growth.register.error.unreadable", new Object[] { name }));
			return null;
		}
	}

	/** Null when the first line is {@code name}'s header; otherwise what the file is instead. */
	private static FieldError recognised(String field, String name, String header, String first,
			Map<String, Integer> columns, List<String> required) {
		String found = columns.containsKey("nvo_iki") ? NGO_ENDED
				: columns.containsKey("nvo_nuo") ? NGO_NOW : columns.containsKey("adresas") ? REGISTERED : null;
		if (found != null && !found.equals(name)) {
			return new FieldError(field, "growth.register.error.otherFile", new Object[] { found, name });
		}
		if (found == null && first.toLowerCase(Locale.ROOT).contains("ja_kodas")) {
			// the register's columns, joined by another separator: saved again by a spreadsheet program
			return new FieldError(field, "growth.register.error.separator", new Object[] { name });
		}
		if (found == null || !columns.keySet().containsAll(required)) {
			return new FieldError(field, "growth.register.error.notRegisterFile",
					new Object[] { name, header });
		}
		return null;
	}

	/** The content as text to read, unpacked when zipped; null when it is a spreadsheet. */
	private static InputStream unpacked(byte[] content, SpreadsheetLimits limits, String name) throws IOException {
		if (startsWith(content, OLD_SPREADSHEET)) {
			return null;
		}
		if (content.length > 1 && content[0] == 0x1f && content[1] == (byte) 0x8b) {
			return new Bounded(new GZIPInputStream(new ByteArrayInputStream(content), 1 << 16), limits, content.length);
		}
		if (!startsWith(content, new byte[] { 'P', 'K', 3, 4 })) {
			return new ByteArrayInputStream(content);
		}
		ZipInputStream zip = new ZipInputStream(new ByteArrayInputStream(content), StandardCharsets.UTF_8);
		for (ZipEntry entry; (entry = nextEntry(zip, name)) != null;) {
			String entryName = entry.getName();
			if (entryName.equals("[Content_Types].xml") || entryName.startsWith("xl/")
					|| entryName.equals("mimetype")) {
				return null;
			}
			if (!entry.isDirectory() && !entryName.startsWith("__MACOSX/")
					&& entryName.toLowerCase(Locale.ROOT).endsWith(".csv")) {
				return new Bounded(zip, limits, content.length);
			}
		}
		throw InvalidInputException.of("", "growth.register.error.zip", name);
	}

	private static ZipEntry nextEntry(ZipInputStream zip, String name) {
		try {
			return zip.getNextEntry();
		}
		catch (IOException | IllegalArgumentException e) {
			throw InvalidInputException.of("", "growth.register.error.zip", name);
		}
	}

	private static boolean startsWith(byte[] content, byte[] prefix) {
		if (content.length < prefix.length) {
			return false;
		}
		for (int i = 0; i < prefix.length; i++) {
			if (content[i] != prefix[i]) {
				return false;
			}
		}
		return true;
	}

	private static Map<String, Integer> columns(String header) {
		Map<String, Integer> columns = new HashMap<>();
		String[] names = header.split("\\|", -1);
		for (int i = 0; i < names.length; i++) {
			columns.putIfAbsent(names[i].strip().toLowerCase(Locale.ROOT), i);
		}
		return columns;
	}

	/** The index of a column the header was checked to hold. */
	int column(String column) {
		return columns.get(column);
	}

	/** The next row that is not blank, or null at the end; a line not in UTF-8 is refused. */
	String next() {
		try {
			for (String text; (text = reader.next()) != null;) {
				line++;
				if (text.indexOf('\uFFFD') >= 0) {
					throw new InvalidInputException(List.of(notUtf8(field, name, line)));
				}
				if (!text.isBlank()) {
					return text;
				}
			}
			return null;
		}
		catch (TooLarge e) {
			throw InvalidInputException.of(field, "growth.register.error.tooLarge", name);
		}
		catch (LineTooLong e) {
			// the line refused was not counted yet
			line++;
			throw problem("growth.register.error.lineTooLong", String.valueOf(LONGEST_LINE));
		}
		catch (IOException e) {
			throw InvalidInputException.of(field, "growth.register.error.unreadable", name);
		}
	}

	/** The row's cells (pipe-separated), each stripped; as many as the header names at least, or refused. */
	String[] cells(String row) {
		String[] cells = row.split("\\|", -1);
		if (cells.length < columns.size()) {
			throw problem("growth.register.error.columns", String.valueOf(columns.size()), String.valueOf(cells.length));
		}
		for (int i = 0; i < cells.length; i++) {
			cells[i] = cells[i].strip();
		}
		return cells;
	}

	/** One cell of the row, stripped, without splitting the whole row. */
	String cell(String row, int index) {
		int start = 0;
		for (int i = 0; i < index; i++) {
			start = row.indexOf('|', start) + 1;
			if (start == 0) {
				throw problem("growth.register.error.columns", String.valueOf(columns.size()), String.valueOf(i + 1));
			}
		}
		int end = row.indexOf('|', start);
		return (end < 0 ? row.substring(start) : row.substring(start, end)).strip();
	}

	/** The legal entity code: nine digits. */
	String code(String value) {
		boolean digits = value.length() == 9;
		for (int i = 0; digits && i < 9; i++) {
			digits = value.charAt(i) >= '0' && value.charAt(i) <= '9';
		}
		if (!digits) {
			throw problem("growth.register.error.code", value);
		}
		return value;
	}

	/** A date (YYYY-MM-DD, a time after it ignored); null when blank and not required. */
	LocalDate date(String value, String column, boolean required) {
		if (value.isEmpty() && !required) {
			return null;
		}
		try {
			return LocalDate.parse(value.length() > 10 ? value.substring(0, 10) : value);
		}
		catch (DateTimeParseException e) {
			throw problem("growth.register.error.date", column, value);
		}
	}

	/** A text to keep: null when blank, refused when longer than its column or holding a NUL character. */
	String text(String value, String column, int max) {
		if (value.isEmpty()) {
			return null;
		}
		if (value.length() > max) {
			throw problem("growth.register.error.tooLong", column, String.valueOf(max));
		}
		if (value.indexOf('\0') >= 0) {
			throw problem("growth.register.error.control", column);
		}
		return value;
	}

	/** A refusal of the current row: the message names the file and the line, then {@code arguments}. */
	InvalidInputException problem(String key, Object... arguments) {
		Object[] all = new Object[arguments.length + 2];
		all[0] = name;
		all[1] = String.valueOf(line);
		System.arraycopy(arguments, 0, all, 2, arguments.length);
		return new InvalidInputException(List.of(new FieldError(field, key, all)));
	}

	private static FieldError notUtf8(String field, String name, int line) {
		return new FieldError(field, "growth.register.error.notUtf8", new Object[] { name, String.valueOf(line) });
	}

	@Override
	public void close() {
		closeQuietly(reader);
	}

	private static void closeQuietly(Lines reader) {
		if (reader == null) {
			return;
		}
		try {
			reader.close();
		}
		catch (IOException e) {
			throw new UncheckedIOException(e);
		}
	}

	/** Closes each file that was opened. */
	static void closeAll(RegisterFile... files) {
		List<RuntimeException> failures = new ArrayList<>();
		for (RegisterFile file : files) {
			if (file != null) {
				try {
					file.close();
				}
				catch (RuntimeException e) {
					failures.add(e);
				}
			}
		}
		if (!failures.isEmpty()) {
			throw failures.get(0);
		}
	}

	/**
	 * An unpacked stream that stops past the largest size an upload may unpack to, or past so many
	 * times its packed size (a zip bomb; the register's files pack to a tenth or so).
	 */
	private static final class Bounded extends FilterInputStream {

		/** Below this the ratio is not judged: a small file packs very well. */
		private static final long RATIO_FLOOR = 1024 * 1024;

		private final long max;
		private final long ratioMax;
		private long read;

		Bounded(InputStream in, SpreadsheetLimits limits, long packed) {
			super(in);
			this.max = limits.maxUnpackedSize().toBytes();
			this.ratioMax = Math.max(RATIO_FLOOR, packed * limits.maxCompressionRatio());
		}

		@Override
		public int read() throws IOException {
			int b = super.read();
			count(b < 0 ? 0 : 1);
			return b;
		}

		@Override
		public int read(byte[] buffer, int offset, int length) throws IOException {
			int n = super.read(buffer, offset, length);
			count(Math.max(n, 0));
			return n;
		}

		private void count(int n) throws TooLarge {
			read += n;
			if (read > max || read > ratioMax) {
				throw new TooLarge();
			}
		}
	}

	private static final class TooLarge extends IOException {

		private static final long serialVersionUID = 1L;
	}

	private static final class LineTooLong extends IOException {

		private static final long serialVersionUID = 1L;
	}

	/** A text's lines (ended by \n or \r\n), each at most {@link #LONGEST_LINE} characters. */
	private static final class Lines implements Closeable {

		private final Reader in;
		private final char[] buffer = new char[1 << 16];
		private final StringBuilder line = new StringBuilder();
		private int position;
		private int end;

		Lines(Reader in) {
			this.in = in;
		}

		/** The next line without its end, or null at the end of the text. */
		String next() throws IOException {
			line.setLength(0);
			boolean any = false;
			while (true) {
				if (position == end) {
					end = in.read(buffer, 0, buffer.length);
					position = 0;
					if (end <= 0) {
						end = 0;
						return any ? ended() : null;
					}
				}
				any = true;
				int start = position;
				while (position < end && buffer[position] != '\n') {
					position++;
				}
				line.append(buffer, start, position - start);
				if (line.length() > LONGEST_LINE) {
					throw new LineTooLong();
				}
				if (position < end) {
					position++;
					return ended();
				}
			}
		}

		private String ended() {
			int length = line.length();
			return length > 0 && line.charAt(length - 1) == '\r' ? line.substring(0, length - 1) : line.toString();
		}

		@Override
		public void close() throws IOException {
			in.close();
		}
	}
}
