package lt.tinklas.organizations;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

import lt.tinklas.demo.DemoAccounts;
import lt.tinklas.networks.Networks;
import lt.tinklas.shared.tenancy.Tenancy;
import lt.tinklas.testing.ApiClient;
import lt.tinklas.testing.TinklasTest;
import lt.tinklas.testing.WebSession;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;

/** The registry, membership on a date, and every bad input the issue names. */
@TinklasTest
class OrganizationsTests {

	@LocalServerPort
	int port;

	@Autowired
	Organizations organizations;

	@Autowired
	Networks networks;

	ApiClient staff() {
		return ApiClient.basic(port, DemoAccounts.NSMOT_STAFF.email(), DemoAccounts.PASSWORD);
	}

	long nsmot() {
		return networks.bySlug("nsmot").orElseThrow().id();
	}

	long count() {
		return Tenancy.runAs(nsmot(),
				() -> organizations.search(new OrganizationFilter("", null, null, null, null, null), 0, 1).total());
	}

	@Test
	void theLegalCodeCheckDigitFollowsTheRegistersRule() {
		assertThat(LegalCode.problem("110003978")).isEmpty();
		assertThat(LegalCode.problem("188719391")).isEmpty();
		assertThat(LegalCode.problem("188723322")).isEmpty();
		assertThat(LegalCode.problem("188726051")).isEmpty();
		assertThat(LegalCode.problem("110003970")).contains("organization.error.legalCodeCheckDigit");
		assertThat(LegalCode.problem("11000397")).contains("organization.error.legalCodeFormat");
		assertThat(LegalCode.problem("11000397A")).contains("organization.error.legalCodeFormat");
	}

	@Test
	void theDemoHasItsMembersInAllTenCountiesSearchableWithoutDiacritics() {
		// the demo's codes begin with 301; the organizations other tests add do not
		ApiClient.Response members = staff().get("/api/v1/networks/nsmot/organizations?q=301&status=MEMBER&size=500");
		assertThat(members.<Integer>json("$.total")).isEqualTo(54);
		Map<String, Integer> byCounty = staff().get("/api/v1/networks/nsmot/organizations?q=301&status=MEMBER")
			.json("$.countByCounty");
		assertThat(byCounty).hasSize(10).allSatisfy((county, n) -> assertThat(n).isPositive());
		assertThat(staff().get("/api/v1/networks/nsmot/organizations?q=gelbekit").<List<String>>json("$.items[*].shortName"))
			.containsExactly("Gelbėkit vaikus");
		// the demo's member in Šilutė and the one its invitation campaign brought there
		assertThat(staff().get("/api/v1/networks/nsmot/organizations?q=silutes").<List<String>>json("$.items[*].name"))
			.hasSize(2)
			.contains("Šilutės šeimos paramos centras");
	}

	@Test
	void theListAndTheHistoryNameMunicipalitiesAndTargetGroupsAndKeepTheSearchTextOut() {
		String code = LegalCode.complete("40000020").orElseThrow();
		ApiClient.Response created = staff().post("/api/v1/networks/nsmot/organizations", """
				{"legalCode":"%s","name":"Asociacija „Vardai“","legalForm":"ASSOCIATION",
				 "seatMunicipality":"LT-41","municipalities":["LT-41","LT-19"],"targetGroups":["SENIORS","YOUTH"]}"""
			.formatted(code));
		assertThat(created.status()).as(created.body()).isEqualTo(201);
		WebSession pages = WebSession.signedIn(port, DemoAccounts.NSMOT_STAFF.email(), DemoAccounts.PASSWORD);

		String list = pages.get("/n/nsmot/organizations?q=" + code).text();
		assertThat(list).contains("Asociacija „Vardai“ " + code + " Šakių rajono savivaldybė").doesNotContain("LT-41");

		String page = pages.get("/n/nsmot/organizations/" + created.<Integer>json("$.id") + "?tab=history").text();
		String history = page.substring(page.indexOf("Pakeitimų istorija"));
		assertThat(history).contains("Buveinės savivaldybė: → Šakių rajono savivaldybė",
				"Veiklos savivaldybės: → Kelmės rajono savivaldybė, Šakių rajono savivaldybė",
				"Tikslinės grupės: → Jaunimas, Senjorai")
			.doesNotContain("Paieškos tekstas", "LT-", "SENIORS", "[", "]");
	}

