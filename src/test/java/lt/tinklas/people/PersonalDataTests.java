package lt.tinklas.people;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import lt.tinklas.demo.DemoAccounts;
import lt.tinklas.events.Events;
import lt.tinklas.shared.tenancy.Tenancy;
import lt.tinklas.testing.ApiClient;
import lt.tinklas.testing.FreshNetwork;
import lt.tinklas.testing.TestDatabase;
import lt.tinklas.testing.TestMail;
import lt.tinklas.testing.TinklasTest;
import lt.tinklas.testing.WebSession;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.jdbc.core.simple.JdbcClient;

/**
 * A person's export and erasure: a person with a record of every kind is exported whole, then erased;
 * the network's figures stay exactly the same and nothing in the whole database names them any more.
 */
@TinklasTest
class PersonalDataTests {

	static final String FIRST = "Gintarė";
	static final String LAST = "Erazmaitė";
	static final String PHONE = "+37061234599";

	@LocalServerPort
	int port;

	/** The database as its owner sees it, for the test's own setup and checks. */
	JdbcClient jdbc = TestDatabase.ownerJdbc();

	@Autowired
	Events events;

	static long created(ApiClient.Response response) {
		assertThat(response.status()).as(response.body()).isEqualTo(201);
		assertThat(response.body()).contains("\"id\"");
		return ((Number) response.json("$.id")).longValue();
	}

