package lt.tinklas.browser;

import static org.assertj.core.api.Assertions.assertThat;

import lt.tinklas.identity.Role;
import lt.tinklas.identity.Users;
import lt.tinklas.networks.Networks;
import lt.tinklas.testing.TinklasTest;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.openqa.selenium.By;
import org.openqa.selenium.virtualauthenticator.VirtualAuthenticator;
import org.openqa.selenium.virtualauthenticator.VirtualAuthenticatorOptions;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;

/**
 * A person adds a passkey on their account page (Chromium's virtual authenticator: CTAP2, a passkey
 * kept on the device, the user checked), signs out, signs in with it alone, and removes it; a
 * removed passkey no longer signs in.
 */
@TinklasTest
class PasskeyJourneyTest {

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
	void aPasskeyIsAddedUsedToSignInWithoutAPasswordAndRemoved() {
		String email = "raktas-" + System.nanoTime() + "@nsmot.demo";
		var nsmot = networks.bySlug("nsmot").orElseThrow();
		users.addToNetwork(nsmot.id(), nsmot.name(),
				new Users.NewMember(email, "Rakto Turėtoja", "lt", Role.STAFF, null, "rakto-slaptazodis"));
		VirtualAuthenticator device = browser.virtualAuthenticator(new VirtualAuthenticatorOptions()
			.setProtocol(VirtualAuthenticatorOptions.Protocol.CTAP2)
			.setTransport(VirtualAuthenticatorOptions.Transport.INTERNAL)
			.setHasResidentKey(true)
			.setHasUserVerification(true)
			.setIsUserVerified(true));

		browser.open("/login");
		browser.type(By.id("username"), email).type(By.id("password"), "rakto-slaptazodis")
			.click(By.cssSelector("form[action='/login'] button[type=submit]"));
		browser.open("/account");
		assertThat(browser.text()).contains("Prieigos raktai", "Prieigos raktų neturite.");
		assertThat(browser.accessibilityProblems()).isEmpty();

		// no name: the page says so and asks nothing of the device
		browser.toggle(By.id("passkey-add"));
		assertThat(browser.visible(By.id("passkey-error")).getText()).isEqualTo("Įveskite prieigos rakto pavadinimą.");
		assertThat(device.getCredentials()).isEmpty();

		browser.type(By.id("passkey-label"), "Darbo kompiuteris");
		browser.toggle(By.id("passkey-add"));
		browser.awaitPath(path -> path.equals("/account?passkeyAdded"));
		assertThat(browser.text()).contains("Prieigos raktas pridėtas.", "Darbo kompiuteris");
		assertThat(device.getCredentials()).hasSize(1);
		assertThat(browser.accessibilityProblems()).isEmpty();

		browser.click(By.cssSelector("form[action='/logout'] button"));
		browser.open("/login");
		assertThat(browser.text()).contains("Prisijungti su prieigos raktu");
		browser.toggle(By.id("passkey-signin-button"));
		browser.awaitPath(path -> path.equals("/"));
		assertThat(browser.text()).contains("Mano tinklai", "Atsijungti");
		browser.open("/account");
		assertThat(browser.text()).contains("Rakto Turėtoja", "Darbo kompiuteris");

		String question = browser.clickAndConfirm(By.cssSelector("#passkeys form button"));
		assertThat(question).contains("Pašalinti prieigos raktą Darbo kompiuteris?");
		assertThat(browser.text()).contains("Prieigos raktas pašalintas.", "Prieigos raktų neturite.");

		// the device still holds it, but Tinklas no longer knows it
		browser.click(By.cssSelector("form[action='/logout'] button"));
		browser.open("/login");
		browser.toggle(By.id("passkey-signin-button"));
		browser.awaitPath(path -> path.equals("/login?passkeyError"));
		assertThat(browser.text()).contains("Prieigos raktas nepriimtas.");
		assertThat(browser.accessibilityProblems()).isEmpty();
	}
}