	@Test
	void membershipIsAHistoryAndMembersOnADateAreAQuery() {
		ApiClient staff = staff();
		ApiClient.Response created = staff.post("/api/v1/networks/nsmot/organizations", """
				{"legalCode":"188719391","name":"Asociacija „Šviesa“","legalForm":"ASSOCIATION","foundedOn":"2010-05-01",
				 "seatMunicipality":"LT-41","municipalities":["LT-41","LT-19"],"targetGroups":["SENIORS","YOUTH"],
				 "memberSince":"2020-03-01"}""");
		assertThat(created.status()).as(created.body()).isEqualTo(201);
		int id = created.json("$.id");
		String changes = "/api/v1/networks/nsmot/organizations/" + id + "/membership-changes";

		assertThat(staff.post(changes, "{\"change\":\"SUSPENDED\",\"on\":\"2019-01-01\",\"reason\":\"Per anksti\"}")
			.<List<String>>json("$.errors[*].message"))
			.containsExactly("Pokytis negali būti ankstesnis už narystės pradžią.");
		assertThat(staff.post(changes, "{\"change\":\"SUSPENDED\",\"on\":\"2023-06-01\",\"reason\":\"Mokestis\"}").status())
			.isEqualTo(201);
		assertThat(staff.post(changes, "{\"change\":\"REINSTATED\",\"on\":\"2024-01-10\"}").status()).isEqualTo(201);
		assertThat(staff.post(changes, "{\"change\":\"REINSTATED\",\"on\":\"2024-02-10\"}").<List<String>>json("$.errors[*].message"))
			.containsExactly("Toks pokytis negalimas esant dabartinei narystės būsenai.");

		String one = "/api/v1/networks/nsmot/organizations/" + id;
		assertThat(staff.get(one + "?asOf=2020-02-29").<String>json("$.membershipStatus")).isEqualTo("NOT_MEMBER");
		assertThat(staff.get(one + "?asOf=2020-03-01").<String>json("$.membershipStatus")).isEqualTo("MEMBER");
		assertThat(staff.get(one + "?asOf=2023-06-01").<String>json("$.membershipStatus")).isEqualTo("SUSPENDED");
		assertThat(staff.get(one + "?asOf=2024-01-10").<String>json("$.membershipStatus")).isEqualTo("MEMBER");
		assertThat(staff.get(one + "/membership").<List<String>>json("$.history[*].change"))
			.containsExactly("ACCEPTED", "SUSPENDED", "REINSTATED");
		assertThat(staff.get("/api/v1/networks/nsmot/organizations?status=SUSPENDED&asOf=2023-07-01&q=sviesa")
			.<Integer>json("$.total")).isEqualTo(1);

		WebSession pages = WebSession.signedIn(port, DemoAccounts.NSMOT_STAFF.email(), DemoAccounts.PASSWORD);
		assertThat(pages.get("/n/nsmot/organizations/" + id).text()).contains("Narė", "narė nuo 2020-03-01",
				"Narystė sustabdyta", "Mokestis", "Narystė atnaujinta");
	}