	@Test
	void anErasedPersonLeavesTheFiguresAsTheyWereAndNoTraceInTheDatabase() {
		FreshNetwork network = FreshNetwork.create(port, "trynimas", "Trynimo tinklas");
		ApiClient admin = network.admin();
		String api = network.api();
		String email = "gintare.erazmaite@trynimas.lt";
		long organization = network.organization("30111111", "Asociacija Trynimas", "2020-01-15");
		long person = created(admin.post(api + "/people", """
				{"firstName":"%s","lastName":"%s","email":"%s","phone":"%s","language":"lt",
				 "affiliations":[{"organizationId":%d,"position":"Socialinė darbuotoja","from":"2021-01-01"}],
				 "consents":[{"purpose":"Naujienlaiškis","givenOn":"2024-01-10"}]}"""
			.formatted(FIRST, LAST, email, PHONE, organization)));
		long colleague = network.person("Kitas", "Kolega", "kitas.kolega@trynimas.lt");

		long training = network.event("TRAINING", "Mokymai apie skurdą", "2025-03-10T10:00:00+02:00",
				"2025-03-10T16:00:00+02:00", 6);
		for (long each : List.of(person, colleague)) {
			ApiClient.Response registered = admin.post(api + "/events/" + training + "/participants",
					"{\"personId\":" + each + "}");
			assertThat(registered.status()).as(registered.body()).isEqualTo(201);
			assertThat(admin.send("PATCH", api + "/events/" + training + "/participants/" + each,
					"{\"status\":\"ATTENDED\"}").status()).isEqualTo(200);
		}
		long networkId = jdbc.sql("select id from network where slug = 'trynimas'").query(Long.class).single();
		Tenancy.runAs(networkId, () -> events.markHeld(training));
		ApiClient.Response feedback = admin.post(api + "/events/" + training + "/feedback", """
				{"personId":%d,"rating":9,"comment":"Labai naudinga, ačiū. %s"}""".formatted(person, PHONE));
		assertThat(feedback.status()).as(feedback.body()).isEqualTo(201);
		long group = created(admin.post(api + "/working-groups", """
				{"name":"Vaikų skurdo grupė","theme":"Vaikai","members":[{"personId":%d,"role":"COORDINATOR","from":"2025-01-01"}]}"""
			.formatted(person)));
		long institution = created(admin.post(api + "/institutions", "{\"name\":\"Socialinės apsaugos ministerija\",\"kind\":\"MINISTRY\"}"));
		created(admin.post(api + "/council-seats", """
				{"institutionId":%d,"body":"Trišalė taryba","personId":%d,"role":"MEMBER","from":"2025-01-01","until":"2025-12-31"}"""
			.formatted(institution, person)));
		created(admin.post(api + "/decision-maker-meetings", """
				{"heldOn":"2025-05-05","institutionId":%d,"topic":"Minimalios pajamos","representatives":[%d],"agreed":"Tęsti"}"""
			.formatted(institution, person)));
		created(admin.post(api + "/consultations", """
				{"organizationId":%d,"heldOn":"2025-04-02","topic":"LAW","consultantId":%d,"minutes":60,
				 "summary":"Konsultavo %s %s, telefonu %s"}""".formatted(organization, person, FIRST, LAST, PHONE)));
		long programme = created(admin.post(api + "/volunteering/programmes", "{\"name\":\"Maisto dalijimas\"}"));
		created(admin.post(api + "/volunteering/activities", """
				{"programmeId":%d,"personId":%d,"on":"2025-06-02","hours":"3.5","description":"Padėjo %s"}"""
			.formatted(programme, person, email)));
		long award = created(admin.post(api + "/awards", "{\"name\":\"Metų savanoris\"}"));
		long round = created(admin.post(api + "/awards/" + award + "/rounds", "{\"year\":2025}"));
		created(admin.post(api + "/awards/" + award + "/rounds/" + round + "/nominees", """
				{"personId":%d,"name":"%s %s","position":"Savanorė","organization":"Asociacija Trynimas","reason":"Už pagalbą","laureate":true}"""
			.formatted(person, FIRST, LAST)));
		created(admin.post(api + "/projects", """
				{"name":"Projektas be skurdo","sourceType":"OTHER","status":"ONGOING","value":"1000.00","startsOn":"2025-01-01",
				 "endsOn":"2025-12-31","responsiblePersonId":%d}""".formatted(person)));
		WebSession pages = network.signedIn();
		pages.post(network.pages() + "/users", network.pages() + "/users",
				Map.of("displayName", FIRST + " " + LAST, "email", email, "role", "STAFF"));

		ApiClient.Response exported = admin.get(api + "/people/" + person + "/export");
		assertThat(exported.status()).as(exported.body()).isEqualTo(200);
		assertThat(exported.<List<String>>json("$.sections[*].key")).contains("profile", "affiliations", "consents",
				"participations", "feedback", "certificates", "workingGroups", "seats", "meetings", "consultations",
				"volunteering", "awards", "projects", "mails", "account", "history");
		assertThat(exported.body()).contains(FIRST, email, PHONE, "Labai naudinga", "Mokymai apie skurdą",
				"Vaikų skurdo grupė", "Trišalė taryba", "Naujienlaiškis", "Dalyvavo");
		assertThat(exported.<String>json("$.sections[0].title")).isEqualTo("Asmens duomenys");
		byte[] pdf = pages.download(network.pages() + "/people/" + person + "/export.pdf");
		assertThat(new String(pdf, 0, 5, StandardCharsets.ISO_8859_1)).isEqualTo("%PDF-");
		assertThat(pages.get(network.pages() + "/history").text()).contains("Prašymas dėl asmens duomenų",
				"Duomenų išrašas (susipažinimas)");

		Map<String, Object> before = figures(admin, api);
		String reportBefore = admin.get(api + "/reports/annual/2025").body();

		WebSession.Page question = pages.get(network.pages() + "/people/" + person + "/erasure");
		assertThat(question.text()).contains("Ar tikrai ištrinti asmenį " + FIRST + " " + LAST,
				"Atsiliepimų komentarai: 1", "Dalyvavimai renginiuose: 1", "Naudotojo paskyra ir jos vaidmuo tinkle: 1");
		WebSession.Page noReference = pages.post(network.pages() + "/people/" + person + "/erasure",
				network.pages() + "/people/" + person + "/erasure", Map.of("reference", " "));
		assertThat(noReference.text()).contains("Nurodykite asmens prašymo nuorodą");
		assertThat(admin.get(api + "/people/" + person).<String>json("$.email")).isEqualTo(email);

		WebSession.Page erased = pages.post(network.pages() + "/people/" + person + "/erasure",
				network.pages() + "/people/" + person + "/erasure", Map.of("reference", "2026-12-06 laiškas Nr. 7"));
		assertThat(erased.location()).endsWith("/people/" + person);

		assertThat(figures(admin, api)).isEqualTo(before);
		assertThat(admin.get(api + "/reports/annual/2025").body()).isEqualTo(reportBefore);
		assertThat(traces(FIRST + " " + LAST, LAST + " " + FIRST, email, PHONE)).isEmpty();
		assertThat(traces("Kitas Kolega", "kitas.kolega@trynimas.lt")).isNotEmpty();

		assertThat(pages.get(network.pages() + "/people/" + person).text()).contains("Ištrintas asmuo")
			.doesNotContain(FIRST);
		assertThat(pages.get(network.pages() + "/people").text()).contains("Ištrintas asmuo", "Kolega, Kitas");
		assertThat(pages.get(network.pages() + "/events/" + training).text()).contains("Ištrintas asmuo");
		assertThat(pages.get(network.pages() + "/history").text()).contains("Ištrynimas", "2026-12-06 laiškas Nr. 7")
			.doesNotContain(FIRST);
		assertThat(admin.get(api + "/people/" + person + "/export").status()).isEqualTo(404);
		assertThat(pages.get(network.pages() + "/working-groups/" + group).text()).contains("Ištrintas asmuo");

		ApiClient.Response twice = admin.post(api + "/people/" + person + "/erasure", "{\"reference\":\"dar kartą\"}");
		assertThat(twice.status()).isEqualTo(409);
		assertThat(twice.body()).contains("jau ištrintas");
		assertThat(pages.post(network.pages() + "/people/" + person + "/erasure",
				network.pages() + "/people/" + person + "/erasure", Map.of("reference", "dar kartą")).text())
			.contains("Šis asmuo jau ištrintas; nieko nepakeista.");
	}

