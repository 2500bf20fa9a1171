package lt.tinklas.networks;

import static org.assertj.core.api.Assertions.assertThat;

import lt.tinklas.demo.DemoAccounts;
import lt.tinklas.testing.ApiClient;
import lt.tinklas.testing.TinklasTest;
import lt.tinklas.testing.WebSession;
import org.junit.jupiter.api.Test;
import org.springframework.boot.test.web.server.LocalServerPort;

/**
 * The network's search: found whatever the case and the Lithuanian letters, grouped by kind, only
 * in the caller's network and only the kinds the caller's role may open; too little typed is said
 * so, in the user's language.
 */
@TinklasTest
class SearchTests {

	@LocalServerPort
	int port;

	WebSession staff() {
		return WebSession.signedIn(port, DemoAccounts.NSMOT_STAFF.email(), DemoAccounts.PASSWORD);
	}

	@Test
	void findsWithoutDiacriticsAndGroupsByKind() {
		WebSession.Page page = staff().get("/n/nsmot/search?q=maisto+bankas");
		assertThat(page.status()).isEqualTo(200);
		assertThat(page.text()).contains("Organizacijos").contains("Asociacija „Maisto bankas“");
		assertThat(page.html()).containsPattern("href=\"/n/nsmot/organizations/\\d+\"");

		String silute = staff().get("/n/nsmot/search?q=SILUTE").text();
		// the letter the seed sent to the Šilutė district NGO council, found by its addressee
		assertThat(silute).contains("Pozicijos ir raštai").contains("Kvietimas socialinėje srityje veikiančioms NVO")
			.contains("NSMOT/26/01/22/01");
	}

	@Test
	void findsADocumentByItsRegisterNumberAndPeopleByEmail() {
		assertThat(staff().get("/n/nsmot/search?q=NSMOT/26/01/22").text())
			.contains("Pozicijos ir raštai")
			.contains("Kvietimas socialinėje srityje veikiančioms NVO");
		assertThat(staff().get("/n/nsmot/search?q=ieva.zukauskaite").text()).contains("Žmonės")
			.contains("Žukauskaitė, Ieva")
			.contains("ieva.zukauskaite@pavyzdys.lt");
	}

	@Test
	void saysWhenNothingIsFoundAndWhenTooLittleIsTyped() {
		assertThat(staff().get("/n/nsmot/search?q=zzqqxx").text()).contains("Pagal „zzqqxx“ nieko nerasta.");
		WebSession.Page shortOne = staff().get("/n/nsmot/search?q=%C5%A0");
		assertThat(shortOne.status()).isEqualTo(200);
		assertThat(shortOne.text()).contains("Paieškai įveskite bent 2 raides.");
		assertThat(shortOne.html()).doesNotContain("search-group");
		assertThat(staff().inLanguage("en").get("/n/nsmot/search?q=a").text())
			.contains("Type at least 2 letters to search.");
		assertThat(staff().get("/n/nsmot/search?q=" + "a".repeat(101)).text())
			.contains("Paieškos tekstas gali būti ne ilgesnis nei 100 simbolių.");
	}

	@Test
	void findsOnlyInTheCallersNetwork() {
		WebSession other = WebSession.signedIn(port, DemoAccounts.CHILDREN_STAFF.email(), DemoAccounts.PASSWORD);
		assertThat(other.get("/n/nvo-vaikams/search?q=maisto+bankas").text()).doesNotContain("Maisto bankas")
			.contains("nieko nerasta");
		// and not in another network's address
		assertThat(other.get("/n/nsmot/search?q=maisto+bankas").status()).isIn(403, 404);
	}

	@Test
	void aMemberRepresentativeFindsOnlyWhatTheyMayOpen() {
		WebSession member = WebSession.signedIn(port, DemoAccounts.NSMOT_MEMBER.email(), DemoAccounts.PASSWORD);
		String found = member.get("/n/nsmot/search?q=maisto").text();
		assertThat(found).contains("Asociacija „Maisto bankas“");
		String people = member.get("/n/nsmot/search?q=ieva.zukauskaite").text();
		assertThat(people).doesNotContain("Žukauskaitė").doesNotContain("Žmonės");
		assertThat(member.get("/n/nsmot/search?q=NSMOT/26").text()).doesNotContain("Pozicijos ir raštai")
			.doesNotContain("Kvietimas socialinėje");
	}

	@Test
	void theApiAnswersTheSameKindsAndRefusesTooLittle() {
		ApiClient staff = ApiClient.basic(port, DemoAccounts.NSMOT_STAFF.email(), DemoAccounts.PASSWORD);
		ApiClient.Response found = staff.get("/api/v1/networks/nsmot/search?q=maisto%20bankas");
		assertThat(found.status()).isEqualTo(200);
		assertThat(found.body()).contains("\"kind\":\"organizations\"").contains("Asociacija „Maisto bankas“")
			.containsPattern("\"path\":\"/n/nsmot/organizations/\\d+\"");
		ApiClient.Response refused = staff.get("/api/v1/networks/nsmot/search?q=x");
		assertThat(refused.status()).isEqualTo(400);
		assertThat(refused.body()).contains("\"q\"");
		ApiClient member = ApiClient.basic(port, DemoAccounts.NSMOT_MEMBER.email(), DemoAccounts.PASSWORD);
		assertThat(member.get("/api/v1/networks/nsmot/search?q=NSMOT/26").body()).doesNotContain("documents");
	}

	@Test
	void theAccessDeniedPageSaysSoInItsTitle() {
		WebSession member = WebSession.signedIn(port, DemoAccounts.NSMOT_MEMBER.email(), DemoAccounts.PASSWORD);
		WebSession.Page denied = member.get("/n/nsmot/history");
		assertThat(denied.status()).isEqualTo(403);
		assertThat(denied.html()).contains("<title>Prieiga uždrausta · ").contains("Prieiga uždrausta");
		WebSession.Page english = WebSession.signedIn(port, DemoAccounts.NSMOT_MEMBER.email(), DemoAccounts.PASSWORD)
			.inLanguage("en")
			.get("/n/nsmot/history");
		assertThat(english.html()).contains("<title>Access denied · ");
	}
}
