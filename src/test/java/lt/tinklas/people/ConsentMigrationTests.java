package lt.tinklas.people;

import static org.assertj.core.api.Assertions.assertThat;

import java.sql.Connection;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Comparator;
import java.util.List;

import javax.sql.DataSource;

import lt.tinklas.testing.TestDatabase;
import lt.tinklas.testing.TinklasTest;
import org.flywaydb.core.Flyway;
import org.flywaydb.core.api.MigrationInfo;
import org.flywaydb.core.api.MigrationVersion;
import org.junit.jupiter.api.Test;

/**
 * The move of consents to kinds: the schema as it was before, with consents as the demo and the
 * generator wrote them, is migrated in a schema of its own; every consent comes through with a kind
 * of its name in its own network, given on a form, on the same days; the kind about events decides
 * invitations; and every network, also one made afterwards, has the kinds invitations rely on.
 */
@TinklasTest
class ConsentMigrationTests {

	static final String SCHEMA = "consent_migration";

	/** The owner's: a schema of its own is made and migrated only by the owner of the tables. */
	DataSource dataSource = TestDatabase.owner();

	@Test
	void theDemosConsentsComeThroughAsKindsOfTheirNetwork() throws SQLException {
		// the schema as it was just before consents got kinds, whatever migrations came before
		MigrationVersion kinds = MigrationVersion.fromVersion("202612060300");
		MigrationVersion before = Arrays.stream(flyway(MigrationVersion.LATEST).info().all())
			.map(MigrationInfo::getVersion)
			.filter(version -> version.compareTo(kinds) < 0)
			.max(Comparator.naturalOrder())
			.orElseThrow();
		flyway(before).migrate();
		try (Connection connection = dataSource.getConnection(); Statement sql = connection.createStatement()) {
			try {
				sql.execute("set search_path to " + SCHEMA);
				sql.execute("""
						insert into network (id, slug, name, letter_number_pattern, created_at) values
						  (1, 'nsmot', 'NSMOT', '{n}', now()), (2, 'kitas', 'Kitas', '{n}', now());
						insert into person (id, network_id, first_name, last_name, email, search_text, created_at) values
						  (1, 1, 'Ona', 'Onaitė', 'ona@nsmot.demo', 'ona', now()),
						  (2, 1, 'Jonas', 'Jonaitis', 'jonas@nsmot.demo', 'jonas', now()),
						  (3, 2, 'Rasa', 'Rasaitė', 'rasa@kitas.demo', 'rasa', now());
						insert into person_consent (person_id, purpose, given_on, withdrawn_on) values
						  (1, 'Tinklo renginiai ir naujienos', '2025-01-15', null),
						  (2, 'Tinklo renginiai ir naujienos', '2025-01-15', null),
						  (2, 'Naujienlaiškiai', '2024-03-01', '2025-02-01'),
						  (3, 'Nuotraukų skelbimas', '2023-05-05', null);""");
			}
			finally {
				sql.execute("set search_path to public");
			}
		}

		flyway(MigrationVersion.LATEST).migrate();

		try (Connection connection = dataSource.getConnection(); Statement sql = connection.createStatement()) {
			try {
				sql.execute("set search_path to " + SCHEMA);
				assertThat(rows(sql, """
						select p.email, k.name_lt, c.purpose, c.source, c.given_on, coalesce(c.withdrawn_on::text, '-'),
						       k.network_id = p.network_id
						from person_consent c join person p on p.id = c.person_id join consent_kind k on k.id = c.kind_id
						order by p.id, c.given_on""")).containsExactly(
						"ona@nsmot.demo|Tinklo renginiai ir naujienos|Tinklo renginiai ir naujienos|FORM|2025-01-15|-|t",
						"jonas@nsmot.demo|Naujienlaiškiai|Naujienlaiškiai|FORM|2024-03-01|2025-02-01|t",
						"jonas@nsmot.demo|Tinklo renginiai ir naujienos|Tinklo renginiai ir naujienos|FORM|2025-01-15|-|t",
						"rasa@kitas.demo|Nuotraukų skelbimas|Nuotraukų skelbimas|FORM|2023-05-05|-|t");
				// the kind about events keeps deciding invitations, so nobody who agreed stops getting them
				assertThat(rows(sql, "select network_id, purpose, name_lt from consent_kind where purpose <> 'OTHER' order by 1, 2"))
					.containsExactly("1|INVITATIONS|Tinklo renginiai ir naujienos", "1|NEWSLETTERS|Naujienlaiškiai",
							"2|INVITATIONS|Kvietimai į renginius", "2|NEWSLETTERS|Naujienlaiškiai");
				sql.execute("""
						insert into network (id, slug, name, letter_number_pattern, created_at)
						values (3, 'naujas', 'Naujas', '{n}', now())""");
				assertThat(rows(sql, "select purpose, name_en from consent_kind where network_id = 3 order by 1, 2"))
					.containsExactly("INVITATIONS|Event invitations", "NEWSLETTERS|Newsletters", "OTHER|Photos");
			}
			finally {
				sql.execute("set search_path to public");
				sql.execute("drop schema " + SCHEMA + " cascade");
			}
		}
	}

	@Test
	void theDemoNetworksPeopleHaveTheirConsentToInvitations() throws SQLException {
		try (Connection connection = dataSource.getConnection(); Statement sql = connection.createStatement()) {
			assertThat(rows(sql, """
					select count(*), bool_and(k.purpose = 'INVITATIONS' and c.text is not null and c.source = 'PAPER')
					from person_consent c join person p on p.id = c.person_id join network n on n.id = p.network_id
					join consent_kind k on k.id = c.kind_id and k.network_id = n.id
					where n.slug = 'nsmot' and k.purpose <> 'NEWSLETTERS'
					  and p.email in ('aiste.adomaviciene@smtinklas.lt', 'rasa.azuoliene@pavyzdys.lt')""")).containsExactly("2|t");
		}
	}

	Flyway flyway(MigrationVersion target) {
		return Flyway.configure()
			.dataSource(dataSource)
			.schemas(SCHEMA)
			.locations("classpath:db/migration", "classpath:db/vendor/postgresql")
			.target(target)
			.load();
	}

	static List<String> rows(Statement sql, String query) throws SQLException {
		List<String> rows = new ArrayList<>();
		try (ResultSet rs = sql.executeQuery(query)) {
			int columns = rs.getMetaData().getColumnCount();
			while (rs.next()) {
				List<String> values = new ArrayList<>();
				for (int i = 1; i <= columns; i++) {
					values.add(rs.getString(i));
				}
				rows.add(String.join("|", values));
			}
		}
		return rows;
	}
}
