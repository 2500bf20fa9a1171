package lt.tinklas.browser;

import static org.assertj.core.api.Assertions.assertThat;

import lt.tinklas.demo.DemoAccounts;
import lt.tinklas.identity.Role;
import lt.tinklas.identity.Users;
import lt.tinklas.networks.Networks;
import lt.tinklas.testing.TinklasTest;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.openqa.selenium.By;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;

/** A person signs in, switches the language, signs out; a wrong password five times locks them out. */
@TinklasTest
class SignInJourneyTest {

	@LocalServerPort
	int port;

	@Autowired
	Networks networks;

	@Autowired
	Users users;

	Browser browser;

	@BeforeEach
	void openBrowser() {
		browser = new Browser(port);
	}

	@AfterEach
	void closeBrowser() {
		browser.close();
	}

	void signIn(String email, String password) {
		browser.type(By.id("username"), email).type(By.id("password"), password).click(By.cssSelector("form[action='/login'] button[type=submit]"));
	}

	@Test
	void signInSwitchLanguageAndSignOut() {
		String email = newStaff("kalbos");
		browser.open("/login");
		assertThat(browser.text()).contains("Prisijungimas", "Pamiršote slaptažodį?");
		assertThat(browser.accessibilityProblems()).isEmpty();

		signIn(email, "narsykles-slaptazodis");
		assertThat(browser.text()).contains("Mano tinklai", "Nacionalinis skurdo mažinimo organizacijų tinklas");
		assertThat(browser.accessibilityProblems()).isEmpty();

		browser.click(By.linkText("Nacionalinis skurdo mažinimo organizacijų tinklas"));
		assertThat(browser.path()).isEqualTo("/n/nsmot");
		assertThat(browser.text()).contains("Misija", "Mažinti skurdą ir socialinę atskirtį", "Atsijungti");
		assertThat(browser.accessibilityProblems()).isEmpty();

		browser.click(By.cssSelector("button[value=en]"));
		assertThat(browser.path()).isEqualTo("/n/nsmot");
		assertThat(browser.text()).contains("Mission", "Vision", "Sign out", "Settings").doesNotContain("Atsijungti");
		assertThat(browser.accessibilityProblems()).isEmpty();

		browser.open("/n/nsmot/settings");
		assertThat(browser.text()).contains("Network settings", "Change history");
		assertThat(browser.accessibilityProblems()).isEmpty();

		browser.click(By.cssSelector("form[action='/logout'] button"));
		assertThat(browser.path()).isEqualTo("/login?logout");
		assertThat(browser.text()).contains("You have signed out.");

		// the choice follows the person, not the browser
		browser.deleteCookies();
		browser.open("/login");
		assertThat(browser.text()).contains("Prisijungimas");
		signIn(email, "narsykles-slaptazodis");
		assertThat(browser.text()).contains("My networks", "Sign out");
	}

	@Test
	void fiveWrongPasswordsLockTheAccountAndThePageSaysSo() {
		String email = newStaff("spynos");
		browser.open("/login");
		for (int attempt = 1; attempt <= 4; attempt++) {
			signIn(email, "neteisingas-" + attempt);
			assertThat(browser.text()).contains("Neteisingas el. pašto adresas arba slaptažodis.");
		}
		signIn(email, "neteisingas-5");
		assertThat(browser.text()).contains("Po 5 nesėkmingų bandymų iš eilės paskyra užrakinta 15 minučių.");
		assertThat(browser.accessibilityProblems()).isEmpty();

		signIn(email, "narsykles-slaptazodis");
		assertThat(browser.path()).isEqualTo("/login?locked");
		assertThat(browser.text()).contains("paskyra užrakinta 15 minučių");
	}

	@Test
	void theNetworkAdminsPagesPassTheAccessibilityCheck() {
		browser.open("/login");
		signIn(DemoAccounts.NSMOT_ADMIN.email(), DemoAccounts.PASSWORD);
		for (String page : new String[] { "/n/nsmot/users", "/n/nsmot/history", "/account", "/password-reset",
				"/n/nsmot/organizations", "/n/nsmot/organizations/1", "/n/nsmot/organizations/import", "/n/nsmot/people",
				"/n/nsmot/people/new", "/n/nsmot/events", "/n/nsmot/events/1", "/n/nsmot/events/new",
				"/n/nsmot/events/calendar?month=2025-01", "/n/nsmot/events/stats?year=2025", "/n/nsmot/applications",
				"/n/nsmot/applications/1", "/n/nsmot/public/members", "/n/nsmot/organizations/1?tab=edit",
				"/n/nsmot/organizations/1?tab=history", "/n/nsmot/events/1?tab=feedback", "/n/nsmot/events/1?tab=materials",
				"/n/nsmot/events/1?tab=invitations", "/n/nsmot/events/1?tab=edit", "/n/nsmot/events/1?tab=history" }) {
			browser.open(page);
			assertThat(browser.accessibilityProblems()).as(page).isEmpty();
		}
		browser.open("/n/nsmot/users");
		browser.click(By.linkText(DemoAccounts.NSMOT_BOARD.name()));
		assertThat(browser.text()).contains("Pakeitimų istorija", "Valdybos narys");
		assertThat(browser.accessibilityProblems()).isEmpty();
	}

	private String newStaff(String prefix) {
		String email = prefix + "-" + System.nanoTime() + "@nsmot.demo";
		var nsmot = networks.bySlug("nsmot").orElseThrow();
		users.addToNetwork(nsmot.id(), nsmot.name(),
				new Users.NewMember(email, "Naršyklės Testuotoja", "lt", Role.STAFF, null, "narsykles-slaptazodis"));
		return email;
	}
}
