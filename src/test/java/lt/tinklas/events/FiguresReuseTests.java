package lt.tinklas.events;

import static org.assertj.core.api.Assertions.assertThat;

import lt.tinklas.demo.DemoAccounts;
import lt.tinklas.organizations.LegalCode;
import lt.tinklas.testing.ApiClient;
import lt.tinklas.testing.SqlStatements;
import lt.tinklas.testing.TinklasTest;
import lt.tinklas.testing.WebSession;
import org.junit.jupiter.api.Test;
import org.springframework.boot.test.web.server.LocalServerPort;

/**
 * The events statistics and the strategy dashboard count many records: what they counted is reused
 * until a record of the network changes, and the next request after a change shows it.
 */
@TinklasTest
class FiguresReuseTests {

	static final String A = "/api/v1/networks/statistika";

	@LocalServerPort
	int port;

	@Test
	void theEventsStatisticsAreCountedOnceAndCountAgainAfterAChange() {
		ApiClient platform = ApiClient.basic(port, DemoAccounts.PLATFORM_ADMIN, DemoAccounts.PASSWORD);
		ApiClient.Response network = platform.post("/api/v1/networks", """
				{"slug":"statistika","name":"Statistikos tinklas","adminEmail":"vadove@statistika.lt","adminPassword":"labai-slaptas-8"}""");
		assertThat(network.status()).as(network.body()).isEqualTo(201);
		ApiClient admin = ApiClient.basic(port, "vadove@statistika.lt", "labai-slaptas-8");
		String stats = A + "/events/stats?from=2021-01-01&to=2021-12-31";

		assertThat(admin.get(stats).<Integer>json("$.TRAINING.events")).isZero();
		int computed = SqlStatements.ofLastRequestTo(stats);
		assertThat(admin.get(stats).<Integer>json("$.TRAINING.events")).isZero();
		int reused = SqlStatements.ofLastRequestTo(stats);
		assertThat(reused).as("statements of reused statistics (counted: %d)", computed).isLessThanOrEqualTo(6);
		assertThat(computed).isGreaterThan(reused + 20);

		ApiClient.Response organization = admin.post(A + "/organizations",
				"{\"legalCode\":\"%s\",\"name\":\"Skaičiuojamoji\",\"memberSince\":\"2020-02-01\"}"
					.formatted(LegalCode.complete("10000002").orElseThrow()));
		ApiClient.Response person = admin.post(A + "/people",
				"{\"firstName\":\"Jonas\",\"lastName\":\"Skaitlys\",\"email\":\"jonas@statistika.lt\",\"language\":\"lt\"}");
		ApiClient.Response event = admin.post(A + "/events", """
				{"type":"TRAINING","title":"Gegužės mokymas","startsAt":"2021-05-10T10:00:00+03:00","endsAt":"2021-05-10T13:00:00+03:00","format":"LIVE","hours":3,"municipality":"LT-13"}""");
		assertThat(event.status()).as(event.body()).isEqualTo(201);
		assertThat(admin.get(stats).<Integer>json("$.TRAINING.events")).isEqualTo(1);
		ApiClient.Response attended = admin.post(A + "/events/" + event.<Number>json("$.id") + "/participants",
				"{\"personId\":%d,\"organizationId\":%d,\"status\":\"ATTENDED\"}"
					.formatted(person.<Number>json("$.id").longValue(), organization.<Number>json("$.id").longValue()));
		assertThat(attended.status()).as(attended.body()).isEqualTo(201);
		assertThat(admin.get(stats).<Integer>json("$.TRAINING.participations")).isEqualTo(1);

		// the page reads the same counts: the year's row and May's bar
		WebSession page = WebSession.signedIn(port, "vadove@statistika.lt", "labai-slaptas-8");
		assertThat(page.get("/n/statistika/events/stats?year=2021").text()).contains("Mokymai 1 1 1 1 3");
		int pageComputed = SqlStatements.ofLastRequestTo("/n/statistika/events/stats?year=2021");
		page.get("/n/statistika/events/stats?year=2021");
		assertThat(SqlStatements.ofLastRequestTo("/n/statistika/events/stats?year=2021")).isLessThan(pageComputed);
	}

	@Test
	void theStrategyDashboardIsCountedOnceUntilAChange() {
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
