package lt.tinklas.browser;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;

import lt.tinklas.demo.DemoAccounts;
import lt.tinklas.testing.TinklasTest;
import org.junit.jupiter.api.Test;
import org.openqa.selenium.By;
import org.openqa.selenium.Keys;
import org.openqa.selenium.WebElement;
import org.springframework.boot.test.web.server.LocalServerPort;

/**
 * A secretary searches from the header without typing Lithuanian letters, sees the results grouped
 * by kind and opens one; the navigation's menus open and are followed from the keyboard alone.
 */
@TinklasTest
class SearchJourneyTest {

	@LocalServerPort
	int port;

	void signIn(Browser browser) {
		browser.open("/login");
		browser.type(By.id("username"), DemoAccounts.NSMOT_STAFF.email())
			.type(By.id("password"), DemoAccounts.PASSWORD)
			.click(By.cssSelector("form[action='/login'] button[type=submit]"));
	}

	@Test
	void theHeadersSearchIgnoresDiacriticsGroupsByKindAndOpensARecord() {
		try (Browser browser = new Browser(port)) {
			signIn(browser);
			browser.open("/n/nsmot");
			browser.type(By.id("nav-search-q"), "maisto bankas").pressEnterIn(By.id("nav-search-q"));
			assertThat(browser.path()).startsWith("/n/nsmot/search?q=maisto");
			assertThat(browser.find(By.id("search-summary")).getText()).startsWith("Pagal „maisto bankas“ rasta:");
			assertThat(headings(browser)).startsWith("Organizacijos");
			assertThat(browser.accessibilityProblems()).isEmpty();
			browser.click(By.linkText("Asociacija „Maisto bankas“"));
			assertThat(browser.path()).matches("/n/nsmot/organizations/\\d+");

			browser.type(By.id("nav-search-q"), "Maisto").pressEnterIn(By.id("nav-search-q"));
			assertThat(browser.findAll(By.cssSelector(".search-group a")).stream().map(WebElement::getText))
				.contains("Asociacija „Maisto bankas“");

			// "silute" finds the letter sent to the Šilutė district NGO council, with its register number
			browser.type(By.id("nav-search-q"), "silute").pressEnterIn(By.id("nav-search-q"));
			assertThat(headings(browser)).contains("Pozicijos ir raštai");
			assertThat(browser.text()).contains("NSMOT/26/01/22/01");
			browser.click(By.linkText("Kvietimas socialinėje srityje veikiančioms NVO"));
			assertThat(browser.path()).matches("/n/nsmot/positions/\\d+");

			// too little typed is said so
			browser.type(By.id("nav-search-q"), "s").pressEnterIn(By.id("nav-search-q"));
			assertThat(browser.find(By.id("search-problem")).getText()).isEqualTo("Paieškai įveskite bent 2 raides.");
			assertThat(browser.accessibilityProblems()).isEmpty();
		}
	}

	@Test
	void theNavigationsMenusOpenWithEnterAndSpaceAndAreFollowedByKeyboard() {
		try (Browser browser = new Browser(port)) {
			signIn(browser);
			browser.open("/n/nsmot");
			assertThat(browser.find(By.linkText("Pradžia")).getAttribute("aria-current")).isEqualTo("page");
			assertThat(browser.find(By.cssSelector("#nav-members + .dropdown-menu")).isDisplayed()).isFalse();

			browser.press(By.id("nav-events"), Keys.SPACE);
			assertThat(browser.visible(By.cssSelector("#nav-events + .dropdown-menu")).getText()).contains("Renginiai",
					"Renginių statistika");
			assertThat(browser.find(By.id("nav-events")).getAttribute("aria-expanded")).isEqualTo("true");
			browser.press(By.id("nav-events"), Keys.ESCAPE);
			assertThat(browser.find(By.id("nav-events")).getAttribute("aria-expanded")).isEqualTo("false");

			browser.press(By.id("nav-members"), Keys.ENTER);
			browser.visible(By.cssSelector("#nav-members + .dropdown-menu"));
			browser.focused().sendKeys(Keys.ARROW_DOWN);
			assertThat(browser.focused().getText()).isEqualTo("Organizacijos");
			assertThat(browser.accessibilityProblems()).isEmpty();
			browser.pressEnterIn(By.cssSelector("#nav-members + .dropdown-menu a"));
			assertThat(browser.path()).isEqualTo("/n/nsmot/organizations");
			assertThat(browser.find(By.id("nav-members")).getAttribute("aria-current")).isEqualTo("true");
			assertThat(browser.find(By.cssSelector("#nav-members + .dropdown-menu a.active")).getAttribute("aria-current"))
				.isEqualTo("page");
		}
	}

	static List<String> headings(Browser browser) {
		return browser.findAll(By.cssSelector(".search-group h2")).stream().map(WebElement::getText).toList();
	}
}
