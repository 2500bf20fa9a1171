package lt.tinklas.shared.tenancy;

import static org.assertj.core.api.Assertions.assertThat;

import java.sql.Connection;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import javax.sql.DataSource;

import lt.tinklas.testing.TestDatabase;
import lt.tinklas.testing.TinklasTest;
import org.flywaydb.core.Flyway;
import org.flywaydb.core.api.MigrationInfo;
import org.flywaydb.core.api.MigrationVersion;
import org.junit.jupiter.api.Test;

/**
 * The migration that gives every network-owned row its network, run on a copy of the demo's data
 * taken as it was before it (in a schema of its own, as the owner): each collection row gets its
 * owner's network, the same as the rows written since with the column in place, and every key
 * between network-owned tables names the network on both sides.
 */
@TinklasTest
class NetworkInEveryRowMigrationTests {

	static final String SCHEMA = "network_backfill";

	static final MigrationVersion EVERY_ROW = MigrationVersion.fromVersion("202612061000");

	final DataSource owner = TestDatabase.owner();

	@Test
	void aCopyOfTheDemoGetsItsNetworkInEveryRowAndKeysThatNameIt() throws SQLException {
		flyway(before()).migrate();
		List<String> withoutNetwork;
		try (Connection connection = owner.getConnection(); Statement sql = connection.createStatement()) {
			List<String> tables = strings(sql, "select tablename from pg_tables where schemaname = '" + SCHEMA
					+ "' and tablename <> 'flyway_schema_history' order by 1");
			withoutNetwork = strings(sql, """
					select t.tablename from pg_tables t where t.schemaname = '%s' and t.tablename not like '%%\\_aud'
					  and not exists (select 1 from information_schema.columns c where c.table_schema = t.schemaname
					                  and c.table_name = t.tablename and c.column_name = 'network_id')
					order by 1""".formatted(SCHEMA));
			// the rows as they are, keys and triggers aside (the migration checks the keys when it adds them);
			// the reference lists the migrations wrote are there already
			sql.execute("set session_replication_role = replica");
			for (String table : tables) {
				String columns = String.join(", ", strings(sql, """
						select c.column_name from information_schema.columns c
						where c.table_schema = '%s' and c.table_name = '%s'
						  and exists (select 1 from information_schema.columns p where p.table_schema = current_schema()
						              and p.table_name = c.table_name and p.column_name = c.column_name)
						order by c.ordinal_position""".formatted(SCHEMA, table)));
				sql.execute("insert into " + SCHEMA + "." + table + " (" + columns + ") select " + columns
						+ " from " + table + " on conflict do nothing");
			}
			sql.execute("set session_replication_role = origin");
		}
		try {
			flyway(MigrationVersion.LATEST).migrate();
			try (Connection connection = owner.getConnection(); Statement sql = connection.createStatement()) {
				int filled = 0;
				for (String table : withoutNetwork) {
					boolean collection = !strings(sql, "select 1 from information_schema.columns where table_schema = '"
							+ SCHEMA + "' and table_name = '" + table + "' and column_name = 'network_id'")
						.isEmpty();
					if (!collection) {
						continue;
					}
					Map<String, String> migrated = byNetwork(sql, SCHEMA + "." + table);
					assertThat(migrated).as(table).isEqualTo(byNetwork(sql, table)).doesNotContainKey(null);
					filled += migrated.isEmpty() ? 0 : 1;
				}
				assertThat(filled).isGreaterThan(12);
				String compositeKeys = """
						select count(*) from pg_constraint c
						where c.contype = 'f' and c.connamespace = '%s'::regnamespace and array_length(c.conkey, 1) = 2""";
				assertThat(strings(sql, compositeKeys.formatted(SCHEMA)))
					.isEqualTo(strings(sql, compositeKeys.formatted("public")))
					.allMatch(count -> Integer.parseInt(count) > 80);
			}
		}
		finally {
			try (Connection connection = owner.getConnection(); Statement sql = connection.createStatement()) {
				sql.execute("drop schema " + SCHEMA + " cascade");
			}
		}
	}

	private static Map<String, String> byNetwork(Statement sql, String table) throws SQLException {
		Map<String, String> rows = new LinkedHashMap<>();
		try (ResultSet rs = sql.executeQuery("select network_id, count(*) from " + table + " group by 1 order by 1")) {
			while (rs.next()) {
				rows.put(rs.getString(1), rs.getString(2));
			}
		}
		return rows;
	}

	private static List<String> strings(Statement sql, String query) throws SQLException {
		List<String> values = new ArrayList<>();
		try (ResultSet rs = sql.executeQuery(query)) {
			while (rs.next()) {
				values.add(rs.getString(1));
			}
		}
		return values;
	}

	/** The last migration before the network came into every row. */
	private MigrationVersion before() {
		return Arrays.stream(flyway(MigrationVersion.LATEST).info().all())
			.map(MigrationInfo::getVersion)
			.filter(version -> version.compareTo(EVERY_ROW) < 0)
			.max(Comparator.naturalOrder())
			.orElseThrow();
	}

	private Flyway flyway(MigrationVersion target) {
		return Flyway.configure()
			.dataSource(owner)
			.locations("classpath:db/migration", "classpath:db/vendor/postgresql")
			.schemas(SCHEMA)
			.target(target)
			.load();
	}
}
