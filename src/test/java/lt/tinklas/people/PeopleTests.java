package lt.tinklas.people;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import java.util.Map;

import lt.tinklas.demo.DemoAccounts;
import lt.tinklas.networks.Networks;
import lt.tinklas.shared.tenancy.Tenancy;
import lt.tinklas.shared.text.SearchText;
import lt.tinklas.testing.ApiClient;
import lt.tinklas.testing.TinklasTest;
import lt.tinklas.testing.WebSession;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;

/** People through the API and the pages: search, unique e-mails, bad input, other networks. */
@TinklasTest
class PeopleTests {

	@LocalServerPort
	int port;

	@Autowired
	People people;

	@Autowired
	Networks networks;

	ApiClient staff() {
		return ApiClient.basic(port, DemoAccounts.NSMOT_STAFF.email(), DemoAccounts.PASSWORD);
	}

	@Test
	void searchIgnoresCaseAndDiacriticsAndSortsInLithuanianOrder() {
		ApiClient staff = staff();
		assertThat(staff.get("/api/v1/networks/nsmot/people?q=sarunas").<List<String>>json("$[*].lastName"))
			.containsExactly("Čepulis");
		assertThat(staff.get("/api/v1/networks/nsmot/people?q=ZUKAUSK").<List<String>>json("$[*].firstName"))
			.containsExactly("Ieva");
		// Lithuanian order: Ą with A, C before Č, I and Y together, Š after S, Ž last
		assertThat(staff.get("/api/v1/networks/nsmot/people?q=%40pavyzdys").<List<String>>json("$[*].lastName"))
			.containsExactly("Ąžuolienė", "Cibulskis", "Čepulis", "Černiauskas", "Ivanauskienė", "Šilinskaitė",
					"Žukauskaitė")
			.isSortedAccordingTo(SearchText.collator());
	}

	@Test
	void addsAPersonWithAffiliationsAndConsentAndKeepsTheHistory() {
		ApiClient staff = staff();
		ApiClient.Response created = staff.post("/api/v1/networks/nsmot/people", """
				{"firstName":"Ona","lastName":"Šimkienė","email":"Ona.Simkiene@Pavyzdys.lt","phone":"+37060000000",
				 "language":"en","affiliations":[{"organizationId":7,"position":"direktorė","from":"2024-02-01"}],
				 "consents":[{"purpose":"Mokymų dalyvio duomenys","givenOn":"2026-01-10"}]}""");
		assertThat(created.status()).isEqualTo(201);
		assertThat(created.<String>json("$.email")).isEqualTo("ona.simkiene@pavyzdys.lt");
		assertThat(created.<String>json("$.affiliations[0].position")).isEqualTo("direktorė");
		int id = created.json("$.id");

		ApiClient.Response changed = staff.put("/api/v1/networks/nsmot/people/" + id, """
				{"firstName":"Ona","lastName":"Šimkienė-Kairė","email":"ona.simkiene@pavyzdys.lt","version":%d}"""
			.formatted(created.<Integer>json("$.version")));
		assertThat(changed.status()).isEqualTo(200);
		WebSession pages = WebSession.signedIn(port, DemoAccounts.NSMOT_STAFF.email(), DemoAccounts.PASSWORD);
		assertThat(pages.get("/n/nsmot/people/" + id).text()).contains("Pavardė: Šimkienė → Šimkienė-Kairė",
				DemoAccounts.NSMOT_STAFF.name());
	}

	@Test
	void refusesBadInputWithAMessagePerFieldAndChangesNothing() {
		ApiClient staff = staff();
		long nsmot = networks.bySlug("nsmot").orElseThrow().id();
		int before = Tenancy.runAs(nsmot, () -> people.search("", null)).size();

		ApiClient.Response notEmail = staff.post("/api/v1/networks/nsmot/people", """
				{"firstName":"Jonas","lastName":"Be Adreso","email":"ne-adresas"}""");
		assertThat(notEmail.status()).isEqualTo(400);
		assertThat(notEmail.<List<String>>json("$.errors[*].field")).containsExactly("email");
		assertThat(notEmail.<List<String>>json("$.errors[*].message")).containsExactly("Neteisingas el. pašto adresas.");

		ApiClient.Response duplicate = staff.inLanguage("en").post("/api/v1/networks/nsmot/people", """
				{"firstName":"Ieva","lastName":"Kita","email":"IEVA.ZUKAUSKAITE@pavyzdys.lt"}""");
		assertThat(duplicate.status()).isEqualTo(400);
		assertThat(duplicate.<List<String>>json("$.errors[*].message"))
			.containsExactly("A person with the e-mail IEVA.ZUKAUSKAITE@pavyzdys.lt is already in this network.");

		ApiClient.Response backwards = staff.post("/api/v1/networks/nsmot/people", """
				{"firstName":"Jonas","lastName":"Atgal","email":"jonas.atgal@pavyzdys.lt",
				 "affiliations":[{"organizationId":3,"from":"2025-05-01","until":"2025-01-01"}]}""");
		assertThat(backwards.status()).isEqualTo(400);
		assertThat(backwards.<List<String>>json("$.errors[*].field")).containsExactly("affiliations[0].until");

		WebSession pages = WebSession.signedIn(port, DemoAccounts.NSMOT_STAFF.email(), DemoAccounts.PASSWORD);
		WebSession.Page form = pages.post("/n/nsmot/people/new", "/n/nsmot/people",
				Map.of("firstName", "Jonas", "lastName", "Puslapis", "email", "blogas@", "affiliations[0].from",
						"2025-13-45", "phone", "+370 600 00000"));
		assertThat(form.status()).as(form.text()).isEqualTo(200);
		assertThat(form.text()).contains("Pataisykite pažymėtus laukus.", "Neteisingas el. pašto adresas.",
				"Neteisinga reikšmė.");
		assertThat(form.body()).contains("value=\"Puslapis\"", "value=\"+370 600 00000\"", "value=\"2025-13-45\"");

		assertThat(Tenancy.runAs(nsmot, () -> people.search("", null))).hasSize(before);
	}

	@Test
	void anotherNetworksPeopleDoNotExist() {
		long nsmot = networks.bySlug("nsmot").orElseThrow().id();
		long ieva = Tenancy.runAs(nsmot, () -> people.byEmail("ieva.zukauskaite@pavyzdys.lt").orElseThrow().id());
		ApiClient otherAdmin = ApiClient.basic(port, DemoAccounts.CHILDREN_ADMIN.email(), DemoAccounts.PASSWORD);
		assertThat(otherAdmin.get("/api/v1/networks/nvo-vaikams/people/" + ieva).status()).isEqualTo(404);
		assertThat(otherAdmin.put("/api/v1/networks/nvo-vaikams/people/" + ieva, """
				{"firstName":"Pakeista","lastName":"Pakeista","email":"pakeista@pavyzdys.lt","version":0}""")
			.status()).isEqualTo(404);
		assertThat(otherAdmin.get("/api/v1/networks/nvo-vaikams/people?q=ieva").<List<Object>>json("$")).isEmpty();
		WebSession pages = WebSession.signedIn(port, DemoAccounts.CHILDREN_ADMIN.email(), DemoAccounts.PASSWORD);
		assertThat(pages.get("/n/nvo-vaikams/people/" + ieva).status()).isEqualTo(404);
		assertThat(Tenancy.runAs(nsmot, () -> people.get(ieva)).firstName()).isEqualTo("Ieva");
	}
}
