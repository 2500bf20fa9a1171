package lt.tinklas.shared.tenancy;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.sql.Connection;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import lt.tinklas.testing.TestDatabase;
import lt.tinklas.testing.TinklasTest;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.dao.DataIntegrityViolationException;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * PostgreSQL itself keeps the networks apart, under the application: SQL written without any
 * network condition, run as the application's role (which owns nothing and cannot bypass the
 * policies), reads, changes and deletes only the rows of the network its transaction works in;
 * without a network it sees none; and no row can point at another network's record. The owner's
 * view (not bound by the policies) shows that the other network's rows are there all along.
 */
@TinklasTest
class RowLevelSecurityTests {

	@Autowired
	JdbcClient jdbc;

	@Autowired
	TransactionTemplate transactions;

	@Autowired
	NetworkLookup networks;

	long nsmot;
	long children;

	/** Every network-owned table and, as its owner sees them, how many rows each network has in it. */
	Map<String, Map<Long, Long>> owned = new LinkedHashMap<>();

	@BeforeEach
	void countAsTheOwner() throws SQLException {
		nsmot = networks.bySlug("nsmot").orElseThrow().id();
		children = networks.bySlug("nvo-vaikams").orElseThrow().id();
		try (Connection connection = TestDatabase.owner().getConnection(); Statement sql = connection.createStatement()) {
			List<String> tables = new ArrayList<>();
			try (ResultSet rs = sql.executeQuery("""
					select c.relname from pg_class c
					where c.relkind = 'r' and c.relnamespace = current_schema()::regnamespace and c.relname <> 'revinfo'
					  and exists (select 1 from pg_attribute a where a.attrelid = c.oid and a.attname = 'network_id'
					              and not a.attisdropped)
					order by 1""")) {
				while (rs.next()) {
					tables.add(rs.getString(1));
				}
			}
			for (String table : tables) {
				Map<Long, Long> rows = new LinkedHashMap<>();
				try (ResultSet rs = sql.executeQuery(
						"select network_id, count(*) from " + table + " where network_id is not null group by 1")) {
					while (rs.next()) {
						rows.put(rs.getLong(1), rs.getLong(2));
					}
				}
				owned.put(table, rows);
			}
		}
	}

	@Test
	void everyNetworkOwnedTableHasAForcedPolicyAndTheApplicationCannotBypassIt() throws SQLException {
		assertThat(owned).hasSizeGreaterThan(100).containsKeys("person", "person_affiliation", "project_partner",
				"organization_target_group", "person_affiliation_aud", "network_role", "outbox_mail");
		List<String> unguarded = jdbc.sql("""
				select c.relname from pg_class c
				where c.relkind = 'r' and c.relnamespace = current_schema()::regnamespace and c.relname <> 'revinfo'
				  and exists (select 1 from pg_attribute a where a.attrelid = c.oid and a.attname = 'network_id'
				              and not a.attisdropped)
				  and not (c.relrowsecurity and c.relforcerowsecurity
				           and exists (select 1 from pg_policy p where p.polrelid = c.oid))
				order by 1""").query(String.class).list();
		assertThat(unguarded).isEmpty();
		Map<String, Object> role = jdbc
			.sql("select rolsuper, rolbypassrls from pg_roles where rolname = current_user")
			.query()
			.singleRow();
		assertThat(role).containsEntry("rolsuper", false).containsEntry("rolbypassrls", false);
		assertThat(jdbc.sql("select count(*) from pg_tables where tableowner = current_user").query(Long.class).single())
			.isZero();
	}

	@Test
	void everyKeyBetweenTwoNetworkOwnedTablesNamesTheNetwork() {
		List<String> singleColumn = jdbc.sql("""
				select c.conrelid::regclass || ' ' || c.conname from pg_constraint c
				where c.contype = 'f' and c.connamespace = current_schema()::regnamespace
				  and c.confrelid <> 'network'::regclass and c.conrelid::regclass::text not like '%\\_aud'
				  and array_length(c.conkey, 1) = 1
				  and exists (select 1 from pg_attribute a where a.attrelid = c.conrelid and a.attname = 'network_id')
				  and exists (select 1 from pg_attribute a where a.attrelid = c.confrelid and a.attname = 'network_id')
				order by 1""").query(String.class).list();
		assertThat(singleColumn).isEmpty();
	}