	@Test
	void anErasureNeedsAReferenceAndOnlyTheKeepersMayExportOrErase() {
		ApiClient staff = ApiClient.basic(port, DemoAccounts.NSMOT_STAFF.email(), DemoAccounts.PASSWORD);
		String api = "/api/v1/networks/nsmot";
		long person = created(staff.post(api + "/people",
				"{\"firstName\":\"Neištrinama\",\"lastName\":\"Asmenytė\",\"email\":\"neistrinama@nsmot.demo\"}"));

		ApiClient.Response noReference = staff.inLanguage("en").post(api + "/people/" + person + "/erasure", "{}");
		assertThat(noReference.status()).isEqualTo(400);
		assertThat(noReference.<String>json("$.errors[0].message"))
			.isEqualTo("Give the reference of the person’s request (e.g. the date or number of their letter).");
		assertThat(staff.post(api + "/people/" + person + "/erasure", "{\"reference\":\"" + "x".repeat(201) + "\"}")
			.status()).isEqualTo(400);
		assertThat(staff.post(api + "/people/999999999/erasure", "{\"reference\":\"r\"}").status()).isEqualTo(404);

		ApiClient member = ApiClient.basic(port, DemoAccounts.NSMOT_MEMBER.email(), DemoAccounts.PASSWORD);
		ApiClient board = ApiClient.basic(port, DemoAccounts.NSMOT_BOARD.email(), DemoAccounts.PASSWORD);
		for (ApiClient refused : List.of(member, board)) {
			assertThat(refused.get(api + "/people/" + person + "/export").status()).isEqualTo(403);
			assertThat(refused.post(api + "/people/" + person + "/erasure", "{\"reference\":\"r\"}").status())
				.isEqualTo(403);
		}
		ApiClient other = FreshNetwork.create(port, "svetimas-trynimas", "Svetimas tinklas").admin();
		assertThat(other.get(api + "/people/" + person + "/export").status()).isEqualTo(404);
		assertThat(staff.get(api + "/people/" + person).<String>json("$.email")).isEqualTo("neistrinama@nsmot.demo");
	}

