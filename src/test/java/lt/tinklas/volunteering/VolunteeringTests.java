package lt.tinklas.volunteering;

import static org.assertj.core.api.Assertions.assertThat;

import java.math.BigDecimal;
import java.nio.charset.StandardCharsets;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;

import lt.tinklas.demo.DemoAccounts;
import lt.tinklas.networks.Networks;
import lt.tinklas.people.People;
import lt.tinklas.people.PersonData;
import lt.tinklas.shared.tenancy.Tenancy;
import lt.tinklas.testing.ApiClient;
import lt.tinklas.testing.TinklasTest;
import lt.tinklas.testing.WebSession;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;

/**
 * Volunteering through the API and the page: the demo's "Gyvoji biblioteka", activities recorded
 * and refused, totals per year and programme with their export, the two metrics, roles and
 * tenancy. Activities made here are of 1994-1997, years no demo record uses.
 */
@TinklasTest
class VolunteeringTests {

	private static final String API = "/api/v1/networks/nsmot";

	@LocalServerPort
	int port;

	@Autowired
	People people;

	@Autowired
	Networks networks;

	ApiClient staff() {
		return ApiClient.basic(port, DemoAccounts.NSMOT_STAFF.email(), DemoAccounts.PASSWORD);
	}

	int programme(String name) {
		ApiClient.Response created = staff().post(API + "/volunteering/programmes",
				"{\"name\":\"" + name + " " + System.nanoTime() + "\"}");
		assertThat(created.status()).as(created.body()).isEqualTo(201);
		return created.json("$.id");
	}

	long volunteer(String firstName) {
		return Tenancy.runAs(networks.bySlug("nsmot").orElseThrow().id(), () -> people.create(new PersonData(firstName,
				"Savanorytė", "savanore." + System.nanoTime() + "@savanoriai.lt", null, "lt", List.of(), List.of())).id());
	}

	ApiClient.Response record(Object programme, Object person, String on, String hours) {
		return staff().post(API + "/volunteering/activities", """
				{"programmeId":%s,"personId":%s,"on":"%s","hours":"%s","description":"Gyvosios knygos pokalbis"}"""
			.formatted(programme, person, on, hours));
	}

	int count() {
		return staff().get(API + "/volunteering/activities").<List<Object>>json("$").size();
	}

	BigDecimal metric(ApiClient client, String network, String key, int year, Object programme) {
		ApiClient.Response answer = client.get("/api/v1/networks/" + network + "/metrics/" + key + "?from=" + year
				+ "-01-01&to=" + year + "-12-31" + (programme == null ? "" : "&programme=" + programme));
		assertThat(answer.status()).as(answer.body()).isEqualTo(200);
		return new BigDecimal(answer.<Object>json("$.value").toString());
	}

	@Test
	void theDemoHoldsTheLivingLibraryOf2022() {
		Map<String, Object> library = staff().get(API + "/volunteering/programmes").<List<Map<String, Object>>>json("$")
			.stream()
			.filter(p -> "Gyvoji biblioteka".equals(p.get("name")))
			.findFirst()
			.orElseThrow();
		assertThat(library).containsEntry("nameEn", "Living Library");
		List<Map<String, Object>> totals = staff().get(API + "/volunteering/totals").json("$");
		Map<String, Object> of2022 = totals.stream()
			.filter(t -> t.get("year").equals(2022) && t.get("programmeId").equals(library.get("id")))
			.findFirst()
			.orElseThrow();
		assertThat(of2022).containsEntry("volunteers", 4).containsEntry("activities", 6);
		assertThat(new BigDecimal(of2022.get("hours").toString())).isEqualByComparingTo("18");
		assertThat(metric(staff(), "nsmot", "volunteering.hours", 2022, library.get("id"))).isEqualByComparingTo("18");
		assertThat(metric(staff(), "nsmot", "volunteering.volunteers", 2022, null)).isEqualByComparingTo("4");
	}