	@Test
	void insideANetworkAnUnscopedSelectSeesOnlyThatNetworksRows() {
		int withOtherRows = 0;
		for (var table : owned.entrySet()) {
			Map<Long, Long> seen = Tenancy.runAs(nsmot, () -> transactions.execute(status -> countByNetwork(table.getKey())));
			Map<Long, Long> expected = new LinkedHashMap<>();
			if (table.getValue().containsKey(nsmot)) {
				expected.put(nsmot, table.getValue().get(nsmot));
			}
			assertThat(seen).as(table.getKey()).isEqualTo(expected);
			if (table.getValue().keySet().stream().anyMatch(network -> network != nsmot)) {
				withOtherRows++;
			}
		}
		// the other network's rows are there to be seen in most tables, so seeing none of them means something
		assertThat(withOtherRows).isGreaterThan(40);
	}

	@Test
	void withoutANetworkNothingOfAnyNetworkIsSeen() {
		for (String table : owned.keySet()) {
			Map<Long, Long> inATransaction = transactions.execute(status -> countByNetwork(table));
			assertThat(inATransaction).as(table).isEmpty();
			// nor by SQL run outside any transaction
			assertThat(countByNetwork(table)).as(table).isEmpty();
		}
	}

	@Test
	void thePlatformsPathSeesEveryNetwork() {
		for (var table : owned.entrySet()) {
			Map<Long, Long> seen = PlatformWide.run(() -> transactions.execute(status -> countByNetwork(table.getKey())));
			assertThat(seen).as(table.getKey()).isEqualTo(table.getValue());
		}
	}

	@Test
	void insideANetworkAnUnscopedUpdateAndDeleteTouchOnlyThatNetworksRows() {
		int deleted = 0;
		for (var table : owned.entrySet()) {
			long ours = table.getValue().getOrDefault(children, 0L);
			Integer updated = Tenancy.runAs(children, () -> transactions.execute(status -> {
				status.setRollbackOnly();
				return jdbc.sql("update " + table.getKey() + " set network_id = network_id").update();
			}));
			assertThat(updated.longValue()).as(table.getKey()).isEqualTo(ours);
			try {
				Integer gone = Tenancy.runAs(children, () -> transactions.execute(status -> {
					status.setRollbackOnly();
					return jdbc.sql("delete from " + table.getKey()).update();
				}));
				assertThat(gone.longValue()).as(table.getKey()).isEqualTo(ours);
				deleted++;
			}
			catch (DataIntegrityViolationException referenced) {
				// another of the network's records still points at these rows, and keeps them
			}
		}
		assertThat(deleted).isGreaterThan(owned.size() / 2);
		// nothing was really changed: the owner counts the same rows as before
		Map<Long, Long> people = PlatformWide.run(() -> transactions.execute(status -> countByNetwork("person")));
		assertThat(people).isEqualTo(owned.get("person"));
	}

	@Test
	void noRowPointsIntoAnotherNetwork() {
		long event = Tenancy.runAs(nsmot, () -> jdbc.sql("select min(id) from event").query(Long.class).single());
		long othersProject = Tenancy.runAs(children,
				() -> jdbc.sql("select min(id) from project").query(Long.class).single());
		// hand-written, naming neither network: the row takes its transaction's network, and the key
		// (network_id, project_id) finds no such project in it
		assertThatThrownBy(() -> Tenancy.runAs(nsmot, () -> transactions.execute(status -> jdbc
			.sql("insert into project_event (project_id, event_id) values (?, ?)")
			.params(othersProject, event)
			.update()))).isInstanceOf(DataIntegrityViolationException.class)
			.hasMessageContaining("project_event_project_id_fkey");
		// nor may a transaction of one network write a row of another
		assertThatThrownBy(() -> Tenancy.runAs(nsmot, () -> transactions.execute(status -> jdbc
			.sql("insert into event_tag (network_id, name) values (?, 'Svetimas')")
			.param(children)
			.update()))).rootCause().hasMessageContaining("row-level security");
	}

	private Map<Long, Long> countByNetwork(String table) {
		Map<Long, Long> rows = new LinkedHashMap<>();
		jdbc.sql("select network_id, count(*) from " + table + " where network_id is not null group by 1")
			.query(rs -> {
				rows.put(rs.getLong(1), rs.getLong(2));
			});
		return rows;
	}
}