	/** Every metric's value for 2025, by key: what the report, the strategy and the projects count from. */
	private static Map<String, Object> figures(ApiClient admin, String api) {
		Map<String, Object> values = new LinkedHashMap<>();
		for (String key : admin.get(api + "/metrics").<List<String>>json("$[*].key")) {
			ApiClient.Response value = admin.get(api + "/metrics/" + key + "?from=2025-01-01&to=2025-12-31");
			assertThat(value.status()).as(key + ": " + value.body()).isEqualTo(200);
			values.put(key, value.json("$.value"));
		}
		return values;
	}

	/** Each table and column, text or bytes, that holds one of the values anywhere in the database. */
	private List<String> traces(String... values) {
		List<String> found = new ArrayList<>();
		List<Map<String, Object>> columns = jdbc.sql("""
				select c.table_name, c.column_name, c.data_type from information_schema.columns c
				join information_schema.tables t on t.table_schema = c.table_schema and t.table_name = c.table_name
				where c.table_schema = current_schema() and t.table_type = 'BASE TABLE'
				and c.data_type in ('character varying', 'text', 'character', 'bytea')""").query().listOfRows();
		for (Map<String, Object> column : columns) {
			String table = "\"" + column.get("table_name") + "\"";
			String name = "\"" + column.get("column_name") + "\"";
			for (String value : values) {
				String condition = "bytea".equals(column.get("data_type"))
						? "position(convert_to(:value, 'UTF8') in " + name + ") > 0"
						: "position(lower(:value) in lower(" + name + ")) > 0";
				long count = jdbc.sql("select count(*) from " + table + " where " + condition)
					.param("value", value)
					.query(Long.class)
					.single();
				if (count > 0) {
					found.add(column.get("table_name") + "." + column.get("column_name") + " holds " + value);
				}
			}
		}
		return found;
	}

	@Test
	void aDownloadLinkWorksOnceAndNotAfterItExpired() {
		FreshNetwork network = FreshNetwork.create(port, "nuorodos", "Nuorodų tinklas");
		network.person("Ona", "Nuorodaitė", "ona@nuorodos.lt");
		WebSession visitor = new WebSession(port);
		visitor.post("/n/nuorodos/public/my-data", "/n/nuorodos/public/my-data", Map.of("email", "ona@nuorodos.lt"));
		String first = TestMail.linkPath(TestMail.numberTo("ona@nuorodos.lt", 1), "/n/nuorodos/public/my-data/");
		visitor.post("/n/nuorodos/public/my-data", "/n/nuorodos/public/my-data", Map.of("email", "ona@nuorodos.lt"));
		String second = TestMail.linkPath(TestMail.numberTo("ona@nuorodos.lt", 2), "/n/nuorodos/public/my-data/");
		assertThat(second).isNotEqualTo(first);

		jdbc.sql("update personal_data_link set expires_at = now() - interval '1 minute' where network_id = "
				+ "(select id from network where slug = 'nuorodos') and created_at = (select min(created_at) from personal_data_link"
				+ " where network_id = (select id from network where slug = 'nuorodos'))").update();
		assertThat(visitor.get(first).text()).contains("Šios nuorodos galiojimas baigėsi.");
		WebSession.Page expired = visitor.post("/n/nuorodos/public/my-data", first, Map.of());
		assertThat(expired.status()).isEqualTo(303);
		assertThat(expired.location()).endsWith(first);

		WebSession.Page downloaded = visitor.post(second, second, Map.of());
		assertThat(downloaded.status()).isEqualTo(200);
		assertThat(downloaded.body()).startsWith("PK");
		assertThat(visitor.get(second).text()).contains("Ši nuoroda jau panaudota.");
		assertThat(visitor.post("/n/nuorodos/public/my-data", second, Map.of()).status()).isEqualTo(303);
		assertThat(network.signedIn().get("/n/nuorodos/history").text()).contains("Duomenų išrašas (susipažinimas)");
	}

