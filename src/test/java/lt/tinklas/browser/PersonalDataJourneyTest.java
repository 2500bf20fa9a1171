package lt.tinklas.browser;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.zip.ZipEntry;
import java.util.zip.ZipInputStream;

import lt.tinklas.testing.ApiClient;
import lt.tinklas.testing.FreshNetwork;
import lt.tinklas.testing.TestMail;
import lt.tinklas.testing.TinklasTest;
import org.junit.jupiter.api.Test;
import org.openqa.selenium.By;
import org.springframework.boot.test.web.server.LocalServerPort;

/**
 * A person asks the network's public site for their data, gets the link by mail and downloads it
 * once; then the network's admin erases them after the question that says what goes and what
 * stays. In Lithuanian, then in English, with axe-core on every page.
 */
@TinklasTest
class PersonalDataJourneyTest {

	@LocalServerPort
	int port;

	@Test
	void askForYourDataByMailAndDownloadItOnceInLithuanian() throws IOException {
		FreshNetwork network = FreshNetwork.create(port, "mano-duomenys", "Duomenų tinklas");
		network.person("Rasa", "Duomenytė", "rasa.duomenyte@mano-duomenys.lt");
		try (Browser browser = new Browser(port)) {
			browser.open("/n/mano-duomenys/public/my-data");
			assertThat(browser.text()).contains("Mano duomenys", "Įrašykite el. pašto adresą");
			assertThat(browser.accessibilityProblems()).isEmpty();
			browser.type(By.id("email"), "ne adresas").pressEnterIn(By.id("email"));
			assertThat(browser.text()).contains("Įrašykite el. pašto adresą, pvz., vardas@pavyzdys.lt.");
			assertThat(browser.accessibilityProblems()).isEmpty();

			browser.type(By.id("email"), "nezinomas@mano-duomenys.lt").pressEnterIn(By.id("email"));
			assertThat(browser.find(By.id("link-sent")).getText()).contains("Jei turime duomenų apie šį adresą");
			assertThat(TestMail.countTo("nezinomas@mano-duomenys.lt")).isZero();

			browser.open("/n/mano-duomenys/public/my-data");
			browser.type(By.id("email"), "Rasa.Duomenyte@mano-duomenys.lt").pressEnterIn(By.id("email"));
			assertThat(browser.find(By.id("link-sent")).getText()).contains("Jei turime duomenų apie šį adresą");
			String link = TestMail.linkPath(TestMail.latestTo("rasa.duomenyte@mano-duomenys.lt"),
					"/n/mano-duomenys/public/my-data/");

			browser.open(link);
			assertThat(browser.text()).contains("Atsisiųsti mano duomenis");
			assertThat(browser.accessibilityProblems()).isEmpty();
			Map<String, String> files = unzip(browser.clickToDownload(By.cssSelector("form button[type=submit]"), ".zip"));
			assertThat(files.keySet()).anySatisfy(name -> assertThat(name).endsWith(".json"))
				.anySatisfy(name -> assertThat(name).endsWith(".pdf"));
			assertThat(files.values()).anySatisfy(text -> assertThat(text).contains("\"firstName\" : \"Rasa\"",
					"Asmens duomenys", "rasa.duomenyte@mano-duomenys.lt"));

			browser.open(link);
			assertThat(browser.find(By.id("link-problem")).getText()).contains("Ši nuoroda jau panaudota.",
					"Paprašyti naujos nuorodos");
			browser.open(link.substring(0, link.length() - 3) + "xyz");
			assertThat(browser.find(By.id("link-problem")).getText()).contains("Ši nuoroda netinkama.");
			assertThat(browser.accessibilityProblems()).isEmpty();

			browser.open("/login");
			browser.type(By.id("username"), network.adminEmail())
				.type(By.id("password"), FreshNetwork.PASSWORD)
				.click(By.cssSelector("form[action='/login'] button[type=submit]"));
			browser.open("/n/mano-duomenys/people?q=duomenyte");
			browser.click(By.linkText("Duomenytė, Rasa"));
			browser.click(By.linkText("Ištrinti asmenį"));
			assertThat(browser.text()).contains("Ar tikrai ištrinti asmenį Rasa Duomenytė? Tai negrįžtama.",
					"Vardas, pavardė, el. paštas, telefonas: 1", "Išsiųsti laiškai: 1");
			assertThat(browser.accessibilityProblems()).isEmpty();
			browser.type(By.id("reference"), "2026-12-06 prašymas el. paštu");
			assertThat(browser.clickAndConfirm(By.cssSelector("form button.btn-danger")))
				.isEqualTo("Ištrinti šį asmenį negrįžtamai?");
			assertThat(browser.text()).contains("Ištrintas asmuo", "Asmuo ištrintas").doesNotContain("Duomenytė");
			assertThat(browser.accessibilityProblems()).isEmpty();
		}
		assertThat(network.admin().get(network.api() + "/people?q=duomenyte").<List<Object>>json("$")).isEmpty();
	}

