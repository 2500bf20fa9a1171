package lt.tinklas.browser;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;
import java.util.List;

import lt.tinklas.demo.DemoAccounts;
import lt.tinklas.networks.Networks;
import lt.tinklas.people.People;
import lt.tinklas.people.PersonData;
import lt.tinklas.shared.tenancy.Tenancy;
import lt.tinklas.shared.text.SearchText;
import lt.tinklas.testing.ApiClient;
import lt.tinklas.testing.Documents;
import lt.tinklas.testing.TinklasTest;
import lt.tinklas.testing.WebSession;
import org.junit.jupiter.api.Test;
import org.openqa.selenium.By;
import org.openqa.selenium.support.ui.Select;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;

/**
 * A project from the form to the funder: created, two trainings linked and its participants
 * indicator moving with them, its period extended, and the funder report's PDF showing the amounts
 * the Lithuanian way and the funding notice.
 */
@TinklasTest
class ProjectJourneyTest {

	@LocalServerPort
	int port;

	@Autowired
	People people;

	@Autowired
	Networks networks;

	@Test
	void aProjectIsCreatedCountsItsTrainingsIsExtendedAndReported() {
		ApiClient staff = ApiClient.basic(port, DemoAccounts.NSMOT_STAFF.email(), DemoAccounts.PASSWORD);
		training(staff, "Kelionės mokymai I", "2012-03-10", "Aistė", "Giedrė", "Lina");
		training(staff, "Kelionės mokymai II", "2012-04-14", "Mantas", "Aistė");

		try (Browser browser = new Browser(port)) {
			browser.open("/login");
			browser.type(By.id("username"), DemoAccounts.NSMOT_STAFF.email())
				.type(By.id("password"), DemoAccounts.PASSWORD)
				.click(By.cssSelector("form[action='/login'] button[type=submit]"));

			browser.open("/n/nsmot");
			browser.find(By.id("nav-projects-and-partners")).click();
			browser.click(By.linkText("Projektai"));
			browser.click(By.linkText("Pridėti projektą"));
			browser.type(By.id("name"), "Kelionės projektas")
				.type(By.id("code"), "KP-2012-01")
				.type(By.id("value"), "25 000,00")
				.type(By.id("grant"), "20 000,50")
				.pickDate(By.id("startsOn"), LocalDate.of(2012, 1, 1))
				.pickDate(By.id("endsOn"), LocalDate.of(2012, 6, 30))
				.type(By.id("notice"), "Projektą finansuoja Kelionių fondas.");
			assertThat(browser.accessibilityProblems()).isEmpty();
			browser.click(By.cssSelector("#project-form button[type=submit]"));
			assertThat(browser.path()).matches("/n/nsmot/projects/\\d+");
			assertThat(browser.text().replace('\u00A0', ' ')).contains("Kelionės projektas", "25 000,00 EUR", "20 000,50 EUR");

			// the participants indicator, counted within the project's events
			browser.type(By.id("indicator-name"), "Dalyviai").type(By.id("indicator-target"), "10");
			new Select(browser.find(By.id("indicator-metric"))).selectByVisibleText("Skirtingi renginių dalyviai");
			browser.click(By.cssSelector("#indicator-form button[type=submit]"));
			assertThat(actual(browser)).isEqualTo("0");

			new Select(browser.find(By.id("eventId"))).selectByVisibleText("2012-03-10 Kelionės mokymai I");
			browser.click(By.cssSelector("form[action$='/events'] button[type=submit]"));
			assertThat(browser.text()).contains("Renginys susietas su projektu.");
			assertThat(actual(browser)).isEqualTo("3");
			new Select(browser.find(By.id("eventId"))).selectByVisibleText("2012-04-14 Kelionės mokymai II");
			browser.click(By.cssSelector("form[action$='/events'] button[type=submit]"));
			assertThat(actual(browser)).isEqualTo("4");
			assertThat(browser.accessibilityProblems()).isEmpty();

			// extended by half a year
			browser.pickDate(By.id("newEndsOn"), LocalDate.of(2012, 12, 31)).type(By.id("reason"), "Pratęsta sutartimi");
			browser.click(By.cssSelector("form[action$='/extensions'] button[type=submit]"));
			assertThat(browser.find(By.id("project-period")).getText()).isEqualTo("2012-01-01 – 2012-12-31");
			assertThat(browser.text()).contains("Pratęsta nuo 2012-06-30 iki 2012-12-31: Pratęsta sutartimi");

			// the funder report and its PDF
			browser.click(By.linkText("Ataskaita finansuotojui"));
			assertThat(browser.text()).contains("Kelionės mokymai I", "Kelionės mokymai II");
			String pdfLink = browser.find(By.linkText("PDF (LT)")).getAttribute("href").replaceAll("^https?://[^/]+", "");
			WebSession same = WebSession.signedIn(port, DemoAccounts.NSMOT_STAFF.email(), DemoAccounts.PASSWORD);
			String pdf = Documents.pdfText(same.download(pdfLink)).replace('\u00A0', ' ');
			assertThat(pdf).contains("Kelionės projektas", "KP-2012-01", "25 000,00 EUR", "20 000,50 EUR",
					"Projektą finansuoja Kelionių fondas.", "Kelionės mokymai I", "Dalyviai");
		}
	}

	private static String actual(Browser browser) {
		return browser.find(By.cssSelector("#indicator-table td.actual")).getText();
	}

	private void training(ApiClient staff, String title, String day, String... attendees) {
		int id = staff.post("/api/v1/networks/nsmot/events", """
				{"type":"TRAINING","title":"%s","startsAt":"%sT10:00:00+03:00","endsAt":"%sT14:00:00+03:00",
				 "format":"LIVE","hours":4,"municipality":"LT-57"}""".formatted(title, day, day)).json("$.id");
		long nsmot = networks.bySlug("nsmot").orElseThrow().id();
		for (String name : attendees) {
			String email = SearchText.normalize(name) + ".kelione@projektai.lt";
			long person = Tenancy.runAs(nsmot, () -> people.byEmail(email)
				.orElseGet(() -> people.create(new PersonData(name, "Keliautoja", email, null, "lt", List.of(), List.of())))
				.id());
			staff.post("/api/v1/networks/nsmot/events/" + id + "/participants",
					"{\"personId\":" + person + ",\"status\":\"ATTENDED\"}");
		}
	}
}
