package lt.tinklas.shared.replica;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Duration;
import java.util.Map;

import lt.tinklas.demo.DemoAccounts;
import lt.tinklas.testing.TestDatabase;
import lt.tinklas.testing.TinklasTest;
import lt.tinklas.testing.WebSession;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.test.context.DynamicPropertyRegistry;
import org.springframework.test.context.DynamicPropertySource;

/**
 * Which database answers a page when a read replica is set. The "replica" here is the run's own
 * database reached as a role of its own, so that it can be made to fail; a real streaming replica,
 * its lag and its stale copy are the cluster drill's part ({@code scripts/cluster-drill}). What went
 * where is read from the routing's own counts.
 */
@TinklasTest
class ReplicaRoutingTests {

	static final String REPLICA_ROLE = TestDatabase.applicationUser() + "_replica";

	@DynamicPropertySource
	static void replica(DynamicPropertyRegistry registry) {
		TestDatabase.ownerJdbc()
			.sql("""
					do $$ begin
						if not exists (select 1 from pg_roles where rolname = '%1$s') then
							create role %1$s login nosuperuser nobypassrls in role %2$s;
						end if;
					end $$""".formatted(REPLICA_ROLE, TestDatabase.applicationUser()))
			.update();
		TestDatabase.ownerJdbc().sql("alter role " + REPLICA_ROLE + " login").update();
		registry.add("tinklas.replica.url", () -> TestDatabase.url() + "?ApplicationName=tinklas-replica");
		registry.add("tinklas.replica.username", () -> REPLICA_ROLE);
		registry.add("tinklas.replica.password", TestDatabase::password);
		// a failed replica is tried again at the next request, so that the test need not wait
		registry.add("tinklas.replica.retry-after", () -> "0s");
	}

	@LocalServerPort
	int port;

	@Autowired
	ReplicaRouting routing;

	JdbcClient owner = TestDatabase.ownerJdbc();

	WebSession staff;

	@BeforeEach
	void signIn() {
		staff = WebSession.signedIn(port, DemoAccounts.NSMOT_STAFF.email(), DemoAccounts.PASSWORD);
	}

	@AfterEach
	void replicaBack() {
		owner.sql("alter role " + REPLICA_ROLE + " login").update();
		owner.sql("alter role " + REPLICA_ROLE + " reset search_path").update();
		owner.sql("delete from read_fence").update();
	}

	long replica() {
		return routing.gate().toReplica.get();
	}

	long primary() {
		return routing.gate().toPrimary.get();
	}

	@Test
	void theYearlyReportIsReadFromTheReplicaAndAListFromThePrimary() {
		long before = replica();
		WebSession.Page report = staff.get("/n/nsmot/reports/annual/2025");
		assertThat(report.status()).isEqualTo(200);
		assertThat(report.text()).contains("2025");
		long afterReport = replica();
		assertThat(afterReport).isGreaterThan(before);
		// the replica's backends ran the report's statements as its own role
		assertThat(owner.sql("select count(*) from pg_stat_activity where usename = ? and datname = current_database()")
			.param(REPLICA_ROLE)
			.query(Long.class)
			.single()).isPositive();

		assertThat(staff.get("/n/nsmot/organizations").status()).isEqualTo(200);
		assertThat(replica()).isEqualTo(afterReport);

		// the public site and an export too
		assertThat(new WebSession(port).get("/n/nsmot/public").status()).isEqualTo(200);
		assertThat(replica()).isGreaterThan(afterReport);
	}

	@Test
	void whoChangedSomethingReadsThePrimaryForAWhileAndOthersTheReplica() {
		WebSession admin = WebSession.signedIn(port, DemoAccounts.NSMOT_ADMIN.email(), DemoAccounts.PASSWORD);
		// a change: the admin's choice of language
		WebSession.Page changed = admin.post("/n/nsmot/reports/annual/2025", "/language",
				Map.of("lang", "lt", "back", "/n/nsmot/reports/annual/2025"));
		assertThat(changed.status()).isEqualTo(302);
		assertThat(owner.sql("select count(*) from read_fence where subject = ? and until > current_timestamp")
			.param(DemoAccounts.NSMOT_ADMIN.email())
			.query(Long.class)
			.single()).isEqualTo(1);

		long replica = replica();
		long primary = primary();
		assertThat(admin.get("/n/nsmot/reports/annual/2025").status()).isEqualTo(200);
		assertThat(replica()).isEqualTo(replica);
		assertThat(primary()).isGreaterThan(primary);

		assertThat(staff.get("/n/nsmot/reports/annual/2025").status()).isEqualTo(200);
		assertThat(replica()).isGreaterThan(replica);

		// the fence's time is over: the admin reads the replica again
		owner.sql("update read_fence set until = current_timestamp - interval '1 second'").update();
		long beforeOver = replica();
		assertThat(admin.get("/n/nsmot/reports/annual/2025").status()).isEqualTo(200);
		assertThat(replica()).isGreaterThan(beforeOver);
	}

	/**
	 * A replica URL that names a database without this installation's schema (here: the replica's role
	 * sees none of its tables) is never read from: every page answers from the primary, none fails.
	 */
	@Test
	void aDatabaseWithoutThisInstallationsSchemaIsNotReadFrom() {
		owner.sql("alter role " + REPLICA_ROLE + " set search_path = pg_catalog").update();
		endReplicaConnections();
		long replica = replica();
		for (int i = 0; i < 3; i++) {
			WebSession.Page report = staff.get("/n/nsmot/reports/annual/2025");
			assertThat(report.status()).isEqualTo(200);
			assertThat(report.text()).contains("2025");
		}
		assertThat(new WebSession(port).get("/n/nsmot/public").status()).isEqualTo(200);
		assertThat(replica()).isEqualTo(replica);
		owner.sql("alter role " + REPLICA_ROLE + " reset search_path").update();
		endReplicaConnections();
	}

	void endReplicaConnections() {
		owner.sql("select pg_terminate_backend(pid) from pg_stat_activity where usename = ?")
			.param(REPLICA_ROLE)
			.query()
			.listOfRows();
	}

	@Test
	void aReplicaThatFailsLeavesEveryReadToThePrimaryWithoutAnErrorPage() {
		owner.sql("alter role " + REPLICA_ROLE + " nologin").update();
		endReplicaConnections();
		long replica = replica();
		long primary = primary();
		WebSession.Page report = staff.get("/n/nsmot/reports/annual/2025");
		assertThat(report.status()).isEqualTo(200);
		assertThat(report.text()).contains("2025");
		assertThat(new WebSession(port).get("/n/nsmot/public").status()).isEqualTo(200);
		assertThat(replica()).isEqualTo(replica);
		assertThat(primary()).isGreaterThan(primary);

		// back: reads go to it again without a restart, as soon as its pool has a connection again (the
		// pool retries on its own schedule); every page meanwhile is whole
		owner.sql("alter role " + REPLICA_ROLE + " login").update();
		long until = System.nanoTime() + Duration.ofSeconds(30).toNanos();
		while (replica() == replica && System.nanoTime() < until) {
			assertThat(staff.get("/n/nsmot/reports/annual/2025").status()).isEqualTo(200);
		}
		assertThat(replica()).as("reads from the replica once it is back").isGreaterThan(replica);
	}
}
