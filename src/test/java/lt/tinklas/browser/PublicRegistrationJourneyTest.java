package lt.tinklas.browser;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;
import java.util.List;
import java.util.Map;

import lt.tinklas.demo.DemoAccounts;
import lt.tinklas.testing.ApiClient;
import lt.tinklas.testing.TestMail;
import lt.tinklas.testing.TinklasTest;
import org.junit.jupiter.api.Test;
import org.openqa.selenium.By;
import org.springframework.boot.test.web.server.LocalServerPort;

/** Someone from the public registers for a public event and confirms by the link in the mail. */
@TinklasTest
class PublicRegistrationJourneyTest {

	@LocalServerPort
	int port;

	@Test
	void registerForAPublicEventAndConfirmByMail() throws Exception {
		ApiClient staff = ApiClient.basic(port, DemoAccounts.NSMOT_STAFF.email(), DemoAccounts.PASSWORD);
		int year = LocalDate.now().getYear() + 1;
		int id = staff.post("/api/v1/networks/nsmot/events", """
				{"type":"FORUM","title":"Atviras forumas","startsAt":"%d-05-05T10:00:00+03:00",
				 "endsAt":"%d-05-05T14:00:00+03:00","public":true,"capacity":50}""".formatted(year, year)).json("$.id");
		ApiClient.Response secret = staff.post("/api/v1/networks/nsmot/events", """
				{"type":"OTHER","title":"Vidinis pasitarimas","startsAt":"%d-05-06T10:00:00+03:00",
				 "endsAt":"%d-05-06T11:00:00+03:00"}""".formatted(year, year));

		try (Browser browser = new Browser(port)) {
			browser.open("/n/nsmot/public/events/" + secret.<Integer>json("$.id"));
			assertThat(browser.text()).contains("Puslapis nerastas");

			browser.open("/n/nsmot/public/events/" + id);
			assertThat(browser.text()).contains("Atviras forumas", "Registracija");
			assertThat(browser.accessibilityProblems()).isEmpty();
			browser.type(By.id("firstName"), "Marija").type(By.id("lastName"), "Viešoji").type(By.id("email"), "marija@")
				.pressEnterIn(By.id("email"));
			assertThat(browser.text()).contains("Neteisingas el. pašto adresas.");
			assertThat(browser.find(By.id("firstName")).getAttribute("value")).isEqualTo("Marija");

			browser.type(By.id("email"), "marija@viesa.lt").type(By.id("organization"), "Bendruomenė")
				.pressEnterIn(By.id("email"));
			assertThat(browser.text()).contains("Išsiuntėme nuorodą adresu marija@viesa.lt");
			assertThat(staff.get("/api/v1/networks/nsmot/events/" + id + "/participants").<List<Object>>json("$"))
				.isEmpty();

			String link = TestMail.linkPath(TestMail.latestTo("marija@viesa.lt"), "/n/nsmot/public/registrations/");
			browser.open(link);
			assertThat(browser.accessibilityProblems()).isEmpty();
			browser.click(By.cssSelector("main form button[type=submit]"));
			assertThat(browser.text()).contains("Esate užregistruoti.");

			List<Map<String, Object>> participants = staff.get("/api/v1/networks/nsmot/events/" + id + "/participants")
				.json("$");
			assertThat(participants).singleElement()
				.satisfies(p -> assertThat(p).containsEntry("email", "marija@viesa.lt").containsEntry("status", "REGISTERED"));

			browser.open(link);
			assertThat(browser.text()).contains("Ši nuoroda nebegalioja");
		}
	}
}
