package lt.tinklas.browser;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Instant;

import lt.tinklas.identity.Role;
import lt.tinklas.identity.Users;
import lt.tinklas.networks.Networks;
import lt.tinklas.testing.TinklasTest;
import lt.tinklas.testing.TotpCodes;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.openqa.selenium.By;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;

/**
 * A person turns on one-time codes (the QR code, the key to type, a code from the app), keeps the
 * recovery codes, and then signs in with the password and a code the app shows: computed here as
 * the app computes it.
 */
@TinklasTest
class TwoFactorJourneyTest {

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

	void signIn(String email) {
		browser.open("/login");
		browser.type(By.id("username"), email).type(By.id("password"), "kodu-slaptazodis")
			.click(By.cssSelector("form[action='/login'] button[type=submit]"));
	}

	@Test
	void oneTimeCodesAreTurnedOnAndAskedAtTheNextSignIn() {
		String email = "kodai-" + System.nanoTime() + "@nsmot.demo";
		var nsmot = networks.bySlug("nsmot").orElseThrow();
		users.addToNetwork(nsmot.id(), nsmot.name(),
				new Users.NewMember(email, "Kodų Naudotoja", "lt", Role.STAFF, null, "kodu-slaptazodis"));
		signIn(email);
		browser.open("/account");
		browser.click(By.id("codes-turn-on"));
		assertThat(browser.path()).isEqualTo("/account/two-factor");
		assertThat(browser.find(By.id("totp-qr")).getAttribute("src")).startsWith("data:image/svg+xml;base64,");
		assertThat(browser.accessibilityProblems()).isEmpty();
		String secret = browser.find(By.id("totp-secret")).getText();

		browser.type(By.id("code"), TotpCodes.at(secret, Instant.now().minusSeconds(300))).pressEnterIn(By.id("code"));
		assertThat(browser.text()).contains("Kodas neteisingas arba per senas.");
		assertThat(browser.accessibilityProblems()).isEmpty();

		browser.type(By.id("code"), TotpCodes.at(secret, Instant.now())).pressEnterIn(By.id("code"));
		assertThat(browser.text()).contains("Vienkartiniai kodai įjungti.", "Atkūrimo kodai");
		assertThat(browser.findAll(By.cssSelector("#recovery-codes li"))).hasSize(10);
		assertThat(browser.accessibilityProblems()).isEmpty();
		browser.click(By.linkText("Kodus išsaugojau"));
		assertThat(browser.text()).contains("Vienkartiniai kodai įjungti. Liko atkūrimo kodų: 10.");

		browser.click(By.cssSelector("form[action='/logout'] button"));
		signIn(email);
		assertThat(browser.path()).isEqualTo("/login/second-factor");
		assertThat(browser.text()).contains("Antrasis prisijungimo žingsnis", "Praradote telefoną?");
		assertThat(browser.accessibilityProblems()).isEmpty();
		browser.type(By.id("code"), TotpCodes.next(secret)).click(By.cssSelector("form[action='/login/second-factor'] button"));
		assertThat(browser.path()).isEqualTo("/");
		assertThat(browser.text()).contains("Mano tinklai", "Atsijungti");
	}
}
