package lt.tinklas.browser;

import static org.assertj.core.api.Assertions.assertThat;

import lt.tinklas.demo.DemoAccounts;
import lt.tinklas.testing.ApiClient;
import lt.tinklas.testing.TestMail;
import lt.tinklas.testing.TinklasTest;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.openqa.selenium.By;
import org.openqa.selenium.support.ui.Select;
import org.springframework.boot.test.web.server.LocalServerPort;

/**
 * An organization applies on the public page and sees why it does not meet the conditions; the
 * board accepts it anyway; it shows in the public directory and among today's members, and the
 * contact person gets the decision by mail.
 */
@TinklasTest
class MembershipApplicationJourneyTest {

	@LocalServerPort
	int port;

	Browser browser;

	@BeforeEach
	void openBrowser() {
		browser = new Browser(port);
	}

	@AfterEach
	void closeBrowser() {
		browser.close();
	}

	@Test
	void applySeeTheReasonsAcceptAsTheBoardAndAppearAmongTheMembers() throws Exception {
		browser.open("/n/nsmot/public/apply");
		assertThat(browser.text()).contains("Prašymas tapti tinklo nariu");
		assertThat(browser.accessibilityProblems()).isEmpty();

		browser.type(By.id("legalCode"), "123").pressEnterIn(By.id("legalCode"));
		assertThat(browser.text()).contains("Juridinio asmens kodą sudaro 9 skaitmenys.", "Šis laukas privalomas.");
		assertThat(browser.accessibilityProblems()).isEmpty();

		browser.type(By.id("legalCode"), "188726051")
			.type(By.id("name"), "Asociacija „Žiemgalos vaikai“")
			.type(By.id("contactName"), "Jūratė Kairienė")
			.type(By.id("contactEmail"), "jurate@ziemgalos-vaikai.lt")
			.type(By.id("statement"), "Dirbame su vaikais Joniškio krašte.");
		new Select(browser.find(By.id("seatMunicipality"))).selectByVisibleText("Joniškio rajono savivaldybė");
		browser.pressEnterIn(By.id("contactEmail"));
		assertThat(browser.text()).contains("Prašymas gautas",
				"Prašymo dieną organizacija neturi NVO žymos.", "Nenurodyta įsteigimo data.");
		assertThat(browser.accessibilityProblems()).isEmpty();

		browser.open("/login");
		browser.type(By.id("username"), DemoAccounts.NSMOT_BOARD.email())
			.type(By.id("password"), DemoAccounts.PASSWORD)
			.click(By.cssSelector("form[action='/login'] button[type=submit]"));
		browser.open("/n/nsmot/applications");
		browser.click(By.linkText("Asociacija „Žiemgalos vaikai“"));
		assertThat(browser.text()).contains("Laukia sprendimo", "Prašymo dieną organizacija neturi NVO žymos.");
		assertThat(browser.accessibilityProblems()).isEmpty();
		new Select(browser.find(By.id("decidedBy"))).selectByVisibleText("Valdyba");
		browser.type(By.id("reference"), "Valdybos posėdžio protokolas Nr. 7")
			.click(By.cssSelector("form[action$='/decision'] button[type=submit]"));
		assertThat(browser.text()).contains("Sprendimas įrašytas", "Priimta");

		browser.open("/n/nsmot/public/members?q=ziemgalos");
		assertThat(browser.text()).contains("Asociacija „Žiemgalos vaikai“", "Narių: 1");
		assertThat(browser.accessibilityProblems()).isEmpty();

		ApiClient staff = ApiClient.basic(port, DemoAccounts.NSMOT_STAFF.email(), DemoAccounts.PASSWORD);
		assertThat(staff.get("/api/v1/networks/nsmot/organizations?q=188726051&status=MEMBER").<Integer>json("$.total"))
			.isEqualTo(1);
		assertThat(TestMail.latestTo("jurate@ziemgalos-vaikai.lt").getSubject())
			.isEqualTo("Sveikiname tapus tinklo „Nacionalinis skurdo mažinimo organizacijų tinklas“ nariu");
	}
}