	@Test
	void askForYourDataAndEraseAPersonInEnglish() throws IOException {
		FreshNetwork network = FreshNetwork.create(port, "my-data", "Data network");
		ApiClient admin = network.admin();
		long person = network.person("Tom", "Erasable", "tom.erasable@my-data.lt");
		assertThat(admin.put(network.api() + "/people/" + person, """
				{"firstName":"Tom","lastName":"Erasable","email":"tom.erasable@my-data.lt","language":"en","version":0}""")
			.status()).isEqualTo(200);
		try (Browser browser = new Browser(port)) {
			browser.open("/n/my-data/public/my-data");
			browser.click(By.cssSelector("a[hreflang='en']"));
			assertThat(browser.text()).contains("My data", "Enter the e-mail address the network knows you by.");
			browser.type(By.id("email"), "tom.erasable@my-data.lt").pressEnterIn(By.id("email"));
			assertThat(browser.find(By.id("link-sent")).getText()).contains("If we hold data about this address");
			String mail = TestMail.body(TestMail.latestTo("tom.erasable@my-data.lt"));
			assertThat(mail).contains("you asked what data the network keeps about you");
			browser.open(TestMail.linkPath(TestMail.latestTo("tom.erasable@my-data.lt"), "/n/my-data/public/my-data/"));
			assertThat(browser.text()).contains("Download my data");
			assertThat(browser.accessibilityProblems()).isEmpty();
			assertThat(unzip(browser.clickToDownload(By.cssSelector("form button[type=submit]"), ".zip")).values())
				.anySatisfy(text -> assertThat(text).contains("Personal details", "\"lastName\" : \"Erasable\""));

			browser.open("/login");
			browser.type(By.id("username"), network.adminEmail())
				.type(By.id("password"), FreshNetwork.PASSWORD)
				.click(By.cssSelector("form[action='/login'] button[type=submit]"));
			browser.open("/n/my-data/people/" + person);
			browser.click(By.cssSelector("button[value=en]"));
			browser.click(By.linkText("Erase person"));
			assertThat(browser.text()).contains("Erase Tom Erasable? This cannot be undone.",
					"Name, e-mail, phone: 1", "Mails sent: 1");
			assertThat(browser.accessibilityProblems()).isEmpty();
			assertThat(browser.clickAndConfirm(By.cssSelector("form button.btn-danger")))
				.isEqualTo("Erase this person for good?");
			assertThat(browser.text()).contains("Give the reference of the person’s request");
			browser.type(By.id("reference"), "Letter of 6 December 2026");
			browser.clickAndConfirm(By.cssSelector("form button.btn-danger"));
			assertThat(browser.text()).contains("Erased person", "The person was erased")
				.doesNotContain("Erasable");
			assertThat(browser.accessibilityProblems()).isEmpty();
		}
		assertThat(admin.get(network.api() + "/people/" + person + "/export").status()).isEqualTo(404);
	}

	private static Map<String, String> unzip(byte[] zip) throws IOException {
		Map<String, String> files = new LinkedHashMap<>();
		try (ZipInputStream in = new ZipInputStream(new ByteArrayInputStream(zip), StandardCharsets.UTF_8)) {
			for (ZipEntry entry = in.getNextEntry(); entry != null; entry = in.getNextEntry()) {
				files.put(entry.getName(), new String(in.readAllBytes(), StandardCharsets.UTF_8));
			}
		}
		return files;
	}
}
