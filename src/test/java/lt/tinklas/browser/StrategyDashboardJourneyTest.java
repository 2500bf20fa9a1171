package lt.tinklas.browser;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;

import lt.tinklas.demo.DemoAccounts;
import lt.tinklas.organizations.LegalCode;
import lt.tinklas.testing.ApiClient;
import lt.tinklas.testing.TinklasTest;
import org.junit.jupiter.api.Test;
import org.openqa.selenium.By;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.support.ui.Select;
import org.springframework.boot.test.web.server.LocalServerPort;

/**
 * The demo's strategy dashboard for 2024: achieved, missed and at-risk indicators in words and
 * colour, the records behind one, and "at least three NGOs join" moving from at risk to achieved
 * when one more member is accepted, nothing else changed.
 */
@TinklasTest
class StrategyDashboardJourneyTest {

	@LocalServerPort
	int port;

	@Test
	void theDashboardSaysWhereTheNetworkStandsAndOneMoreMemberReachesTheTarget() {
		try (Browser browser = new Browser(port)) {
			browser.open("/login");
			browser.type(By.id("username"), DemoAccounts.NSMOT_STAFF.email())
				.type(By.id("password"), DemoAccounts.PASSWORD)
				.click(By.cssSelector("form[action='/login'] button[type=submit]"));

			// 2024 as of its last day
			browser.open("/n/nsmot");
			browser.find(By.id("nav-strategy-and-reports")).click();
			browser.click(By.linkText("Strategija"));
			new Select(browser.find(By.id("year"))).selectByVisibleText("2024");
			browser.pickDate(By.id("on"), LocalDate.of(2024, 12, 31));
			browser.click(By.cssSelector("#dashboard-filters button[type=submit]"));
			assertThat(browser.text()).contains("2024 m. būklė 2024-12-31");
			assertThat(status(browser, "Specialieji mokymai per metus")).isEqualTo("Pasiekta");
			assertThat(status(browser, "Organizacijos, diegiančios NOKAS")).isEqualTo("Nepasiekta");
			assertThat(row(browser, "Organizacijos, diegiančios NOKAS").getText()).contains("≥ 10", "8", "80 %");
			assertThat(browser.accessibilityProblems()).isEmpty();

			// only the missed ones
			new Select(browser.find(By.id("status"))).selectByVisibleText("Nepasiekta");
			browser.click(By.cssSelector("#dashboard-filters button[type=submit]"));
			assertThat(browser.findAll(By.cssSelector("#dashboard tbody tr")))
				.allMatch(r -> r.getAttribute("data-status").equals("MISSED"))
				.isNotEmpty();
			new Select(browser.find(By.id("status"))).selectByVisibleText("Visi");
			browser.click(By.cssSelector("#dashboard-filters button[type=submit]"));

			// the records behind the special trainings
			browser.click(drilldown("Specialieji mokymai per metus"));
			assertThat(browser.find(By.id("metric-value")).getText()).isEqualTo("3");
			assertThat(browser.text()).contains("Įgalinantis socialinis darbas", "Paslaugų poveikio matavimas",
					"Darbas su smurtą patyrusiais asmenimis")
				.doesNotContain("Individualizuotų paslaugų planavimas");
			browser.click(By.linkText("Paslaugų poveikio matavimas"));
			assertThat(browser.path()).startsWith("/n/nsmot/events/");

			// as of the end of October two NGOs had joined of the three hoped for
			browser.open("/n/nsmot/strategy?year=2024&on=2024-10-31");
			assertThat(status(browser, "Naujos narės per metus")).isEqualTo("Kyla rizika");
			assertThat(row(browser, "Naujos narės per metus").getText()).contains("≥ 3", "2", "67 %");
			assertThat(browser.accessibilityProblems()).isEmpty();

			// one more member accepted in 2024
			ApiClient staff = ApiClient.basic(port, DemoAccounts.NSMOT_STAFF.email(), DemoAccounts.PASSWORD);
			String code = LegalCode.complete("30577710").orElseGet(() -> LegalCode.complete("30577720").orElseThrow());
			ApiClient.Response joined = staff.post("/api/v1/networks/nsmot/organizations", """
					{"legalCode":"%s","name":"Rudens bendruomenė","legalForm":"ASSOCIATION","foundedOn":"2019-05-01",
					 "seatMunicipality":"LT-41","memberSince":"2024-09-02"}""".formatted(code));
			assertThat(joined.status()).as(joined.body()).isEqualTo(201);

			browser.open("/n/nsmot/strategy?year=2024&on=2024-10-31");
			assertThat(status(browser, "Naujos narės per metus")).isEqualTo("Pasiekta");
			assertThat(row(browser, "Naujos narės per metus").getText()).contains("≥ 3", "3", "100 %");
			browser.click(drilldown("Naujos narės per metus"));
			assertThat(browser.text()).contains("Rudens bendruomenė");
		}
	}

	private static By rowOf(String indicator) {
		return By.xpath("//table[@id='dashboard']//tr[.//a[normalize-space()='" + indicator + "']]");
	}

	private static WebElement row(Browser browser, String indicator) {
		return browser.find(rowOf(indicator));
	}

	private static By drilldown(String indicator) {
		return By.xpath("//table[@id='dashboard']//tr[.//a[normalize-space()='" + indicator + "']]//a[contains(@class, 'drilldown')]");
	}

	private static String status(Browser browser, String indicator) {
		return row(browser, indicator).findElement(By.cssSelector("td.status")).getText();
	}
}
