package lt.tinklas.browser;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;

import lt.tinklas.demo.DemoAccounts;
import lt.tinklas.testing.ApiClient;
import lt.tinklas.testing.TestMail;
import lt.tinklas.testing.TinklasTest;
import org.junit.jupiter.api.Test;
import org.openqa.selenium.By;
import org.springframework.boot.test.web.server.LocalServerPort;

/**
 * Two people confirm their registration for the last seat of a public event at the same moment, each
 * in their own browser: one gets the seat, the other the first place on the waiting list.
 */
@TinklasTest
class LastSeatJourneyTest {

	@LocalServerPort
	int port;

	@Test
	void theLastSeatTakenTwiceAtOnceLeavesOneOnTheWaitingList() throws Exception {
		ApiClient staff = ApiClient.basic(port, DemoAccounts.NSMOT_STAFF.email(), DemoAccounts.PASSWORD);
		int year = LocalDate.now().getYear() + 2;
		int id = staff.post("/api/v1/networks/nsmot/events", """
				{"type":"TRAINING","title":"Vienos vietos mokymai","startsAt":"%d-03-03T10:00:00+02:00",
				 "endsAt":"%d-03-03T14:00:00+02:00","public":true,"capacity":1}""".formatted(year, year)).json("$.id");
		List<String> emails = List.of("pirma.vieta@skubu.lt", "antra.vieta@skubu.lt");

		try (Browser first = new Browser(port); Browser second = new Browser(port)) {
			List<Browser> browsers = List.of(first, second);
			for (int i = 0; i < 2; i++) {
				Browser browser = browsers.get(i);
				browser.open("/n/nsmot/public/events/" + id);
				browser.type(By.id("firstName"), "Skubanti " + (i + 1))
					.type(By.id("lastName"), "Dalyvė")
					.type(By.id("email"), emails.get(i))
					.pressEnterIn(By.id("email"));
				browser.open(TestMail.linkPath(TestMail.latestTo(emails.get(i)), "/n/nsmot/public/registrations/"));
				browser.find(By.cssSelector("main form button[type=submit]"));
			}

			// both press "confirm" at the same moment
			CountDownLatch start = new CountDownLatch(1);
			ExecutorService pool = Executors.newFixedThreadPool(2);
			List<Future<String>> answers = new ArrayList<>();
			for (Browser browser : browsers) {
				answers.add(pool.submit(() -> {
					start.await();
					browser.click(By.cssSelector("main form button[type=submit]"));
					return browser.find(By.id("registration-status")).getText();
				}));
			}
			start.countDown();
			List<String> seen = new ArrayList<>();
			for (Future<String> answer : answers) {
				seen.add(answer.get(60, TimeUnit.SECONDS));
			}
			pool.shutdown();
			assertThat(seen).containsExactlyInAnyOrder("Esate užregistruoti. Iki susitikimo!",
					"Vietų nebeliko, todėl esate laukiančiųjų eilėje; atsilaisvinus vietai gausite laišką.");
			assertThat(first.accessibilityProblems()).isEmpty();
		}

		List<Map<String, Object>> participants = staff.get("/api/v1/networks/nsmot/events/" + id + "/participants")
			.json("$");
		assertThat(participants).extracting(p -> p.get("status")).containsExactlyInAnyOrder("REGISTERED", "WAITLISTED");
		ApiClient.Response event = staff.get("/api/v1/networks/nsmot/events/" + id);
		assertThat(event.<Integer>json("$.seatsTaken")).isEqualTo(1);
		assertThat(event.<Integer>json("$.waitlisted")).isEqualTo(1);
	}
}
