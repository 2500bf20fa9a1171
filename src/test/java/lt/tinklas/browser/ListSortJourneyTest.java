package lt.tinklas.browser;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.ArrayList;
import java.util.Collections;
import java.util.List;

import lt.tinklas.demo.DemoAccounts;
import lt.tinklas.testing.TinklasTest;
import org.junit.jupiter.api.Test;
import org.openqa.selenium.By;
import org.springframework.boot.test.web.server.LocalServerPort;

/**
 * A list the page shows whole (the positions) sorted by its column headers from the keyboard's
 * buttons: by the day sent, again to reverse, the header's aria-sort saying which;
 * the header stays at the top while the rows scroll.
 */
@TinklasTest
class ListSortJourneyTest {

	@LocalServerPort
	int port;

	@Test
	void thePositionsAreSortedByTheDaySentAndBackWithTheHeaderSaying() {
		try (Browser browser = new Browser(port)) {
			browser.open("/login");
			browser.type(By.id("username"), DemoAccounts.NSMOT_STAFF.email())
				.type(By.id("password"), DemoAccounts.PASSWORD)
				.click(By.cssSelector("form[action='/login'] button[type=submit]"));
			browser.open("/n/nsmot/positions");
			By sentOn = By.cssSelector("#positions thead th:nth-child(2)");
			assertThat(browser.find(sentOn).getAttribute("aria-sort")).isNull();
			assertThat(browser.find(sentOn).getCssValue("position")).isEqualTo("sticky");

			browser.toggle(By.cssSelector("#positions thead th:nth-child(2) button.sort-button"));
			assertThat(browser.find(sentOn).getAttribute("aria-sort")).isEqualTo("ascending");
			List<String> days = browser.column(By.id("positions"), 1);
			List<String> sorted = new ArrayList<>(days);
			Collections.sort(sorted);
			assertThat(days).hasSizeGreaterThan(1).isEqualTo(sorted);
			assertThat(browser.accessibilityProblems()).isEmpty();

			browser.toggle(By.cssSelector("#positions thead th:nth-child(2) button.sort-button"));
			assertThat(browser.find(sentOn).getAttribute("aria-sort")).isEqualTo("descending");
			Collections.reverse(sorted);
			assertThat(browser.column(By.id("positions"), 1)).isEqualTo(sorted);
		}
	}
}
