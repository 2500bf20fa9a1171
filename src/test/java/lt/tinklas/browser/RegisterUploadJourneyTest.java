package lt.tinklas.browser;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Files;
import java.nio.file.Path;

import lt.tinklas.demo.DemoAccounts;
import lt.tinklas.testing.TinklasTest;
import org.junit.jupiter.api.Test;
import org.openqa.selenium.By;
import org.springframework.boot.test.web.server.LocalServerPort;

/** Staff upload the register's NGO file on the page (with its progress bar) and read the result. */
@TinklasTest
class RegisterUploadJourneyTest {

	@LocalServerPort
	int port;

	@Test
	void uploadTheRegistersFileAndSeeWhatChanged() throws Exception {
		Path file = Files.createTempFile("JAR_NVO_NUO", ".csv");
		StringBuilder rows = new StringBuilder(
				"ja_kodas|ja_pavadinimas|ja_reg_data|form_kodas|form_pavadinimas|nvo_nuo|formavimo_data\n");
		for (int i = 0; i < 20_000; i++) {
			rows.append(String.format("%09d", 600_000_000 + i)).append("|Organizacija|2001-01-01|950|Asociacija|2015-03-04|2026-11-01\n");
		}
		Files.writeString(file, rows);
		try (Browser browser = new Browser(port)) {
			browser.open("/login");
			browser.type(By.id("username"), DemoAccounts.NSMOT_STAFF.email())
				.type(By.id("password"), DemoAccounts.PASSWORD)
				.click(By.cssSelector("form[action='/login'] button[type=submit]"));
			browser.open("/n/nsmot/organizations/register");
			assertThat(browser.accessibilityProblems()).isEmpty();
			browser.find(By.id("current")).sendKeys(file.toAbsolutePath().toString());
			browser.click(By.cssSelector("form[data-upload-progress] button[type=submit]"));
			assertThat(browser.find(By.id("register-result")).getText()).startsWith("Perskaityta eilučių: 20");
			assertThat(browser.text()).contains("Nariai, registre neturintys NVO žymos");
			assertThat(browser.accessibilityProblems()).isEmpty();
		}
		finally {
			Files.deleteIfExists(file);
		}
	}
}