	@Test
	void thePlatformAdminErasesByEmailOnlyWhereTheNetworkAllowsIt() {
		FreshNetwork open = FreshNetwork.create(port, "atviras-tinklas", "Atviras tinklas");
		FreshNetwork closed = FreshNetwork.create(port, "uzdaras-tinklas", "Uždaras tinklas");
		long here = open.person("Bendra", "Asmenytė", "bendra@abu.lt");
		long there = closed.person("Bendra", "Asmenytė", "bendra@abu.lt");
		created(closed.admin().post(closed.api() + "/volunteering/programmes", "{\"name\":\"Bendra Asmenytė veda\"}"));
		created(open.admin().post(open.api() + "/volunteering/programmes", "{\"name\":\"Bendra Asmenytė veda\"}"));
		String settings = open.admin().get(open.api() + "/settings").body();
		assertThat(open.admin().put(open.api() + "/settings",
				settings.replace("\"platformAdminMayRead\":false", "\"platformAdminMayRead\":true")).status())
			.isEqualTo(200);
		long openId = jdbc.sql("select id from network where slug = 'atviras-tinklas'").query(Long.class).single();
		long closedId = jdbc.sql("select id from network where slug = 'uzdaras-tinklas'").query(Long.class).single();

		WebSession platform = WebSession.signedIn(port, DemoAccounts.PLATFORM_ADMIN, DemoAccounts.PASSWORD);
		String search = "/admin/people?email=bendra%40abu.lt";
		assertThat(platform.get(search).text()).contains("Atviras tinklas", "kuriuose šis adresas yra: 1")
			.doesNotContain("Uždaras tinklas");
		assertThat(platform.get("/admin/people?email=ne-adresas").text()).contains("Įrašykite el. pašto adresą");

		assertThat(platform.post(search, "/admin/people/erasure", Map.of("networkId", String.valueOf(closedId),
				"personId", String.valueOf(there), "email", "bendra@abu.lt", "reference", "Laiškas")).status())
			.isEqualTo(403);
		assertThat(platform.post(search, "/admin/people/erasure", Map.of("networkId", String.valueOf(openId),
				"personId", String.valueOf(here), "email", "bendra@abu.lt", "reference", " ")).text())
			.contains("Nurodykite asmens prašymo nuorodą");
		assertThat(open.admin().get(open.api() + "/people/" + here).<String>json("$.email")).isEqualTo("bendra@abu.lt");

		WebSession.Page erased = platform.post(search, "/admin/people/erasure", Map.of("networkId",
				String.valueOf(openId), "personId", String.valueOf(here), "email", "bendra@abu.lt", "reference", "Laiškas"));
		assertThat(erased.status()).isEqualTo(302);
		assertThat(platform.get(search).text()).contains("Tinkluose, kurie tai leidžia, asmens su šiuo adresu nėra.");
		assertThat(open.admin().get(open.api() + "/people/" + here + "/export").status()).isEqualTo(404);
		assertThat(closed.admin().get(closed.api() + "/people/" + there).<String>json("$.email")).isEqualTo("bendra@abu.lt");
		assertThat(closed.admin().get(closed.api() + "/people/" + there).<String>json("$.lastName")).isEqualTo("Asmenytė");
		// the texts of the network that erased are scrubbed, another network's texts are untouched
		assertThat(jdbc.sql("select network_id, name from volunteer_programme where network_id in (:networks) order by network_id")
			.param("networks", List.of(openId, closedId))
			.query((rs, i) -> rs.getLong(1) + " " + rs.getString(2))
			.list()).containsExactlyInAnyOrder(openId + " *** veda", closedId + " Bendra Asmenytė veda");
		assertThat(WebSession.signedIn(port, open.adminEmail(), FreshNetwork.PASSWORD).get("/n/atviras-tinklas/history")
			.text()).contains("Ištrynimas", "Laiškas", "Platformos administratorius");
	}
}
