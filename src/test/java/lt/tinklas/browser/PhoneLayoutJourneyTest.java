package lt.tinklas.browser;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.ArrayList;
import java.util.List;

import lt.tinklas.demo.DemoAccounts;
import lt.tinklas.testing.TinklasTest;
import org.junit.jupiter.api.Test;
import org.openqa.selenium.By;
import org.springframework.boot.test.web.server.LocalServerPort;

/**
 * On a 390 px phone no page of the back office scrolls sideways (wide tables scroll in their own
 * box), and the navigation waits behind its button until it is asked for.
 */
@TinklasTest
class PhoneLayoutJourneyTest {

	@LocalServerPort
	int port;

	@Test
	void noPageScrollsSidewaysOnAPhoneAndTheMenuOpensFromItsButton() {
		try (Browser browser = new Browser(port)) {
			browser.resize(390, 844);
			assertThat(browser.windowWidth()).isEqualTo(390);
			browser.open("/login");
			browser.type(By.id("username"), DemoAccounts.NSMOT_STAFF.email())
				.type(By.id("password"), DemoAccounts.PASSWORD)
				.click(By.cssSelector("form[action='/login'] button[type=submit]"));

			List<String> pages = new ArrayList<>(List.of("/n/nsmot", "/n/nsmot/organizations", "/n/nsmot/people",
					"/n/nsmot/events?from=2025-01-01&to=2025-12-31", "/n/nsmot/positions", "/n/nsmot/strategy",
					"/n/nsmot/reports/annual/2025", "/n/nsmot/projects", "/n/nsmot/settings",
					"/n/nsmot/search?q=maisto"));
			browser.open("/n/nsmot/search?q=maisto+bankas");
			pages.add(browser.find(By.linkText("Asociacija „Maisto bankas“")).getAttribute("pathname"));
			browser.open("/n/nsmot/events?from=2025-01-01&to=2025-12-31");
			// a training of 2025, the longest kind of page
			pages.add(browser.findAll(By.cssSelector("main a[href^='/n/nsmot/events/']"))
				.stream()
				.map(link -> link.getAttribute("pathname"))
				.filter(path -> path.matches("/n/nsmot/events/\\d+"))
				.findFirst()
				.orElseThrow());
			// the other sections of the menu and a record of each kind the search finds
			pages.addAll(List.of("/n/nsmot/applications", "/n/nsmot/consultations", "/n/nsmot/events/stats?year=2025",
					"/n/nsmot/working-groups", "/n/nsmot/decision-maker-meetings", "/n/nsmot/council-seats",
					"/n/nsmot/municipal-agreements", "/n/nsmot/awards", "/n/nsmot/volunteering", "/n/nsmot/site",
					"/n/nsmot/history", "/account"));
			browser.open("/n/nsmot/search?q=ieva.zukauskaite");
			pages.add(browser.find(By.cssSelector(".search-group a[href^='/n/nsmot/people/']")).getAttribute("pathname"));
			browser.open("/n/nsmot/search?q=NSMOT/26/01/22/01");
			pages.add(browser.find(By.cssSelector(".search-group a[href^='/n/nsmot/positions/']")).getAttribute("pathname"));
			browser.open("/n/nsmot/projects");
			pages.add(browser.findAll(By.cssSelector("main a[href^='/n/nsmot/projects/']"))
				.stream()
				.map(link -> link.getAttribute("pathname"))
				.filter(path -> path.matches("/n/nsmot/projects/\\d+"))
				.findFirst()
				.orElseThrow());
			List<String> problems = new ArrayList<>();
			for (String page : pages) {
				browser.open(page);
				try {
					browser.assertNoSideways();
				}
				catch (AssertionError e) {
					problems.add(e.getMessage());
				}
				problems.addAll(browser.accessibilityProblems());
			}
			assertThat(problems).isEmpty();

			// the menu is behind its button; the button opens it and a menu of it
			browser.open("/n/nsmot");
			assertThat(browser.find(By.id("back-office-sections")).isDisplayed()).isFalse();
			assertThat(browser.find(By.id("nav-search-q")).isDisplayed()).isTrue();
			browser.find(By.id("nav-toggler")).click();
			browser.visible(By.id("nav-members")).click();
			browser.visible(By.linkText("Asmenys"));
			browser.assertNoSideways();
			assertThat(browser.accessibilityProblems()).isEmpty();
			browser.click(By.linkText("Asmenys"));
			assertThat(browser.path()).isEqualTo("/n/nsmot/people");
		}
	}
}