	@Test
	void badInputIsRefusedFieldByFieldAndChangesNothing() {
		ApiClient staff = staff();
		long before = count();
		ApiClient.Response wrong = staff.post("/api/v1/networks/nsmot/organizations", """
				{"legalCode":"110003970","name":"Bloga","foundedOn":"%s","seatMunicipality":"LT-99",
				 "municipalities":["LT-41","LT-77"]}""".formatted(LocalDate.now().plusDays(3)));
		assertThat(wrong.status()).isEqualTo(400);
		assertThat(wrong.<List<String>>json("$.errors[*].message")).containsExactlyInAnyOrder(
				"Neteisingas kodo kontrolinis skaitmuo: patikrinkite, ar kodas įvestas be klaidų.",
				"Data negali būti ateityje.",
				"Nežinomas savivaldybės kodas „LT-99“ (tinka ISO 3166-2 kodai, pvz., LT-41).",
				"Nežinomas savivaldybės kodas „LT-77“ (tinka ISO 3166-2 kodai, pvz., LT-41).");

		String existing = Tenancy.runAs(nsmot(), () -> organizations
			.search(new OrganizationFilter("Caritas", null, null, null, null, null), 0, 1)
			.items()
			.get(0)
			.legalCode());
		ApiClient.Response duplicate = staff.inLanguage("en").post("/api/v1/networks/nsmot/organizations",
				"{\"legalCode\":\"" + existing + "\",\"name\":\"Antras Caritas\"}");
		assertThat(duplicate.<List<String>>json("$.errors[*].message"))
			.containsExactly("An organization with the code " + existing + " already exists: Lietuvos Caritas.");
		assertThat(count()).isEqualTo(before);

		WebSession pages = WebSession.signedIn(port, DemoAccounts.NSMOT_STAFF.email(), DemoAccounts.PASSWORD);
		WebSession.Page form = pages.post("/n/nsmot/organizations/new", "/n/nsmot/organizations",
				Map.of("legalCode", "12345678", "name", "Įvesta organizacija", "legalForm", "ASSOCIATION",
						"staffCount", "daug"));
		assertThat(form.status()).isEqualTo(200);
		assertThat(form.text()).contains("Juridinio asmens kodą sudaro 9 skaitmenys.", "Neteisinga reikšmė.");
		assertThat(form.html()).contains("value=\"Įvesta organizacija\"", "value=\"12345678\"");
		assertThat(count()).isEqualTo(before);
	}

	@Test
	void aMemberRepresentativeKeepsTheirOwnOrganizationsProfileButNotTheNotes() {
		OrganizationView food = Tenancy.runAs(nsmot(), () -> organizations
			.search(new OrganizationFilter("Maisto bankas", null, null, null, null, null), 0, 1)
			.items()
			.get(0));
		Tenancy.runAs(nsmot(), () -> organizations.keepNotes(food.id(), "Vidinė pastaba apie mokestį"));
		WebSession representative = WebSession.signedIn(port, DemoAccounts.NSMOT_MEMBER.email(), DemoAccounts.PASSWORD);
		String page = "/n/nsmot/organizations/" + food.id();
		assertThat(representative.get(page).text()).doesNotContain("Vidinė pastaba apie mokestį");

		Map<String, String> form = new HashMap<>(Map.of("legalCode", food.legalCode(), "name", food.name(),
				"legalForm", food.legalForm().name(), "seatMunicipality", food.seatMunicipality(), "phone",
				"+37052000000", "version",
				String.valueOf(Tenancy.runAs(nsmot(), () -> organizations.get(food.id(), null)).version()),
				"privateNotes", "Pakeista atstovo"));
		assertThat(representative.post(page, page, form).location()).endsWith(page);
		assertThat(Tenancy.runAs(nsmot(), () -> organizations.get(food.id(), null)).phone()).isEqualTo("+37052000000");
		assertThat(Tenancy.runAs(nsmot(), () -> organizations.privateNotes(food.id())))
			.isEqualTo("Vidinė pastaba apie mokestį");
	}

