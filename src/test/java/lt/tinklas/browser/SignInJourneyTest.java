package lt.tinklas.browser;

import static org.assertj.core.api.Assertions.assertThat;

import lt.tinklas.demo.DemoAccounts;
import lt.tinklas.identity.Role;
import lt.tinklas.identity.Users;
import lt.tinklas.networks.Networks;
import lt.tinklas.testing.TestDatabase;
import lt.tinklas.testing.TinklasTest;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.openqa.selenium.By;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.jdbc.core.simple.JdbcClient;

/** A person signs in, switches the language, signs out; wrong passwords make the next try wait. */
@TinklasTest
class SignInJourneyTest {

	@LocalServerPort
	int port;

	@Autowired
	Networks networks;

	@Autowired
	Users users;

	/** The database as its owner sees it, for the test's own setup and checks. */
	JdbcClient jdbc = TestDatabase.ownerJdbc();

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
	void wrongPasswordsMakeTheNextTryWaitAndThePageSaysHowLong() {
		String email = newStaff("spynos");
		browser.open("/login");
		for (int attempt = 1; attempt <= 5; attempt++) {
			signIn(email, "neteisingas-" + attempt);
			assertThat(browser.path()).isEqualTo("/login?error");
			assertThat(browser.text()).contains("Neteisingas el. pašto adresas arba slaptažodis.");
		}
		// the attack went on meanwhile: nine failures counted, and the wait of the last one is over
		jdbc.sql("update sign_in_failure set failures = 9, wait_until = null where subject = ?")
			.param("account:" + email)
			.update();
		signIn(email, "neteisingas-10");
		assertThat(browser.path()).isEqualTo("/login?error");

		// the tenth failure makes the next try wait 64 s, even with the right password
		browser.open("/login");
		signIn(email, "narsykles-slaptazodis");
		assertThat(browser.text()).contains("Per daug bandymų", "Bandykite vėl po").doesNotContain("Mano tinklai");
		assertThat(browser.text()).containsPattern("Bandykite vėl po 6[0-4] s");
		assertThat(browser.accessibilityProblems()).isEmpty();
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
