package lt.tinklas.generator;

import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.util.ArrayList;
import java.util.List;

/**
 * The ids the generator gives, taken from each table's identity sequence: the first with
 * {@code nextval}, the rest counted on, and at the end the sequence set to the last one given, so the
 * application's own inserts continue after the generated rows. (A sequence is not rolled back with a
 * failed transaction; the gap it leaves is harmless.)
 */
final class IdSequences {

	private final Connection connection;
	private final List<Ids> all = new ArrayList<>();

	IdSequences(Connection connection) {
		this.connection = connection;
	}

	Ids of(String table) throws SQLException {
		try (PreparedStatement statement = connection
			.prepareStatement("select nextval(pg_get_serial_sequence(?, 'id'))")) {
			statement.setString(1, table);
			try (ResultSet result = statement.executeQuery()) {
				result.next();
				Ids ids = new Ids(table, result.getLong(1));
				all.add(ids);
				return ids;
			}
		}
	}

	/** Moves each sequence to the last id given. */
	void advance() throws SQLException {
		try (PreparedStatement statement = connection
			.prepareStatement("select setval(pg_get_serial_sequence(?, 'id'), ?)")) {
			for (Ids ids : all) {
				if (ids.next > ids.first) {
					statement.setString(1, ids.table);
					statement.setLong(2, ids.next - 1);
					statement.executeQuery().close();
				}
			}
		}
	}

	/** The ids of one table, given in order. */
	static final class Ids {

		private final String table;
		private final long first;
		private long next;

		private Ids(String table, long first) {
			this.table = table;
			this.first = first;
			this.next = first;
		}

		long next() {
			return next++;
		}

		/** The id the next row will get. */
		long peek() {
			return next;
		}
	}
}
