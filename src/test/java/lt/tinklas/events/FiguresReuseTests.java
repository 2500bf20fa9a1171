package lt.tinklas.events;

import static org.assertj.core.api.Assertions.assertThat;

import lt.tinklas.demo.DemoAccounts;
import lt.tinklas.testing.ApiClient;
import lt.tinklas.testing.FreshNetwork;
import lt.tinklas.testing.SqlStatements;
import lt.tinklas.testing.TestDatabase;
import lt.tinklas.testing.TinklasTest;
import lt.tinklas.testing.WebSession;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.jdbc.core.simple.JdbcClient;

/**
 * The events statistics and the strategy dashboard count many records: what they counted is reused
 * until a record of the network changes, and the next request after a change shows it.
 */
@TinklasTest
class FiguresReuseTests {

	static final String A = "/api/v1/networks/statistika";

	@LocalServerPort
	int port;

	/** The database as its owner sees it, for the test's own setup and checks. */
	JdbcClient jdbc = TestDatabase.ownerJdbc();

	@Test
	void theEventsStatisticsAreCountedOnceAndCountAgainAfterAChange() {
		FreshNetwork network = FreshNetwork.create(port, "statistika", "Statistikos tinklas");
		ApiClient admin = network.admin();
		String stats = A + "/events/stats?from=2021-01-01&to=2021-12-31";

		assertThat(admin.get(stats).<Integer>json("$.TRAINING.events")).isZero();
		int computed = SqlStatements.ofLastRequestTo(stats);
		assertThat(admin.get(stats).<Integer>json("$.TRAINING.events")).isZero();
		int reused = SqlStatements.ofLastRequestTo(stats);
		// what any call signed in by password costs (its delay, its second-factor check, its limit's bucket)
		// is the same for a call that reads nothing: the reused figures cost at most six beyond it
		assertThat(admin.get("/api/v1/me").status()).isEqualTo(200);
		int signedIn = SqlStatements.ofLastRequestTo("/api/v1/me");
		assertThat(reused - signedIn).as("statements of reused statistics (counted: %d) beyond a sign-in (%d)", computed, signedIn)
			.isLessThanOrEqualTo(6);
		assertThat(computed).isGreaterThan(reused + 20);

		long organization = network.organization("10000002", "Skaičiuojamoji", "2020-02-01");
		long person = network.person("Jonas", "Skaitlys", "jonas@statistika.lt");
		long event = network.event("TRAINING", "Gegužės mokymas", "2021-05-10T10:00:00+03:00", "2021-05-10T13:00:00+03:00",
				3, "LT-13");
		assertThat(admin.get(stats).<Integer>json("$.TRAINING.events")).isEqualTo(1);
		ApiClient.Response attended = admin.post(A + "/events/" + event + "/participants",
				"{\"personId\":%d,\"organizationId\":%d,\"status\":\"ATTENDED\"}".formatted(person, organization));
		assertThat(attended.status()).as(attended.body()).isEqualTo(201);
		assertThat(admin.get(stats).<Integer>json("$.TRAINING.participations")).isEqualTo(1);

		// the page reads the same counts: the year's row and May's bar
		WebSession page = network.signedIn();
		assertThat(page.get("/n/statistika/events/stats?year=2021").text()).contains("Mokymai 1 1 1 1 3");
		int pageComputed = SqlStatements.ofLastRequestTo("/n/statistika/events/stats?year=2021");
		page.get("/n/statistika/events/stats?year=2021");
		assertThat(SqlStatements.ofLastRequestTo("/n/statistika/events/stats?year=2021")).isLessThan(pageComputed);
	}

	private long version(String slug) {
		return jdbc.sql("select coalesce(max(v.version), 0) from data_version v join network n on n.id = v.network_id where n.slug = ?")
			.param(slug)
			.query(Long.class)
			.single();
	}

	@Test
	void theStrategyDashboardIsCountedOnceUntilAChange() {
		// whatever other tests asked before, the first look below counts afresh: NSMOT's data version
		// moves on, and only NSMOT's
		long children = version("nvo-vaikams");
		long nsmot = version("nsmot");
		jdbc.sql("update data_version set version = version + 1 where network_id = (select id from network where slug = 'nsmot')")
			.update();
		assertThat(version("nsmot")).isEqualTo(nsmot + 1);
		assertThat(version("nvo-vaikams")).isEqualTo(children);
		WebSession staff = WebSession.signedIn(port, DemoAccounts.NSMOT_STAFF.email(), DemoAccounts.PASSWORD);
		String dashboard = "/n/nsmot/strategy?year=2024&asOf=2024-10-31";
		String first = staff.get(dashboard).text();
		int computed = SqlStatements.ofLastRequestTo(dashboard);
		assertThat(staff.get(dashboard).text()).isEqualTo(first);
		int reused = SqlStatements.ofLastRequestTo(dashboard);
		// the indicators' metrics are not counted again (the tree, targets and kept values are still read)
		assertThat(reused).as("statements of a reused dashboard (counted: %d)", computed).isLessThanOrEqualTo(computed - 5);
	}
}
