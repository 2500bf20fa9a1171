package lt.tinklas.browser;

import static org.assertj.core.api.Assertions.assertThat;

import lt.tinklas.demo.DemoAccounts;
import lt.tinklas.testing.TinklasTest;
import org.junit.jupiter.api.Test;
import org.openqa.selenium.By;
import org.springframework.boot.test.web.server.LocalServerPort;

/**
 * The demo's home as the staff, the board and the Food Bank's representative see it, in Lithuanian
 * and English: the staff follow a waiting application from it; the board see the applications and
 * the figures, not the failed mails; the representative their organization, not the applications.
 */
@TinklasTest
class HomeJourneyTest {

	@LocalServerPort
	int port;

	@Test
	void eachRoleSeesItsOwnHome() {
		try (Browser browser = new Browser(port)) {
			signIn(browser, DemoAccounts.NSMOT_STAFF.email());
			browser.open("/n/nsmot");
			assertThat(browser.text()).contains("Ką reikia padaryti", "Laukiantys prašymai", "Šios savaitės renginiai",
					"Neišsiųsti laiškai", "Šių metų rodikliai", "Naujausi pakeitimai", "Misija");
			assertThat(browser.accessibilityProblems()).isEmpty();
			browser.click(By.cssSelector("button[value=en]"));
			assertThat(browser.text()).contains("What needs doing", "Applications waiting", "Events this week",
					"Mails that failed", "This year’s figures", "Recent changes", "Mission");
			assertThat(browser.accessibilityProblems()).isEmpty();
			// a waiting application, one click away
			browser.click(By.cssSelector("#card-applications li a"));
			assertThat(browser.path()).startsWith("/n/nsmot/applications/");
			browser.click(By.cssSelector("button[value=lt]"));
			signOut(browser);

			signIn(browser, DemoAccounts.NSMOT_BOARD.email());
			browser.open("/n/nsmot");
			assertThat(browser.text()).contains("Laukiantys prašymai", "Šių metų rodikliai")
				.doesNotContain("Neišsiųsti laiškai", "Šios savaitės renginiai", "Naujausi pakeitimai");
			assertThat(browser.accessibilityProblems()).isEmpty();
			browser.click(By.cssSelector("button[value=en]"));
			assertThat(browser.text()).contains("Applications waiting", "This year’s figures").doesNotContain("Mails that failed");
			assertThat(browser.accessibilityProblems()).isEmpty();
			browser.click(By.cssSelector("button[value=lt]"));
			signOut(browser);

			signIn(browser, DemoAccounts.NSMOT_MEMBER.email());
			browser.open("/n/nsmot");
			assertThat(browser.find(By.id("card-own-organization")).getText()).contains("Narystė");
			assertThat(browser.text()).contains("Jūsų organizacija", "Jūsų organizacijos žmonės",
					"Renginiai, į kuriuos galima registruotis", "Jūsų žmonių pažymėjimai", "Jūsų konsultacijos")
				.doesNotContain("Laukiantys prašymai", "Neišsiųsti laiškai", "Šių metų rodikliai");
			assertThat(browser.accessibilityProblems()).isEmpty();
			browser.click(By.cssSelector("button[value=en]"));
			assertThat(browser.text()).contains("Your organization", "Your consultations")
				.doesNotContain("Applications waiting", "Mails that failed");
			assertThat(browser.accessibilityProblems()).isEmpty();
			browser.click(By.cssSelector("#card-own-organization h3 a"));
			assertThat(browser.path()).startsWith("/n/nsmot/organizations/");
			// the account keeps its language: back to Lithuanian for the journeys after this one
			browser.click(By.cssSelector("button[value=lt]"));
		}
	}

	private static void signIn(Browser browser, String email) {
		browser.open("/login");
		browser.type(By.id("username"), email)
			.type(By.id("password"), DemoAccounts.PASSWORD)
			.click(By.cssSelector("form[action='/login'] button[type=submit]"));
	}

	private static void signOut(Browser browser) {
		browser.click(By.cssSelector("form[action='/logout'] button"));
	}
}
