package lt.tinklas.generator;

import java.math.BigDecimal;
import java.nio.charset.StandardCharsets;
import java.sql.SQLException;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.ZoneOffset;

import org.postgresql.copy.CopyIn;
import org.postgresql.copy.CopyManager;

/**
 * The rows of one table, streamed to PostgreSQL with {@code COPY ... FROM STDIN} in its text format
 * (tab between columns, {@code \N} for null), a megabyte at a time. A row is written field by field:
 * {@code rows.add(id).add(name).nul().add(day).end()}. Timestamps go as UTC instants, dates as ISO days.
 */
final class CopyRows implements AutoCloseable {

	private static final int FLUSH_AT = 1 << 20;

	private final String table;
	private final CopyIn copy;
	private final StringBuilder buffer = new StringBuilder(FLUSH_AT + 8192);
	private boolean rowStarted;
	private long rows;
	private boolean ended;

	CopyRows(CopyManager copies, String table, String... columns) throws SQLException {
		this.table = table;
		this.copy = copies.copyIn("copy " + table + " (" + String.join(", ", columns) + ") from stdin");
	}

	String table() {
		return table;
	}

	CopyRows add(long value) {
		separate();
		buffer.append(value);
		return this;
	}

	CopyRows add(boolean value) {
		separate();
		buffer.append(value ? 't' : 'f');
		return this;
	}

	/** A whole number or id that may be absent: null, or a negative id (no record), is written as null. */
	CopyRows optional(Long value) {
		return value == null || value < 0 ? nul() : add(value.longValue());
	}

	CopyRows add(String value) {
		if (value == null) {
			return nul();
		}
		separate();
		for (int i = 0; i < value.length(); i++) {
			char c = value.charAt(i);
			switch (c) {
				case '\\' -> buffer.append("\\\\");
				case '\t' -> buffer.append("\\t");
				case '\n' -> buffer.append("\\n");
				case '\r' -> buffer.append("\\r");
				default -> buffer.append(c);
			}
		}
		return this;
	}

	CopyRows add(BigDecimal value) {
		if (value == null) {
			return nul();
		}
		separate();
		buffer.append(value.toPlainString());
		return this;
	}

	CopyRows add(LocalDate day) {
		if (day == null) {
			return nul();
		}
		separate();
		appendDay(day.getYear(), day.getMonthValue(), day.getDayOfMonth());
		return this;
	}

	/** A timestamp with time zone, from seconds since the epoch, written in UTC. */
	CopyRows instant(long epochSecond) {
		separate();
		LocalDateTime utc = LocalDateTime.ofEpochSecond(epochSecond, 0, ZoneOffset.UTC);
		appendDay(utc.getYear(), utc.getMonthValue(), utc.getDayOfMonth());
		buffer.append(' ');
		two(utc.getHour());
		buffer.append(':');
		two(utc.getMinute());
		buffer.append(':');
		two(utc.getSecond());
		buffer.append("+00");
		return this;
	}

	CopyRows nul() {
		separate();
		buffer.append("\\N");
		return this;
	}

	/** Ends the row; the buffer goes to the server once it holds a megabyte. */
	void end() throws SQLException {
		buffer.append('\n');
		rowStarted = false;
		rows++;
		if (buffer.length() >= FLUSH_AT) {
			flush();
		}
	}

	long rows() {
		return rows;
	}

	/** Sends what is left and ends the COPY; the rows the server took. */
	long finish() throws SQLException {
		flush();
		ended = true;
		return copy.endCopy();
	}

	@Override
	public void close() throws SQLException {
		if (!ended && copy.isActive()) {
			copy.cancelCopy();
		}
	}

	private void flush() throws SQLException {
		if (buffer.length() > 0) {
			byte[] bytes = buffer.toString().getBytes(StandardCharsets.UTF_8);
			copy.writeToCopy(bytes, 0, bytes.length);
			buffer.setLength(0);
		}
	}

	private void separate() {
		if (rowStarted) {
			buffer.append('\t');
		}
		rowStarted = true;
	}

	private void appendDay(int year, int month, int day) {
		buffer.append(year).append('-');
		two(month);
		buffer.append('-');
		two(day);
	}

	private void two(int value) {
		if (value < 10) {
			buffer.append('0');
		}
		buffer.append(value);
	}
}