	@Test
	void activitiesAddUpPerYearAndProgrammeAndInTheMetrics() {
		int library = programme("Bandymų biblioteka");
		int other = programme("Kita programa");
		long ona = volunteer("Ona");
		long rasa = volunteer("Rasa");
		ApiClient.Response first = record(library, ona, "1995-03-10", "2.5");
		assertThat(first.status()).as(first.body()).isEqualTo(201);
		assertThat(first.<String>json("$.volunteer")).isEqualTo("Ona Savanorytė");
		assertThat(first.<String>json("$.on")).isEqualTo("1995-03-10");
		assertThat(record(library, ona, "1995-06-10", "3").status()).isEqualTo(201);
		assertThat(record(library, rasa, "1995-09-01", "1,5").status()).isEqualTo(201);
		assertThat(record(other, rasa, "1995-09-02", "4").status()).isEqualTo(201);
		assertThat(record(library, rasa, "1994-01-15", "2").status()).isEqualTo(201);

		assertThat(metric(staff(), "nsmot", "volunteering.hours", 1995, library)).isEqualByComparingTo("7");
		assertThat(metric(staff(), "nsmot", "volunteering.hours", 1995, null)).isEqualByComparingTo("11");
		assertThat(metric(staff(), "nsmot", "volunteering.volunteers", 1995, library)).isEqualByComparingTo("2");
		assertThat(metric(staff(), "nsmot", "volunteering.volunteers", 1994, library)).isEqualByComparingTo("1");
		ApiClient.Response evidence = staff().get(API + "/metrics/volunteering.hours?from=1995-01-01&to=1995-12-31&programme=" + library);
		assertThat(evidence.<List<String>>json("$.records[*].label")).hasSize(3).first().asString()
			.startsWith("Ona Savanorytė – Bandymų biblioteka");

		List<Map<String, Object>> totals = staff().get(API + "/volunteering/totals").json("$");
		Map<String, Object> row = totals.stream()
			.filter(t -> t.get("year").equals(1995) && t.get("programmeId").equals(library))
			.findFirst()
			.orElseThrow();
		assertThat(row).containsEntry("volunteers", 2).containsEntry("activities", 3);
		assertThat(staff().get(API + "/volunteering/activities?year=1995&programme=" + library).<List<Object>>json("$"))
			.hasSize(3);

		// the page shows the totals and exports them
		WebSession pages = WebSession.signedIn(port, DemoAccounts.NSMOT_STAFF.email(), DemoAccounts.PASSWORD);
		String text = pages.get("/n/nsmot/volunteering?year=1995&programme=" + library).text();
		assertThat(text).contains("Suvestinė pagal metus ir programas", "1995-06-10", "Ona Savanorytė", "1,5",
				"Savanoriai pagal pasirinktas veiklas Savanoris Veiklos Valandos Ona Savanorytė 2 5,5 Rasa Savanorytė 1 1,5");
		String csv = new String(pages.download("/n/nsmot/volunteering/totals.csv"), StandardCharsets.UTF_8);
		assertThat(csv).contains("1995", "Bandymų biblioteka", "Gyvoji biblioteka");
		assertThat(pages.download("/n/nsmot/volunteering/totals.xlsx")).isNotEmpty();
	}

