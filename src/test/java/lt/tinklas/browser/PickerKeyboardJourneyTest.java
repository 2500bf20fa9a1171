package lt.tinklas.browser;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import java.util.Optional;
import java.util.stream.IntStream;

import lt.tinklas.demo.DemoAccounts;
import lt.tinklas.organizations.LegalCode;
import lt.tinklas.shared.text.SearchText;
import lt.tinklas.testing.FreshNetwork;
import lt.tinklas.testing.TestDatabase;
import lt.tinklas.testing.TinklasTest;
import org.junit.jupiter.api.Test;
import org.openqa.selenium.By;
import org.openqa.selenium.Keys;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.jdbc.core.simple.JdbcClient;

/**
 * The pickers that choose from what the page lists (municipalities by county, speakers, addressees)
 * used from the keyboard only: Tab into the picker, type part of a name without its accents, take
 * the offered one with Enter, remove the last with Backspace; the list of choices open is
 * accessible, and what was chosen is saved.
 */
@TinklasTest
class PickerKeyboardJourneyTest {

	@LocalServerPort
	int port;

	/** The database as its owner sees it, for the test's own setup and checks. */
	JdbcClient jdbc = TestDatabase.ownerJdbc();

	@Test
	void municipalitiesAreFoundWithoutAccentsChosenWithEnterRemovedWithBackspaceAndSaved() {
		FreshNetwork network = FreshNetwork.create(port, "renkasi", "Renkantis tinklas");
		String code = IntStream.range(30517001, 30517100)
			.mapToObj(first -> LegalCode.complete(String.valueOf(first)))
			.flatMap(Optional::stream)
			.findFirst()
			.orElseThrow();
		try (Browser browser = signedIn(network.adminEmail(), FreshNetwork.PASSWORD)) {
			browser.open("/n/renkasi/organizations/new");
			browser.type(By.id("legalCode"), code).type(By.id("name"), "Klavišų bendrija");
			// the seat, a single choice, from the keyboard; Tab goes on to the municipalities' picker
			browser.pick(By.id("seatMunicipality"), "kaun", "Kauno miesto savivaldybė");
			browser.press(Keys.TAB);
			assertThat(browser.focusedId()).isEqualTo("municipalities-ts-control");

			browser.press("Siaul").awaitOffered(By.id("municipalities"), "Šiaulių miesto savivaldybė");
			assertThat(browser.awaitOffers(By.id("municipalities"), offered -> offered.size() == 2))
				.containsExactly("Šiaulių miesto savivaldybė", "Šiaulių rajono savivaldybė");
			assertThat(browser.accessibilityProblems()).isEmpty();
			browser.chooseOffered(By.id("municipalities"), "Šiaulių miesto savivaldybė");
			assertThat(browser.chipsOf(By.id("municipalities"))).containsExactly("Šiaulių miesto savivaldybė");

			// a second one, then Backspace takes the last chosen away again
			browser.typeInPicker(By.id("municipalities"), "kedain", "Kėdainių rajono savivaldybė");
			assertThat(browser.awaitOffers(By.id("municipalities"), offered -> offered.size() == 1))
				.containsExactly("Kėdainių rajono savivaldybė");
			browser.chooseOffered(By.id("municipalities"), "Kėdainių rajono savivaldybė");
			assertThat(browser.chipsOf(By.id("municipalities")))
				.containsExactly("Šiaulių miesto savivaldybė", "Kėdainių rajono savivaldybė");
			browser.press(Keys.BACK_SPACE);
			assertThat(browser.chipsOf(By.id("municipalities"))).containsExactly("Šiaulių miesto savivaldybė");
			assertThat(browser.chosenIn(By.id("municipalities"))).containsExactly("Šiaulių miesto savivaldybė");
			assertThat(browser.accessibilityProblems()).isEmpty();

			browser.click(By.cssSelector("form button[type=submit].btn-primary"));
			assertThat(browser.path()).matches("/n/renkasi/organizations/\\d+");
			assertThat(browser.text()).contains("Išsaugota.");
			// the organization's overview names the choice; its form shows it as chips
			assertThat(browser.text()).contains("Šiaulių miesto savivaldybė");
			browser.open(browser.path() + "?tab=edit");
			assertThat(browser.chosenIn(By.id("municipalities"))).containsExactly("Šiaulių miesto savivaldybė");
			assertThat(browser.chipsOf(By.id("municipalities"))).containsExactly("Šiaulių miesto savivaldybė");
			assertThat(browser.chosenIn(By.id("seatMunicipality"))).containsExactly("Kauno miesto savivaldybė");
			assertThat(browser.accessibilityProblems()).isEmpty();
		}
		assertThat(jdbc.sql("""
				select w.municipality from organization_municipality w join organization o on o.id = w.organization_id
				where o.legal_code = ?""").param(code).query(String.class).list()).containsExactly("LT-43");
	}

	@Test
	void aSpeakerIsChosenByPartOfTheNameWithoutAccents() {
		FreshNetwork network = FreshNetwork.create(port, "kalbetojai", "Kalbėtojų tinklas");
		network.person("Šarūnė", "Žemaitytė", "sarune@kalbetojai.lt");
		network.person("Jonas", "Zemaitis", "jonas@kalbetojai.lt");
		network.person("Ona", "Petraitė", "ona@kalbetojai.lt");
		try (Browser browser = signedIn(network.adminEmail(), FreshNetwork.PASSWORD)) {
			browser.open("/n/kalbetojai/events/new");
			browser.typeInPicker(By.id("speakerIds"), "zemait", "Žemaitytė Šarūnė");
			assertThat(browser.awaitOffers(By.id("speakerIds"), offered -> offered.size() == 2))
				.containsExactlyInAnyOrder("Žemaitytė Šarūnė", "Zemaitis Jonas");
			assertThat(browser.accessibilityProblems()).isEmpty();
			browser.chooseOffered(By.id("speakerIds"), "Žemaitytė Šarūnė");
			assertThat(browser.chipsOf(By.id("speakerIds"))).containsExactly("Žemaitytė Šarūnė");
		}
	}

	@Test
	void anAddresseeIsChosenAmongTheNetworksInstitutions() {
		List<String> institutions = jdbc.sql("""
				select i.name from institution i join network n on n.id = i.network_id where n.slug = 'nsmot'""")
			.query(String.class)
			.list();
		String addressee = institutions.get(0);
		String typed = SearchText.normalize(addressee).substring(0, 6);
		try (Browser browser = signedIn(DemoAccounts.NSMOT_STAFF.email(), DemoAccounts.PASSWORD)) {
			browser.open("/n/nsmot/positions/new");
			browser.typeInPicker(By.id("addressees"), typed, addressee);
			browser.awaitOffers(By.id("addressees"),
					offered -> offered.stream().allMatch(o -> SearchText.normalize(o).contains(typed)));
			assertThat(browser.accessibilityProblems()).isEmpty();
			browser.chooseOffered(By.id("addressees"), addressee);
			assertThat(browser.chipsOf(By.id("addressees"))).contains(addressee);
			assertThat(browser.accessibilityProblems()).isEmpty();
		}
	}

	private Browser signedIn(String email, String password) {
		Browser browser = new Browser(port);
		browser.open("/login");
		browser.type(By.id("username"), email)
			.type(By.id("password"), password)
			.click(By.cssSelector("form[action='/login'] button[type=submit]"));
		return browser;
	}
}
