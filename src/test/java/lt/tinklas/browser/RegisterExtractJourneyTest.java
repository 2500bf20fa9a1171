package lt.tinklas.browser;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Files;
import java.nio.file.Path;

import lt.tinklas.testing.FreshNetwork;
import lt.tinklas.testing.TinklasTest;
import org.junit.jupiter.api.Test;
import org.openqa.selenium.By;
import org.springframework.boot.test.web.server.LocalServerPort;

/**
 * Staff load the state register's extract on its page (with the progress bar): the files put in
 * each other's field are named beside each field, then the right ones load and the page says what
 * was loaded; each state of the page is accessible.
 */
@TinklasTest
class RegisterExtractJourneyTest {

	@LocalServerPort
	int port;

	@Test
	void swappedFilesAreNamedThenTheRightOnesLoad() throws Exception {
		Path ngos = Files.createTempFile("JAR_NVO_NUO", ".csv");
		Path registered = Files.createTempFile("JAR_IREGISTRUOTI", ".csv");
		StringBuilder ngoRows = new StringBuilder(
				"ja_kodas|ja_pavadinimas|ja_reg_data|form_kodas|form_pavadinimas|nvo_nuo|formavimo_data\n");
		StringBuilder registeredRows = new StringBuilder(
				"ja_kodas|ja_pavadinimas|adresas|ja_reg_data|form_kodas|form_pavadinimas|stat_kodas|stat_pavadinimas|stat_data_nuo|formavimo_data\n");
		for (int i = 0; i < 3_000; i++) {
			String code = String.format("%09d", 700_000_000 + i);
			if (i % 3 == 0) {
				ngoRows.append(code).append("|Bendruomenė ").append(i).append("|2001-01-01|950|Asociacija|2015-03-04|2026-11-01\n");
			}
			registeredRows.append(code).append("|Bendruomenė ").append(i).append('|')
				.append(i % 2 == 0 ? "Utenos r. sav. Utenos m. Aušros g. 1" : "Gatvė 2, Kaimas")
				.append("|2001-01-01|950|Asociacija|0|Teisinis statusas neįregistruotas|2001-01-01|2026-11-01\n");
		}
		Files.writeString(ngos, ngoRows);
		Files.writeString(registered, registeredRows);
		// a network of its own: the demo's NSMOT keeps its extract for the tests that read it
		FreshNetwork network = FreshNetwork.create(port, "registras-" + System.nanoTime() % 1_000_000, "Registro tinklas");
		try (Browser browser = new Browser(port)) {
			browser.open("/login");
			browser.type(By.id("username"), network.adminEmail())
				.type(By.id("password"), FreshNetwork.PASSWORD)
				.click(By.cssSelector("form[action='/login'] button[type=submit]"));
			browser.open(network.pages() + "/growth/register");
			assertThat(browser.accessibilityProblems()).isEmpty();

			browser.find(By.id("ngoFile")).sendKeys(registered.toAbsolutePath().toString());
			browser.find(By.id("registeredFile")).sendKeys(ngos.toAbsolutePath().toString());
			browser.click(By.cssSelector("form[data-upload-progress] button[type=submit]"));
			assertThat(browser.find(By.id("ngoFile-error")).getText())
				.contains("Tai registro failas JAR_IREGISTRUOTI.csv, o čia reikia failo JAR_NVO_NUO.csv.");
			assertThat(browser.find(By.id("registeredFile-error")).getText())
				.contains("Tai registro failas JAR_NVO_NUO.csv, o čia reikia failo JAR_IREGISTRUOTI.csv.");
			assertThat(browser.accessibilityProblems()).isEmpty();

			browser.find(By.id("ngoFile")).sendKeys(ngos.toAbsolutePath().toString());
			browser.find(By.id("registeredFile")).sendKeys(registered.toAbsolutePath().toString());
			browser.click(By.cssSelector("form[data-upload-progress] button[type=submit]"));
			assertThat(browser.find(By.id("register-result")).getText()).contains("Įkelti registro 2026-11-01 duomenys.",
					"NVO išraše: 1000.", "Be savivaldybės (adrese jos nėra): 500.");
			assertThat(browser.find(By.id("register-extract")).getText()).startsWith("Įkelti registro 2026-11-01 duomenys: 1000 NVO");
			assertThat(browser.accessibilityProblems()).isEmpty();
		}
		finally {
			Files.deleteIfExists(ngos);
			Files.deleteIfExists(registered);
		}
	}
}
