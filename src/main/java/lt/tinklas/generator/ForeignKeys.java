package lt.tinklas.generator;

import java.sql.Array;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.ArrayList;
import java.util.List;

/**
 * The foreign keys of the tables loaded in bulk, dropped for the load and added back, as they were,
 * before the commit. PostgreSQL checks a foreign key row by row during a COPY (most of a bulk load's
 * time) but all rows at once, in one join, when the key is added, so every reference is still
 * checked. It happens inside the generation's transaction: a failure brings the keys back with the
 * rollback. The tables (and those they refer to, the network's among them) stay locked until the
 * commit: the application's requests wait meanwhile, so generate while nobody uses it.
 */
final class ForeignKeys {

	/** The tables with many generated rows. */
	static final List<String> BULK_TABLES = List.of("organization", "organization_municipality",
			"organization_target_group", "membership_record", "person", "person_affiliation", "person_consent", "event",
			"event_tag_link", "event_speaker", "participation", "feedback");

	private record Key(String table, String name, String definition) {
	}

	private final Connection connection;
	private final List<Key> keys;

	private ForeignKeys(Connection connection, List<Key> keys) {
		this.connection = connection;
		this.keys = keys;
	}

	/** Drops the foreign keys of the tables, remembering each one's definition. */
	static ForeignKeys suspend(Connection connection, List<String> tables) throws SQLException {
		List<Key> keys = new ArrayList<>();
		Array names = connection.createArrayOf("text", tables.toArray());
		try (PreparedStatement statement = connection.prepareStatement("""
				select c.conrelid::regclass::text, c.conname, pg_get_constraintdef(c.oid)
				from pg_constraint c
				where c.contype = 'f' and c.conrelid = any(
				    select t::regclass from unnest(?::text[]) as t)
				order by 1, 2""")) {
			statement.setArray(1, names);
			try (ResultSet result = statement.executeQuery()) {
				while (result.next()) {
					keys.add(new Key(result.getString(1), result.getString(2), result.getString(3)));
				}
			}
		}
		finally {
			names.free();
		}
		try (Statement statement = connection.createStatement()) {
			for (Key key : keys) {
				statement.execute("alter table " + key.table() + " drop constraint " + quoted(key.name()));
			}
		}
		return new ForeignKeys(connection, keys);
	}

	/** Adds the keys back; PostgreSQL checks every row against each. */
	void restore() throws SQLException {
		try (Statement statement = connection.createStatement()) {
			for (Key key : keys) {
				statement.execute("alter table " + key.table() + " add constraint " + quoted(key.name()) + " "
						+ key.definition());
			}
		}
	}

	private static String quoted(String identifier) {
		return '"' + identifier.replace("\"", "\"\"") + '"';
	}
}
