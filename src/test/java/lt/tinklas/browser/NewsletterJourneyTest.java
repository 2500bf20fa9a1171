package lt.tinklas.browser;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;
import java.util.List;

import lt.tinklas.demo.DemoAccounts;
import lt.tinklas.testing.ApiClient;
import lt.tinklas.testing.TestMail;
import lt.tinklas.testing.TinklasTest;
import org.junit.jupiter.api.Test;
import org.openqa.selenium.By;
import org.openqa.selenium.support.ui.Select;
import org.springframework.boot.test.web.server.LocalServerPort;

/**
 * The secretariat's newsletter, in the browser: an audience typed as a list, a draft refused for an
 * unknown merge field and kept as typed, the preview, a test to oneself, the sending, and a reader
 * following the unsubscribe link of the mail they got.
 */
@TinklasTest
class NewsletterJourneyTest {

	@LocalServerPort
	int port;

	@Test
	void writePreviewTestSendAndUnsubscribe() {
		ApiClient staff = ApiClient.basic(port, DemoAccounts.NSMOT_STAFF.email(), DemoAccounts.PASSWORD);
		List<Integer> kinds = staff.get("/api/v1/networks/nsmot/consent-kinds").json("$[?(@.purpose == 'NEWSLETTERS')].id");
		long run = System.nanoTime();
		String rasa = "rasa-" + run + "@skaitytojai.test";
		String tomas = "tomas-" + run + "@skaitytojai.test";
		for (String[] person : new String[][] { { "Rasa", rasa }, { "Tomas", tomas } }) {
			assertThat(staff.post("/api/v1/networks/nsmot/people", """
					{"firstName":"%s","lastName":"Skaitytoja","email":"%s","consents":[{"kind":%d,"givenOn":"%s"}]}"""
				.formatted(person[0], person[1], kinds.get(0), LocalDate.now().minusDays(3))).status()).isEqualTo(201);
		}

		try (Browser browser = new Browser(port)) {
			browser.open("/login");
			browser.type(By.id("username"), DemoAccounts.NSMOT_STAFF.email())
				.type(By.id("password"), DemoAccounts.PASSWORD)
				.click(By.cssSelector("form[action='/login'] button[type=submit]"));

			browser.open("/n/nsmot/newsletters/segments/new");
			browser.type(By.id("name"), "Skaitytojai " + run);
			new Select(browser.find(By.id("type0"))).selectByValue("LIST");
			assertThat(browser.find(By.id("emails0")).isDisplayed()).isTrue();
			assertThat(browser.find(By.id("county0")).isDisplayed()).isFalse();
			browser.type(By.id("emails0"), rasa + "\n" + tomas).click(By.id("save-segment"));
			assertThat(browser.text()).contains("Išsaugota", "Auditorija pasiekia 2 žm.", "Rasa Skaitytoja");
			assertThat(browser.accessibilityProblems()).isEmpty();

			browser.open("/n/nsmot/newsletters/new");
			new Select(browser.find(By.id("segmentId"))).selectByVisibleText("Skaitytojai " + run);
			browser.type(By.id("subject"), "Gruodžio naujienos " + run)
				.type(By.id("body"), "Sveiki, {{vardas}}! Jūsų {{pareigos}}.")
				.click(By.cssSelector("#mailing-form button[type=submit]"));
			assertThat(browser.text()).contains("Nežinomas įterpiamas laukas: pareigos");
			assertThat(browser.find(By.id("subject")).getAttribute("value")).isEqualTo("Gruodžio naujienos " + run);

			browser.type(By.id("body"), "Sveiki, {{vardas}}!\n\n## Mokymai\n\nKviečiame į mokymus.")
				.click(By.cssSelector("#mailing-form button[type=submit]"));
			assertThat(browser.text()).contains("Išsaugota", "Juodraštis");
			assertThat(browser.find(By.id("preview")).getText()).contains("Sveiki, Vardenis!", "Mokymai",
					"Atsisakyti naujienlaiškių");
			assertThat(browser.accessibilityProblems()).isEmpty();

			browser.click(By.id("test-send"));
			assertThat(browser.text()).contains("Bandomasis laiškas išsiųstas");
			assertThat(TestMail.body(TestMail.withSubject(DemoAccounts.NSMOT_STAFF.email(),
					"[Bandomasis] Gruodžio naujienos " + run))).contains("Sveiki,");

			String question = browser.clickAndConfirm(By.id("send"));
			assertThat(question).contains("Išsiųsti naujienlaiškį");
			assertThat(browser.text()).contains("Naujienlaiškis siunčiamas");

			String link = TestMail.linkPath(TestMail.withSubject(rasa, "Gruodžio naujienos " + run),
					"/n/nsmot/public/newsletters/unsubscribe/");
			TestMail.withSubject(tomas, "Gruodžio naujienos " + run);
			browser.deleteCookies();
			browser.open(link);
			assertThat(browser.text()).contains("Atsisakyti naujienlaiškių");
			assertThat(browser.accessibilityProblems()).isEmpty();
			browser.click(By.id("unsubscribe"));
			assertThat(browser.text()).contains("Naujienlaiškių atsisakyta");
		}
		assertThat(staff.get("/api/v1/networks/nsmot/mailings").<List<String>>json("$[?(@.counts.unsubscribed == 1)].subject"))
			.contains("Gruodžio naujienos " + run);
	}
}
