package lt.tinklas.identity;

import static org.assertj.core.api.Assertions.assertThat;

import java.sql.Connection;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Comparator;
import java.util.List;
import java.util.UUID;

import javax.sql.DataSource;

import lt.tinklas.testing.TestDatabase;
import lt.tinklas.testing.TinklasTest;
import org.flywaydb.core.Flyway;
import org.flywaydb.core.api.MigrationInfo;
import org.flywaydb.core.api.MigrationVersion;
import org.h2.jdbcx.JdbcDataSource;
import org.junit.jupiter.api.Test;

/**
 * Tokens made before tokens had a network, an access and an expiry, migrated on PostgreSQL (in a
 * schema of its own) and on H2 (the embedded default): a user of one network keeps the token for it;
 * the platform admin's other tokens become platform-wide; any other token, which reached several
 * networks or none, is revoked; every token stays able to change records and expires in 90 days.
 */
@TinklasTest
class ApiTokenMigrationTests {

	static final String SCHEMA = "token_migration";

	static final MigrationVersion REACH = MigrationVersion.fromVersion("202612060830");

	/** The data as it was: two networks, users of one, two and no network, platform admins with and without one. */
	static final String OLD_DATA = """
			insert into network (id, slug, name, letter_number_pattern, created_at) values
			  (1, 'nsmot', 'NSMOT', '{n}', current_timestamp), (2, 'kitas', 'Kitas', '{n}', current_timestamp);
			insert into user_account (id, email, display_name, password_hash, platform_admin, created_at) values
			  (1, 'vienas@nsmot.demo', 'Vienas', 'x', false, current_timestamp),
			  (2, 'du@nsmot.demo', 'Du', 'x', false, current_timestamp),
			  (3, 'platforma@tinklas.demo', 'Platforma', 'x', true, current_timestamp),
			  (4, 'platforma-nsmot@tinklas.demo', 'Platforma NSMOT', 'x', true, current_timestamp),
			  (5, 'niekur@nsmot.demo', 'Niekur', 'x', false, current_timestamp);
			insert into network_role (network_id, user_id, role) values
			  (2, 1, 'STAFF'), (1, 2, 'STAFF'), (2, 2, 'BOARD'), (1, 4, 'NETWORK_ADMIN');
			insert into api_token (user_id, name, token_hash, created_at, last_used_at) values
			  (1, 'Apskaita', 'h1', current_timestamp, current_timestamp),
			  (2, 'Dviem tinklams', 'h2', current_timestamp, null),
			  (3, 'Platformos', 'h3', current_timestamp, null),
			  (4, 'Platformos NSMOT', 'h4', current_timestamp, null),
			  (5, 'Be tinklo', 'h5', current_timestamp, null);""";

	static final String RESULT = """
			select u.email, coalesce(n.slug, '-'), t.platform_wide, t.read_only, t.revoked_at is not null,
			       t.expires_at > current_timestamp + interval '89' day and t.expires_at < current_timestamp + interval '91' day,
			       t.last_used_at is not null
			from api_token t join user_account u on u.id = t.user_id left join network n on n.id = t.network_id
			order by u.id""";

	static final List<String> EXPECTED = List.of(
			// email | network | platform-wide | read-only | revoked | expires in 90 days | use kept
			"vienas@nsmot.demo|kitas|false|false|false|true|true",
			"du@nsmot.demo|-|false|false|true|true|false",
			"platforma@tinklas.demo|-|true|false|false|true|false",
			"platforma-nsmot@tinklas.demo|nsmot|false|false|false|true|false",
			"niekur@nsmot.demo|-|false|false|true|true|false");

	/** The owner's: a schema of its own is made and migrated only by the owner of the tables. */
	DataSource dataSource = TestDatabase.owner();

	@Test
	void oldTokensGetANetworkOrThePlatformOrAreRevokedOnPostgresql() throws SQLException {
		flyway(dataSource, SCHEMA, "postgresql", before(dataSource, "postgresql")).migrate();
		try (Connection connection = dataSource.getConnection(); Statement sql = connection.createStatement()) {
			try {
				sql.execute("set search_path to " + SCHEMA);
				sql.execute(OLD_DATA);
			}
			finally {
				sql.execute("set search_path to public");
			}
		}
		flyway(dataSource, SCHEMA, "postgresql", MigrationVersion.LATEST).migrate();
		try (Connection connection = dataSource.getConnection(); Statement sql = connection.createStatement()) {
			try {
				sql.execute("set search_path to " + SCHEMA);
				assertThat(rows(sql, RESULT)).containsExactlyElementsOf(EXPECTED);
			}
			finally {
				sql.execute("set search_path to public");
				sql.execute("drop schema " + SCHEMA + " cascade");
			}
		}
	}

	@Test
	void oldTokensGetANetworkOrThePlatformOrAreRevokedOnH2() throws SQLException {
		JdbcDataSource h2 = new JdbcDataSource();
		// a file, as the embedded default keeps it: closed with its last connection, so each step opens
		// it afresh (H2 keeps a check constraint bound to the connection that made it until it reopens)
		h2.setURL("jdbc:h2:file:./target/h2-test/tokens-" + UUID.randomUUID()
				+ ";MODE=PostgreSQL;DATABASE_TO_LOWER=TRUE;DEFAULT_NULL_ORDERING=HIGH;AUTO_SERVER=FALSE");
		h2.setUser("sa");
		flyway(h2, null, "h2", before(h2, "h2")).migrate();
		try (Connection connection = h2.getConnection(); Statement sql = connection.createStatement()) {
			sql.execute(OLD_DATA);
		}
		flyway(h2, null, "h2", MigrationVersion.LATEST).migrate();
		try (Connection connection = h2.getConnection(); Statement sql = connection.createStatement()) {
			assertThat(rows(sql, RESULT)).containsExactlyElementsOf(EXPECTED);
		}
	}

	/** The last migration before tokens got their reach, whatever migrations came before. */
	private static MigrationVersion before(DataSource dataSource, String vendor) {
		return Arrays.stream(flyway(dataSource, null, vendor, MigrationVersion.LATEST).info().all())
			.map(MigrationInfo::getVersion)
			.filter(version -> version.compareTo(REACH) < 0)
			.max(Comparator.naturalOrder())
			.orElseThrow();
	}

	private static Flyway flyway(DataSource dataSource, String schema, String vendor, MigrationVersion target) {
		var configuration = Flyway.configure()
			.dataSource(dataSource)
			.locations("classpath:db/migration", "classpath:db/vendor/" + vendor)
			.target(target);
		if (schema != null) {
			configuration.schemas(schema);
		}
		return configuration.load();
	}

	private static List<String> rows(Statement sql, String query) throws SQLException {
		List<String> rows = new ArrayList<>();
		try (ResultSet rs = sql.executeQuery(query)) {
			int columns = rs.getMetaData().getColumnCount();
			while (rs.next()) {
				List<String> values = new ArrayList<>();
				for (int i = 1; i <= columns; i++) {
					Object value = rs.getObject(i);
					values.add(String.valueOf(value));
				}
				rows.add(String.join("|", values));
			}
		}
		return rows;
	}
}
