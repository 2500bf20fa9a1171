package lt.tinklas.generator;

import java.sql.Connection;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.ArrayList;
import java.util.List;

/**
 * PostgreSQL refuses COPY into a table whose row-level security binds the one who copies, and it is
 * forced on the tables' owner too. For the load the owner is let past it (the generation writes
 * whole networks of its own, checked by the foreign keys), and it is forced again before the commit,
 * inside the generation's transaction: a failure forces it again with the rollback.
 */
final class RowSecurity {

	private final Connection connection;
	private final List<String> tables;

	private RowSecurity(Connection connection, List<String> tables) {
		this.connection = connection;
		this.tables = tables;
	}

	/** Lifts forcing on every table of the schema that forces it. */
	static RowSecurity suspend(Connection connection) throws SQLException {
		List<String> tables = new ArrayList<>();
		try (Statement statement = connection.createStatement()) {
			try (ResultSet result = statement.executeQuery("""
					select oid::regclass::text from pg_class
					where relforcerowsecurity and relnamespace = current_schema()::regnamespace order by 1""")) {
				while (result.next()) {
					tables.add(result.getString(1));
				}
			}
			for (String table : tables) {
				statement.execute("alter table " + table + " no force row level security");
			}
		}
		return new RowSecurity(connection, tables);
	}

	void restore() throws SQLException {
		try (Statement statement = connection.createStatement()) {
			for (String table : tables) {
				statement.execute("alter table " + table + " force row level security");
			}
		}
	}
}