	@Test
	void badInputIsRefusedWithItsMessageAndNothingIsRecorded() {
		int library = programme("Klaidų programa");
		long ona = volunteer("Ona");
		int before = count();

		ApiClient.Response negative = record(library, ona, "1997-02-01", "-2");
		assertThat(negative.status()).isEqualTo(400);
		assertThat(negative.<String>json("$.errors[0].field")).isEqualTo("hours");
		assertThat(negative.<String>json("$.errors[0].message")).isEqualTo("Valandų skaičius negali būti neigiamas.");
		assertThat(staff().inLanguage("en").post(API + "/volunteering/activities",
				"{\"programmeId\":" + library + ",\"personId\":" + ona + ",\"on\":\"1997-02-01\",\"hours\":\"-2\"}")
			.<String>json("$.errors[0].message")).isEqualTo("The number of hours cannot be negative.");
		assertThat(record(library, ona, "1997-02-01", "0").<String>json("$.errors[0].message"))
			.isEqualTo("Valandų skaičius turi būti didesnis už nulį.");
		assertThat(record(library, ona, "1997-02-01", "daug").<String>json("$.errors[0].message"))
			.isEqualTo("„daug“ nėra valandų skaičius (pvz., 2,5).");
		assertThat(record(library, ona, "1997-02-01", "25").<String>json("$.errors[0].message"))
			.isEqualTo("Viename įraše – ne daugiau kaip 24 valandos.");
		ApiClient.Response unknownProgramme = record(999999, ona, "1997-02-01", "2");
		assertThat(unknownProgramme.<String>json("$.errors[0].field")).isEqualTo("programmeId");
		assertThat(unknownProgramme.<String>json("$.errors[0].message")).isEqualTo("Programos 999999 šiame tinkle nėra.");
		ApiClient.Response unknownVolunteer = record(library, 999999, "1997-02-01", "2");
		assertThat(unknownVolunteer.<String>json("$.errors[0].field")).isEqualTo("personId");
		assertThat(unknownVolunteer.<String>json("$.errors[0].message")).isEqualTo("Asmens 999999 šiame tinkle nėra.");
		ApiClient.Response future = record(library, ona, LocalDate.now().plusDays(2).toString(), "2");
		assertThat(future.<String>json("$.errors[0].field")).isEqualTo("on");
		assertThat(future.<String>json("$.errors[0].message")).isEqualTo("Veiklos data negali būti ateityje.");
		ApiClient.Response all = staff().post(API + "/volunteering/activities", "{}");
		assertThat(all.<List<String>>json("$.errors[*].field")).containsExactlyInAnyOrder("programmeId", "personId", "on",
				"hours");
		ApiClient.Response noName = staff().post(API + "/volunteering/programmes", "{\"name\":\" \"}");
		assertThat(noName.<String>json("$.errors[0].message")).isEqualTo("Šis laukas privalomas.");
		assertThat(count()).isEqualTo(before);
		assertThat(metric(staff(), "nsmot", "volunteering.hours", 1997, library)).isEqualByComparingTo("0");

		// the page says what is wrong beside the field and keeps what was typed
		WebSession pages = WebSession.signedIn(port, DemoAccounts.NSMOT_STAFF.email(), DemoAccounts.PASSWORD);
		WebSession.Page refused = pages.post("/n/nsmot/volunteering", "/n/nsmot/volunteering/activities",
				Map.of("programmeId", String.valueOf(library), "personId", String.valueOf(ona), "on", "1997-02-01",
						"hours", "-3", "description", "Neigiamos valandos"));
		assertThat(refused.status()).isEqualTo(302);
		WebSession.Page shown = pages.get(refused.location().replace("http://localhost:" + port, ""));
		assertThat(shown.text()).contains("Pataisykite pažymėtus laukus.", "Valandų skaičius negali būti neigiamas.");
		assertThat(shown.html()).contains("value=\"-3\"", "value=\"Neigiamos valandos\"", "value=\"1997-02-01\"");
		assertThat(count()).isEqualTo(before);

		// recorded through the page, and deleted after asking
		WebSession.Page saved = pages.post("/n/nsmot/volunteering", "/n/nsmot/volunteering/activities",
				Map.of("programmeId", String.valueOf(library), "personId", String.valueOf(ona), "on", "1997-02-01",
						"hours", "3"));
		assertThat(pages.get(saved.location().replace("http://localhost:" + port, "")).text()).contains("Veikla įrašyta.");
		assertThat(count()).isEqualTo(before + 1);
		int id = staff().get(API + "/volunteering/activities?year=1997&programme=" + library).json("$[0].id");
		// corrected on its own page: a wrong value is refused beside its field, a stale copy is refused
		String edit = "/n/nsmot/volunteering/activities/" + id;
		assertThat(pages.get("/n/nsmot/volunteering?year=1997").html()).contains("href=\"" + edit + "\"");
		WebSession.Page tooMany = pages.post(edit, edit, Map.of("programmeId", String.valueOf(library), "personId",
				String.valueOf(ona), "on", "1997-02-01", "hours", "25", "version", "0"));
		assertThat(tooMany.status()).isEqualTo(200);
		assertThat(tooMany.text()).contains("Viename įraše – ne daugiau kaip 24 valandos.");
		assertThat(tooMany.html()).contains("value=\"25\"");
		assertThat(metric(staff(), "nsmot", "volunteering.hours", 1997, library)).isEqualByComparingTo("3");
		WebSession.Page corrected = pages.post(edit, edit, Map.of("programmeId", String.valueOf(library), "personId",
				String.valueOf(ona), "on", "1997-02-01", "hours", "2,5", "description", "Pokalbis su mokiniais",
				"version", "0"));
		assertThat(corrected.status()).isEqualTo(302);
		assertThat(metric(staff(), "nsmot", "volunteering.hours", 1997, library)).isEqualByComparingTo("2.5");
		WebSession.Page stale = pages.post(edit, edit, Map.of("programmeId", String.valueOf(library), "personId",
				String.valueOf(ona), "on", "1997-02-01", "hours", "4", "version", "0"));
		assertThat(stale.text()).contains("Kol redagavote, šį įrašą išsaugojo kitas naudotojas.");
		assertThat(stale.html()).contains("value=\"4\"");
		assertThat(metric(staff(), "nsmot", "volunteering.hours", 1997, library)).isEqualByComparingTo("2.5");
		assertThat(pages.get(edit).text()).contains("Pakeitimų istorija");
		assertThat(pages.get(edit).html()).contains("value=\"2,5\"", "value=\"Pokalbis su mokiniais\"");

		assertThat(pages.get("/n/nsmot/volunteering?year=1997").html())
			.contains("data-confirm=\"Ištrinti veiklą: Ona Savanorytė, 1997-02-01?\"");
		assertThat(pages.post("/n/nsmot/volunteering", "/n/nsmot/volunteering/activities/" + id + "/delete", Map.of())
			.status()).isEqualTo(302);
		assertThat(count()).isEqualTo(before);
	}

