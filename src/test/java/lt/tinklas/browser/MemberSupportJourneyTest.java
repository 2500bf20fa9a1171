package lt.tinklas.browser;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;

import lt.tinklas.demo.DemoAccounts;
import lt.tinklas.organizations.LegalCode;
import lt.tinklas.testing.ApiClient;
import lt.tinklas.testing.TinklasTest;
import org.junit.jupiter.api.Test;
import org.openqa.selenium.By;
import org.openqa.selenium.support.ui.Select;
import org.springframework.boot.test.web.server.LocalServerPort;

/**
 * Supporting a member and working with a municipality: a consultation on quality and the first
 * NOKAS stage recorded for a member, an agreement signed with Biržai district, coloured on the map
 * and listed in the table beside it.
 */
@TinklasTest
class MemberSupportJourneyTest {

	@LocalServerPort
	int port;

	@Test
	void aConsultationAQualityStageAndASignedAgreementOnTheMap() {
		ApiClient staff = ApiClient.basic(port, DemoAccounts.NSMOT_STAFF.email(), DemoAccounts.PASSWORD);
		String code = LegalCode.complete("30588810").orElseGet(() -> LegalCode.complete("30588820").orElseThrow());
		ApiClient.Response member = staff.post("/api/v1/networks/nsmot/organizations", """
				{"legalCode":"%s","name":"Biržų pagalbos centras","legalForm":"ASSOCIATION","foundedOn":"2015-05-01",
				 "seatMunicipality":"LT-06","memberSince":"2020-01-15"}""".formatted(code));
		assertThat(member.status()).as(member.body()).isEqualTo(201);
		int organization = member.json("$.id");

		try (Browser browser = new Browser(port)) {
			browser.open("/login");
			browser.type(By.id("username"), DemoAccounts.NSMOT_STAFF.email())
				.type(By.id("password"), DemoAccounts.PASSWORD)
				.click(By.cssSelector("form[action='/login'] button[type=submit]"));

			// a consultation on quality
			browser.open("/n/nsmot/consultations/new");
			new Select(browser.find(By.id("organizationId"))).selectByVisibleText("Biržų pagalbos centras");
			new Select(browser.find(By.id("topic"))).selectByVisibleText("Kokybė");
			new Select(browser.find(By.id("consultantId"))).selectByIndex(1);
			browser.pickDate(By.id("heldOn"), LocalDate.of(2026, 3, 12))
				.type(By.id("minutes"), "90")
				.type(By.id("summary"), "Aptarti NOKAS diegimo žingsniai ir vidaus tvarkos.");
			assertThat(browser.accessibilityProblems()).isEmpty();
			browser.click(By.cssSelector("#consultation-form button[type=submit]"));
			assertThat(browser.text()).contains("Biržų pagalbos centras", "Kokybė", "2026-03-12");

			// the first NOKAS stage
			browser.open("/n/nsmot/quality/organizations/" + organization);
			new Select(browser.find(By.id("standardId"))).selectByVisibleText("NOKAS");
			new Select(browser.find(By.id("stage"))).selectByVisibleText("Įvadiniai mokymai");
			browser.pickDate(By.id("on"), LocalDate.of(2026, 3, 20))
				.type(By.id("evidenceLink"), "https://www.nokas.lt/mokymai");
			browser.click(By.cssSelector("#stage-form button[type=submit]"));
			assertThat(browser.find(By.id("current-stages")).getText()).contains("NOKAS", "Įvadiniai mokymai");
			assertThat(browser.accessibilityProblems()).isEmpty();
			browser.open("/n/nsmot/organizations/" + organization);
			assertThat(browser.text()).contains("Kokybės standartai", "NOKAS", "Įvadiniai mokymai · nuo 2026-03-20");

			// an agreement signed with Biržai district
			browser.open("/n/nsmot/municipal-agreements/new");
			new Select(browser.find(By.id("municipality"))).selectByVisibleText("Biržų rajono savivaldybė");
			new Select(browser.find(By.id("status"))).selectByVisibleText("Pasirašyta");
			browser.pickDate(By.id("signedOn"), LocalDate.of(2026, 4, 2))
				.pickDate(By.id("validUntil"), LocalDate.of(2028, 4, 1))
				.type(By.id("signatories"), "Savivaldybės meras; NSMOT direktorė")
				.type(By.id("scope"), "Bendradarbiavimas mažinant skurdą ir socialinę atskirtį");
			browser.click(By.cssSelector("#agreement-form button[type=submit]"));
			assertThat(browser.text()).contains("Biržų rajono savivaldybė", "Pasirašyta");

			browser.open("/n/nsmot/municipal-agreements/map?on=2026-05-01");
			assertThat(browser.find(By.cssSelector("svg path[data-code='LT-06']")).getAttribute("data-status"))
				.isEqualTo("signed");
			assertThat(browser.find(By.cssSelector("svg path[data-code='LT-05']")).getAttribute("data-status"))
				.isNotEqualTo("signed");
			assertThat(browser.find(By.cssSelector("#map-table tr[data-code='LT-06']")).getText())
				.contains("Biržų rajono savivaldybė", "Pasirašyta, galioja");
			assertThat(browser.accessibilityProblems()).isEmpty();
		}
	}
}
