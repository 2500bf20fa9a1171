package lt.tinklas.reports;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.Locale;
import java.util.Map;

import lt.tinklas.demo.DemoAccounts;
import lt.tinklas.networks.Networks;
import lt.tinklas.shared.tenancy.Tenancy;
import lt.tinklas.testing.ApiClient;
import lt.tinklas.testing.Documents;
import lt.tinklas.testing.FreshNetwork;
import lt.tinklas.testing.SqlStatements;
import lt.tinklas.testing.TinklasTest;
import lt.tinklas.testing.WebSession;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;

/**
 * The yearly report is computed once and reused by the page, the API and the public site until a
 * record of its network changes; then the next request shows the change, whichever record it was.
 */
@TinklasTest
class AnnualReportReuseTests {

	static final String A = "/api/v1/networks/pakartotinis";

	@LocalServerPort
	int port;

	@Autowired
	AnnualReports reports;

	@Autowired
	AnnualReportFiles files;

	@Autowired
	Networks networks;

	@Test
	void aReportIsReusedUntilAnyRecordOfItsNetworkChangesAndThenShowsTheChange() {
		FreshNetwork network = FreshNetwork.create(port, "pakartotinis", "Pakartotinio skaičiavimo tinklas");
		ApiClient admin = network.admin();
		String report = A + "/reports/annual/2021";

		assertThat(admin.get(report).<Integer>json("$.trainings.count")).isZero();
		int computed = SqlStatements.ofLastRequestTo(report);
		assertThat(admin.get(report).<Integer>json("$.trainings.count")).isZero();
		int reused = SqlStatements.ofLastRequestTo(report);
		// the second time: sign-in, the network, its data version; no figure is counted again
		// what any call signed in by password costs (its delay, its second-factor check, its limit's bucket)
		// is the same for a call that reads nothing: the reused figures cost at most six beyond it
		assertThat(admin.get("/api/v1/me").status()).isEqualTo(200);
		int signedIn = SqlStatements.ofLastRequestTo("/api/v1/me");
		assertThat(reused - signedIn).as("statements of a reused report (computed: %d) beyond a sign-in (%d)", computed, signedIn)
			.isLessThanOrEqualTo(6);
		assertThat(computed).isGreaterThan(reused + 50);

		// a member, a person and a training: each change shows at once
		long organization = network.organization("10000001", "Pirmoji", "2020-02-01");
		assertThat(admin.get(report).<Map<String, Object>>json("$.members"))
			.isEqualTo(Map.of("activeAtYearEnd", 1, "joined", 0, "left", 0, "fromInvitations", 0));
		long personId = network.person("Rūta", "Kartotė", "ruta@pakartotinis.lt");
		long eventId = network.event("TRAINING", "Kovo mokymas", "2021-03-10T10:00:00+02:00", "2021-03-10T14:00:00+02:00", 4,
				"LT-13");
		assertThat(admin.get(report).<Integer>json("$.trainings.count")).isEqualTo(1);

		ApiClient.Response attended = admin.post(A + "/events/" + eventId + "/participants",
				"{\"personId\":%d,\"organizationId\":%d,\"status\":\"ATTENDED\"}".formatted(personId, organization));
		assertThat(attended.status()).as(attended.body()).isEqualTo(201);
		assertThat(admin.get(report).<Integer>json("$.trainings.participations")).isEqualTo(1);

		ApiClient.Response read = admin.get(A + "/events/" + eventId);
		ApiClient.Response held = admin.put(A + "/events/" + eventId,
				read.body().replaceFirst("\"status\":\"[A-Z]+\"", "\"status\":\"HELD\""));
		assertThat(held.status()).as(held.body()).isEqualTo(200);

		// feedback has no change history of its own, and still counts at once
		ApiClient.Response rated = admin.post(A + "/events/" + eventId + "/feedback",
				"{\"personId\":%d,\"rating\":8}".formatted(personId));
		assertThat(rated.status()).as(rated.body()).isIn(200, 201, 204);
		assertThat(admin.get(report).<Double>json("$.trainings.averageRating")).isEqualTo(8.0);

		// a refused change changes nothing, and the report is still the one computed
		ApiClient.Response refused = admin.post(A + "/events/" + eventId + "/feedback",
				"{\"personId\":%d,\"rating\":11}".formatted(personId));
		assertThat(refused.status()).isEqualTo(400);
		assertThat(admin.get(report).<Integer>json("$.trainings.ratings")).isEqualTo(1);
		assertThat(SqlStatements.ofLastRequestTo(report)).isLessThanOrEqualTo(reused);

		// the page shows the same figures from the same computation
		WebSession browser = network.signedIn();
		assertThat(browser.get("/n/pakartotinis/reports/annual/2021").text()).contains("Surengta mokymų 1 ");
		assertThat(SqlStatements.ofLastRequestTo("/n/pakartotinis/reports/annual/2021")).isLessThan(computed / 2);
	}

	@Test
	void aReportsPdfIsRenderedOnceForTheSameReportNameLanguageAndDay() {
		long nsmot = networks.bySlug("nsmot").orElseThrow().id();
		AnnualReports.AnnualReport report = Tenancy.runAs(nsmot, () -> reports.report(2025));
		byte[] first = Tenancy.runAs(nsmot, () -> files.pdf(report, "NSMOT", Locale.forLanguageTag("lt")));
		assertThat(Tenancy.runAs(nsmot, () -> files.pdf(reports.report(2025), "NSMOT", Locale.forLanguageTag("lt"))))
			.isSameAs(first);
		byte[] english = Tenancy.runAs(nsmot, () -> files.pdf(report, "NSMOT", Locale.forLanguageTag("en")));
		assertThat(english).isNotSameAs(first);
		assertThat(Documents.pdfText(english)).contains("Our results in 2025");
		byte[] renamed = Tenancy.runAs(nsmot, () -> files.pdf(report, "Kitas pavadinimas", Locale.forLanguageTag("lt")));
		assertThat(Documents.pdfText(renamed)).contains("Kitas pavadinimas");
		assertThat(Documents.pdfText(first)).doesNotContain("Kitas pavadinimas");
	}

	@Test
	void aChangeInOneNetworkLeavesAnotherNetworksReportAsComputed() {
		ApiClient staff = ApiClient.basic(port, DemoAccounts.NSMOT_STAFF.email(), DemoAccounts.PASSWORD);
		String nsmot = "/api/v1/networks/nsmot/reports/annual/2025";
		int trainings = staff.get(nsmot).<Integer>json("$.trainings.count");
		staff.get(nsmot);
		int reused = SqlStatements.ofLastRequestTo(nsmot);

		ApiClient children = ApiClient.basic(port, DemoAccounts.CHILDREN_ADMIN.email(), DemoAccounts.PASSWORD);
		ApiClient.Response event = children.post("/api/v1/networks/nvo-vaikams/events", """
				{"type":"TRAINING","title":"Kitas tinklas","startsAt":"2025-03-10T10:00:00+02:00","endsAt":"2025-03-10T14:00:00+02:00","format":"LIVE","hours":4,"municipality":"LT-13"}""");
		assertThat(event.status()).as(event.body()).isEqualTo(201);

		assertThat(staff.get(nsmot).<Integer>json("$.trainings.count")).isEqualTo(trainings);
		assertThat(SqlStatements.ofLastRequestTo(nsmot)).isEqualTo(reused);
	}
}