	@Test
	void theBoardReadsAndAMemberRepresentativeIsRefused() {
		int library = programme("Valdybos programa");
		long ona = volunteer("Ona");
		WebSession board = WebSession.signedIn(port, DemoAccounts.NSMOT_BOARD.email(), DemoAccounts.PASSWORD);
		assertThat(board.get("/n/nsmot/volunteering").status()).isEqualTo(200);
		assertThat(board.get("/n/nsmot/volunteering").html()).doesNotContain("id=\"activity-form\"");
		int before = count();
		assertThat(board.post("/n/nsmot/volunteering", "/n/nsmot/volunteering/activities",
				Map.of("programmeId", String.valueOf(library), "personId", String.valueOf(ona), "on", "1996-05-05",
						"hours", "2")).status()).isEqualTo(403);
		ApiClient boardApi = ApiClient.basic(port, DemoAccounts.NSMOT_BOARD.email(), DemoAccounts.PASSWORD);
		assertThat(boardApi.post(API + "/volunteering/activities", "{\"programmeId\":" + library + ",\"personId\":" + ona
				+ ",\"on\":\"1996-05-05\",\"hours\":\"2\"}").status()).isEqualTo(403);
		WebSession member = WebSession.signedIn(port, DemoAccounts.NSMOT_MEMBER.email(), DemoAccounts.PASSWORD);
		assertThat(member.get("/n/nsmot/volunteering").status()).isEqualTo(403);
		assertThat(ApiClient.basic(port, DemoAccounts.NSMOT_MEMBER.email(), DemoAccounts.PASSWORD)
			.get(API + "/volunteering/activities").status()).isEqualTo(403);
		assertThat(count()).isEqualTo(before);
	}

	@Test
	void anotherNetworkSeesNoneOfTheVolunteering() {
		int library = programme("Tinklo programa");
		long ona = volunteer("Ona");
		assertThat(record(library, ona, "1996-04-04", "5").status()).isEqualTo(201);
		ApiClient children = ApiClient.basic(port, DemoAccounts.CHILDREN_ADMIN.email(), DemoAccounts.PASSWORD);
		String other = "/api/v1/networks/nvo-vaikams/volunteering";
		assertThat(children.get(other + "/programmes").<List<String>>json("$[*].name"))
			.noneMatch(n -> n.startsWith("Tinklo programa") || n.equals("Gyvoji biblioteka"));
		assertThat(children.get(other + "/activities").<List<Object>>json("$")).isEmpty();
		assertThat(children.get(other + "/totals").<List<Object>>json("$")).isEmpty();
		ApiClient.Response borrowed = children.post(other + "/activities",
				"{\"programmeId\":" + library + ",\"personId\":" + ona + ",\"on\":\"1996-04-05\",\"hours\":\"1\"}");
		assertThat(borrowed.<List<String>>json("$.errors[*].message")).containsExactly(
				"Programos " + library + " šiame tinkle nėra.", "Asmens " + ona + " šiame tinkle nėra.");
		assertThat(metric(children, "nvo-vaikams", "volunteering.hours", 1996, null)).isEqualByComparingTo("0");
		assertThat(metric(children, "nvo-vaikams", "volunteering.volunteers", 1996, null)).isEqualByComparingTo("0");
		WebSession childrenPages = WebSession.signedIn(port, DemoAccounts.CHILDREN_ADMIN.email(), DemoAccounts.PASSWORD);
		assertThat(childrenPages.get("/n/nvo-vaikams/volunteering").text()).doesNotContain("Tinklo programa");
		assertThat(metric(staff(), "nsmot", "volunteering.hours", 1996, library)).isEqualByComparingTo("5");
	}
}