	@Test
	void theStaffsNotesNeverReachAMemberRepresentativeThroughAStaleSaveOrTheHistory() {
		OrganizationView food = Tenancy.runAs(nsmot(), () -> organizations
			.search(new OrganizationFilter("Maisto bankas", null, null, null, null, null), 0, 1)
			.items()
			.get(0));
		String page = "/n/nsmot/organizations/" + food.id();
		String opened = String.valueOf(Tenancy.runAs(nsmot(), () -> organizations.get(food.id(), null)).version());
		Map<String, String> profile = Map.of("legalCode", food.legalCode(), "name", food.name(), "legalForm",
				food.legalForm().name(), "seatMunicipality", food.seatMunicipality());

		// the staff save a new phone and their notes while the representative has the profile open
		WebSession staff = WebSession.signedIn(port, DemoAccounts.NSMOT_STAFF.email(), DemoAccounts.PASSWORD);
		Map<String, String> staffSave = new HashMap<>(profile);
		staffSave.putAll(Map.of("phone", "+37052111111", "privateNotes", "Slapta pastaba apie nario mokesčio skolą",
				"version", opened));
		assertThat(staff.post(page, page, staffSave).location()).endsWith(page);

		WebSession representative = WebSession.signedIn(port, DemoAccounts.NSMOT_MEMBER.email(), DemoAccounts.PASSWORD);
		Map<String, String> staleSave = new HashMap<>(profile);
		staleSave.putAll(Map.of("phone", "+37052222222", "version", opened));
		WebSession.Page refused = representative.post(page, page, staleSave);
		assertThat(refused.status()).isEqualTo(200);
		assertThat(refused.text()).contains("Kol redagavote, šį įrašą išsaugojo kitas naudotojas.", "Telefonas",
				"+37052111111")
			.doesNotContain("Slapta pastaba", "Vidinės pastabos");
		assertThat(Tenancy.runAs(nsmot(), () -> organizations.get(food.id(), null)).phone()).isEqualTo("+37052111111");

		// the representative reads their organization's history, without the notes; the staff read it whole
		String shown = representative.get(page + "?tab=history").text();
		assertThat(shown).contains("Pakeitimų istorija", "+37052111111").doesNotContain("Slapta pastaba",
				"Vidinės pastabos");
		assertThat(staff.get(page + "?tab=history").text()).contains("Pakeitimų istorija", "+37052111111",
				"Slapta pastaba apie nario mokesčio skolą");
		// another organization's history is not theirs to read
		long other = Tenancy.runAs(nsmot(), () -> organizations
			.search(new OrganizationFilter("Caritas", null, null, null, null, null), 0, 1)
			.items()
			.get(0)
			.id());
		assertThat(representative.get("/n/nsmot/organizations/" + other + "?tab=history").text())
			.doesNotContain("Pakeitimų istorija");
	}

	@Test
	void anotherNetworksOrganizationsDoNotExist() {
		long food = Tenancy.runAs(nsmot(), () -> organizations
			.search(new OrganizationFilter("Maisto bankas", null, null, null, null, null), 0, 1)
			.items()
			.get(0)
			.id());
		ApiClient other = ApiClient.basic(port, DemoAccounts.CHILDREN_ADMIN.email(), DemoAccounts.PASSWORD);
		assertThat(other.get("/api/v1/networks/nvo-vaikams/organizations/" + food).status()).isEqualTo(404);
		assertThat(other.delete("/api/v1/networks/nvo-vaikams/organizations/" + food).status()).isEqualTo(404);
		assertThat(other.post("/api/v1/networks/nvo-vaikams/organizations/" + food + "/membership-changes",
				"{\"change\":\"LEFT\",\"on\":\"2025-01-01\"}").status()).isEqualTo(404);
		assertThat(other.get("/api/v1/networks/nvo-vaikams/organizations").<Integer>json("$.total")).isZero();
		WebSession pages = WebSession.signedIn(port, DemoAccounts.CHILDREN_ADMIN.email(), DemoAccounts.PASSWORD);
		assertThat(pages.post("/n/nvo-vaikams/organizations", "/n/nvo-vaikams/organizations/" + food + "/delete",
				Map.of()).status()).isEqualTo(404);
		assertThat(Tenancy.runAs(nsmot(), () -> organizations.membership(food)).statusToday())
			.isEqualTo(MembershipStatus.MEMBER);
	}
}
