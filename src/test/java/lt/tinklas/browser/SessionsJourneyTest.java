package lt.tinklas.browser;

import static org.assertj.core.api.Assertions.assertThat;

import lt.tinklas.identity.Role;
import lt.tinklas.identity.Users;
import lt.tinklas.networks.Networks;
import lt.tinklas.testing.TinklasTest;
import lt.tinklas.testing.WebSession;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.openqa.selenium.By;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;

/** A person sees where their account is signed in and ends a session on another device. */
@TinklasTest
class SessionsJourneyTest {

	private static final String PASSWORD = "sesiju-slaptazodis";

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

	@Test
	void aSessionOnAnotherDeviceIsSeenAndEnded() {
		String email = "sesijos-" + System.nanoTime() + "@nsmot.demo";
		var nsmot = networks.bySlug("nsmot").orElseThrow();
		users.addToNetwork(nsmot.id(), nsmot.name(),
				new Users.NewMember(email, "Sesijų Tikrintoja", "lt", Role.STAFF, null, PASSWORD));
		WebSession otherDevice = WebSession.signedIn(port, email, PASSWORD);

		browser.open("/login");
		browser.type(By.id("username"), email)
			.type(By.id("password"), PASSWORD)
			.click(By.cssSelector("form[action='/login'] button[type=submit]"));
		browser.open("/account");
		assertThat(browser.text()).contains("Prisijungusių sesijų: 2.");
		browser.click(By.id("sessions-link"));
		assertThat(browser.path()).isEqualTo("/account/sessions");
		assertThat(browser.text()).contains("Mano sesijos", "Ši sesija", "Chrome, Linux", "Java", "127.0.0.1");
		assertThat(browser.accessibilityProblems()).isEmpty();

		String question = browser.clickAndConfirm(By.cssSelector("form[action$='/end'] button"));
		assertThat(question).isEqualTo("Užbaigti sesiją (Java)? Kitą kartą kreipusis ji bus atjungta.");
		assertThat(browser.text()).contains("Sesija užbaigta.", "Ši sesija", "Daugiau niekur neprisijungta")
			.doesNotContain("Java");
		assertThat(browser.accessibilityProblems()).isEmpty();
		WebSession.Page next = otherDevice.get("/account");
		assertThat(next.status()).isEqualTo(302);
		assertThat(next.location()).contains("/login");
	}
}
