package lt.tinklas.events;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;

import lt.tinklas.demo.DemoAccounts;
import lt.tinklas.testing.ApiClient;
import lt.tinklas.testing.SqlStatements;
import lt.tinklas.testing.TinklasTest;
import lt.tinklas.testing.WebSession;
import org.junit.jupiter.api.Test;
import org.springframework.boot.test.web.server.LocalServerPort;

/** The events list shows a period's events a hundred at a time, with the period's total and its filter kept. */
@TinklasTest
class EventsListPagesTests {

	@LocalServerPort
	int port;

	@Test
	void aYearOf105EventsComesOnTwoPagesInTheOrderTheyStart() {
		ApiClient platform = ApiClient.basic(port, DemoAccounts.PLATFORM_ADMIN, DemoAccounts.PASSWORD);
		ApiClient.Response network = platform.post("/api/v1/networks", """
				{"slug":"daug-renginiu","name":"Daugelio renginių tinklas","adminEmail":"vadove@daug.lt","adminPassword":"labai-slaptas-9"}""");
		assertThat(network.status()).as(network.body()).isEqualTo(201);
		ApiClient admin = ApiClient.basic(port, "vadove@daug.lt", "labai-slaptas-9");
		// 97 trainings and 8 forums in 2024, every other day
		for (int i = 0; i < 105; i++) {
			String day = LocalDate.of(2024, 1, 2).plusDays(i * 2L).toString();
			ApiClient.Response created = admin.post("/api/v1/networks/daug-renginiu/events", """
					{"type":"%s","title":"Renginys %03d","startsAt":"%sT10:00:00+02:00","endsAt":"%sT12:00:00+02:00","format":"LIVE","municipality":"LT-13"}"""
				.formatted(i % 13 == 12 ? "FORUM" : "TRAINING", i + 1, day, day));
			assertThat(created.status()).as(created.body()).isEqualTo(201);
		}
		WebSession staff = WebSession.signedIn(port, "vadove@daug.lt", "labai-slaptas-9");
		// the first page after signing in writes the new session's attributes, which the pages measured here do not
		assertThat(staff.get("/account").status()).isEqualTo(200);
		String year = "/n/daug-renginiu/events?from=2024-01-01&to=2024-12-31";
		WebSession.Page first = staff.get(year);
		assertThat(first.text()).contains("Renginių: 105", "Rodomi 1–100 iš 105", "Renginys 001", "Renginys 100", "Tolesni")
			.doesNotContain("Renginys 101", "Ankstesni");
		int firstCost = SqlStatements.ofLastRequestTo(year);
		WebSession.Page second = staff.get(year + "&page=1");
		assertThat(second.text()).contains("Rodomi 101–105 iš 105", "Renginys 101", "Renginys 105", "Ankstesni")
			.doesNotContain("Renginys 100 ", "Tolesni");
		assertThat(second.body()).contains("from=2024-01-01", "to=2024-12-31");
		// a page of a hundred costs what a page of five does: no statement per event
		assertThat(SqlStatements.ofLastRequestTo(year + "&page=1")).isBetween(firstCost - 1, firstCost + 1);
		// the type filter counts and pages in the database too
		assertThat(staff.get(year + "&type=FORUM").text()).contains("Renginių: 8", "Renginys 013").doesNotContain("Tolesni");
		// past the last page: the last page; not a number: a message, not an error page
		assertThat(staff.get(year + "&page=7").text()).contains("Rodomi 101–105 iš 105");
		assertThat(staff.inLanguage("en").get(year + "&page=1").text()).contains("Events: 105", "Showing 101–105 of 105");
		WebSession.Page word = staff.get(year + "&page=du");
		assertThat(word.status()).isEqualTo(400);
		assertThat(word.text()).doesNotContain("Exception");
	}
}
