package lt.tinklas.generator;

import java.sql.SQLException;
import java.util.LinkedHashMap;
import java.util.Map;

import org.postgresql.copy.CopyManager;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/** Opens the COPY of each table on the generation's connection and counts the rows each took. */
final class Tables {

	private static final Logger log = LoggerFactory.getLogger(Tables.class);

	private final CopyManager copies;
	private final Map<String, Long> rows = new LinkedHashMap<>();
	private long since = System.nanoTime();

	Tables(CopyManager copies) {
		this.copies = copies;
	}

	CopyRows open(String table, String... columns) throws SQLException {
		return new CopyRows(copies, table, columns);
	}

	/** Ends the table's COPY and counts its rows. */
	void done(CopyRows table) throws SQLException {
		long written = table.finish();
		rows.merge(table.table(), written, Long::sum);
		long now = System.nanoTime();
		log.info("{}: {} rows in {} ms", table.table(), written, (now - since) / 1_000_000);
		since = now;
	}

	Map<String, Long> rows() {
		return rows;
	}
}
