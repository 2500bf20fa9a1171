package lt.tinklas.partnerships;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.InputStreamReader;
import java.math.BigDecimal;
import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Properties;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import lt.tinklas.demo.DemoAccounts;
import lt.tinklas.testing.ApiClient;
import lt.tinklas.testing.TinklasTest;
import lt.tinklas.testing.WebSession;
import org.junit.jupiter.api.Test;
import org.springframework.boot.test.web.server.LocalServerPort;

/**
 * Agreements with municipalities through the API and the pages: the days they are in force, every
 * refusal with its message and nothing changed, the document, the analyses, the map with its
 * table, the metrics and who may do what. Each test works with its own municipality and dates in
 * the 2040s, which no demo record uses.
 */
@TinklasTest
class PartnershipsTests {

	private static final String API = "/api/v1/networks/nsmot";

	private static final String PAGES = "/n/nsmot/municipal-agreements";

	@LocalServerPort
	int port;

	ApiClient staff() {
		return ApiClient.basic(port, DemoAccounts.NSMOT_STAFF.email(), DemoAccounts.PASSWORD);
	}

	WebSession staffPages() {
		return WebSession.signedIn(port, DemoAccounts.NSMOT_STAFF.email(), DemoAccounts.PASSWORD);
	}

	ApiClient.Response agreement(String municipality, String status, String signedOn, String validUntil) {
		return staff().post(API + "/municipal-agreements", """
				{"municipality":"%s","status":"%s","signedOn":%s,"validUntil":%s,
				 "signatories":"Meras; direktorė","scope":"Vaiko gerovė"}"""
			.formatted(municipality, status, quoted(signedOn), quoted(validUntil)));
	}

	static String quoted(String value) {
		return value == null ? "null" : "\"" + value + "\"";
	}

	List<Map<String, Object>> all() {
		return staff().get(API + "/municipal-agreements").json("$");
	}

	List<String> inForce(String day) {
		return staff().get(API + "/municipal-agreements?on=" + day).json("$[*].municipality");
	}

	@Test
	void theDemoHoldsTheConfederationsNineSignedAgreementsAndThePlannedOnes() {
		ApiClient confederation = ApiClient.basic(port, DemoAccounts.CHILDREN_ADMIN.email(), DemoAccounts.PASSWORD);
		String children = "/api/v1/networks/nvo-vaikams";
		assertThat(confederation.get(children + "/municipal-agreements?on=2018-12-31").<List<String>>json("$[*].municipalityName"))
			.containsExactlyInAnyOrder("Akmenės rajono savivaldybė", "Anykščių rajono savivaldybė", "Kalvarijos savivaldybė",
					"Molėtų rajono savivaldybė", "Rokiškio rajono savivaldybė", "Šalčininkų rajono savivaldybė",
					"Širvintų rajono savivaldybė", "Švenčionių rajono savivaldybė", "Utenos rajono savivaldybė");
		// on the day Molėtai signed, seven had signed before
		assertThat(confederation.get(children + "/municipal-agreements?on=2017-12-17").<List<Object>>json("$")).hasSize(7);
		List<Map<String, Object>> all = confederation.get(children + "/municipal-agreements").json("$");
		Map<String, Object> moletai = all.stream().filter(a -> "LT-27".equals(a.get("municipality"))).findFirst().orElseThrow();
		assertThat(moletai).containsEntry("status", "SIGNED").containsEntry("signedOn", "2017-12-18");
		assertThat((String) moletai.get("signatories")).contains("Stasys Žvinys", "Elena Urbonienė");
		assertThat(all.stream().filter(a -> !"SIGNED".equals(a.get("status"))).map(a -> a.get("municipality")))
			.containsExactlyInAnyOrder("LT-41", "LT-25", "LT-34", "LT-23", "LT-19");
		assertThat(confederation.get(children + "/municipal-analyses").<List<String>>json("$[*].municipality"))
			.containsExactly("LT-49");

		assertThat(metric(confederation, children, "partnerships.signed", "2017-01-01", "2017-12-31")).isEqualByComparingTo("8");
		assertThat(metric(confederation, children, "partnerships.inForce", "2018-01-01", "2018-12-31")).isEqualByComparingTo("9");
	}

	static BigDecimal metric(ApiClient client, String base, String key, String from, String to) {
		ApiClient.Response answer = client.get(base + "/metrics/" + key + "?from=" + from + "&to=" + to);
		assertThat(answer.status()).as(answer.body()).isEqualTo(200);
		return new BigDecimal(answer.<Object>json("$.value").toString());
	}

	@Test
	void anAgreementIsInForceFromItsSigningToItsEndAndTheMetricsCountIt() {
		ApiClient.Response created = agreement("LT-57", "SIGNED", "2041-03-01", "2042-12-31");
		assertThat(created.status()).as(created.body()).isEqualTo(201);
		assertThat(created.<String>json("$.municipalityName")).isEqualTo("Vilniaus miesto savivaldybė");
		assertThat(created.<String>json("$.county")).isEqualTo("LT-VL");
		ApiClient.Response planned = agreement("LT-13", "PLANNED", null, null);
		assertThat(planned.status()).as(planned.body()).isEqualTo(201);

		assertThat(inForce("2041-02-28")).doesNotContain("LT-57");
		assertThat(inForce("2041-03-01")).contains("LT-57").doesNotContain("LT-13");
		assertThat(inForce("2042-12-31")).contains("LT-57");
		assertThat(inForce("2043-01-01")).doesNotContain("LT-57");
		assertThat(staff().get(API + "/municipal-agreements?on=2041-13-01").status()).isEqualTo(400);

		// a new agreement may start the day after the last one ended, without end
		ApiClient.Response next = agreement("LT-57", "SIGNED", "2043-01-01", null);
		assertThat(next.status()).as(next.body()).isEqualTo(201);
		assertThat(inForce("2050-01-01")).contains("LT-57");

		assertThat(metric(staff(), API, "partnerships.signed", "2041-01-01", "2041-12-31")).isEqualByComparingTo("1");
		assertThat(metric(staff(), API, "partnerships.signed", "2041-01-01", "2043-12-31")).isEqualByComparingTo("2");
		assertThat(metric(staff(), API, "partnerships.inForce", "2041-01-01", "2041-02-28")).isEqualByComparingTo("0");
		assertThat(metric(staff(), API, "partnerships.inForce", "2042-01-01", "2042-12-31")).isEqualByComparingTo("1");
		ApiClient.Response evidence = staff().get(API + "/metrics/partnerships.signed?from=2041-01-01&to=2041-12-31");
		assertThat(evidence.body()).contains("Vilniaus miesto savivaldybė", "/n/nsmot/municipal-agreements/" + created.json("$.id"));
	}

	@Test
	void everyBadAgreementIsRefusedWithItsMessageAndNothingChanges() {
		ApiClient.Response first = agreement("LT-21", "SIGNED", "2044-01-15", "2045-12-31");
		assertThat(first.status()).as(first.body()).isEqualTo(201);
		int before = all().size();

		ApiClient.Response noDate = agreement("LT-21", "SIGNED", null, null);
		assertThat(noDate.status()).isEqualTo(400);
		assertThat(noDate.<String>json("$.errors[0].field")).isEqualTo("signedOn");
		assertThat(noDate.<String>json("$.errors[0].message")).isEqualTo("Pasirašytai sutarčiai reikia pasirašymo datos.");

		ApiClient.Response overlapping = agreement("LT-21", "SIGNED", "2045-06-01", null);
		assertThat(overlapping.status()).isEqualTo(400);
		assertThat(overlapping.<String>json("$.errors[0].field")).isEqualTo("signedOn");
		assertThat(overlapping.<String>json("$.errors[0].message")).isEqualTo(
				"Klaipėdos rajono savivaldybė jau turi sutartį, galiojančią 2044-01-15 – 2045-12-31; su viena savivaldybe vienu metu gali galioti tik viena sutartis.");
		// an ended agreement's period counts too
		ApiClient.Response endedOverlap = agreement("LT-21", "ENDED", "2043-01-01", "2044-01-15");
		assertThat(endedOverlap.<String>json("$.errors[0].message")).startsWith("Klaipėdos rajono savivaldybė jau turi sutartį");

		ApiClient.Response unknown = agreement("LT-99", "PLANNED", null, null);
		assertThat(unknown.status()).isEqualTo(400);
		assertThat(unknown.<String>json("$.errors[0].field")).isEqualTo("municipality");
		assertThat(unknown.<String>json("$.errors[0].message")).isEqualTo("Nežinomas savivaldybės kodas „LT-99“.");

		ApiClient.Response backwards = agreement("LT-22", "SIGNED", "2044-05-01", "2044-04-30");
		assertThat(backwards.status()).isEqualTo(400);
		assertThat(backwards.<String>json("$.errors[0].field")).isEqualTo("validUntil");
		assertThat(backwards.<String>json("$.errors[0].message")).isEqualTo(
				"Sutartis negali galioti tik iki 2044-04-30, jei pasirašyta 2044-05-01: galiojimo pabaiga negali būti ankstesnė už pasirašymo datą.");

		ApiClient.Response endedOpen = agreement("LT-22", "ENDED", "2044-05-01", null);
		assertThat(endedOpen.<String>json("$.errors[0].message")).isEqualTo("Pasibaigusiai sutarčiai reikia datos, iki kurios ji galiojo.");

		ApiClient english = staff().inLanguage("en");
		assertThat(english.post(API + "/municipal-agreements", "{\"municipality\":\"LT-21\",\"status\":\"SIGNED\"}")
			.<String>json("$.errors[0].message")).isEqualTo("A signed agreement needs the day it was signed.");
		assertThat(english.post(API + "/municipal-agreements",
				"{\"municipality\":\"LT-21\",\"status\":\"SIGNED\",\"signedOn\":\"2045-01-01\"}").<String>json("$.errors[0].message"))
			.isEqualTo("Klaipėdos rajono savivaldybė already has an agreement in force 2044-01-15 – 2045-12-31; only one agreement with a municipality can be in force at a time.");
		assertThat(english.post(API + "/municipal-agreements", "{\"municipality\":\"LT-99\",\"status\":\"PLANNED\"}")
			.<String>json("$.errors[0].message")).isEqualTo("Unknown municipality code \"LT-99\".");

		assertThat(all()).hasSize(before);
		assertThat(inForce("2045-06-01")).containsOnlyOnce("LT-21");

		// a change that would make two agreements overlap is refused and the agreement stays as it was
		ApiClient.Response second = agreement("LT-21", "SIGNED", "2046-01-01", null);
		assertThat(second.status()).as(second.body()).isEqualTo(201);
		int secondId = second.json("$.id");
		ApiClient.Response moved = staff().put(API + "/municipal-agreements/" + secondId, """
				{"municipality":"LT-21","status":"SIGNED","signedOn":"2045-12-01","version":%d}"""
			.formatted(second.<Integer>json("$.version")));
		assertThat(moved.status()).isEqualTo(400);
		assertThat(moved.<String>json("$.errors[0].message")).startsWith("Klaipėdos rajono savivaldybė jau turi sutartį, galiojančią 2044-01-15 – 2045-12-31");
		assertThat(staff().get(API + "/municipal-agreements/" + secondId).<String>json("$.signedOn")).isEqualTo("2046-01-01");
	}

	@Test
	void theFormSaysWhatIsWrongBesideEachFieldAndKeepsWhatWasTyped() {
		WebSession pages = staffPages();
		String form = pages.get(PAGES + "/new").html();
		for (String id : List.of("municipality", "status", "signedOn", "validUntil", "scope", "signatories")) {
			assertThat(form).contains("id=\"" + id + "\"").contains("for=\"" + id + "\"");
		}
		int before = all().size();
		WebSession.Page refused = pages.post(PAGES + "/new", PAGES, Map.of("municipality", "LT-30", "status", "SIGNED",
				"signedOn", "", "validUntil", "", "signatories", "Meras Petras Petraitis", "scope", "Bendruomeninės paslaugos"));
		assertThat(refused.status()).isEqualTo(200);
		assertThat(refused.text()).contains("Pasirašytai sutarčiai reikia pasirašymo datos.");
		assertThat(refused.html()).contains("value=\"Meras Petras Petraitis\"", "Bendruomeninės paslaugos", "id=\"signedOn-error\"");
		assertThat(all()).hasSize(before);

		WebSession.Page saved = pages.post(PAGES + "/new", PAGES, Map.of("municipality", "LT-30", "status", "SIGNED",
				"signedOn", "2046-02-01", "validUntil", "2047-01-31", "signatories", "Meras Petras Petraitis", "scope", "Bendruomeninės paslaugos"));
		assertThat(saved.status()).isEqualTo(302);
		String page = saved.location().replaceAll("^https?://[^/]+", "");
		WebSession.Page shown = pages.get(page);
		assertThat(shown.text()).contains("Sutartis – Pakruojo rajono savivaldybė", "2046-02-01", "2047-01-31", "Meras Petras Petraitis");

		// the second agreement overlapping in the form: the message beside the date, nothing saved
		WebSession.Page overlap = pages.post(PAGES + "/new", PAGES, Map.of("municipality", "LT-30", "status", "SIGNED",
				"signedOn", "2047-01-01"));
		assertThat(overlap.text()).contains(
				"Pakruojo rajono savivaldybė jau turi sutartį, galiojančią 2046-02-01 – 2047-01-31; su viena savivaldybe vienu metu gali galioti tik viena sutartis.");
		assertThat(all()).hasSize(before + 1);

		// a change is recorded in the history
		String id = page.substring(page.lastIndexOf('/') + 1);
		String version = staff().get(API + "/municipal-agreements/" + id).json("$.version").toString();
		assertThat(pages.post(page + "/edit", page, Map.of("municipality", "LT-30", "status", "SIGNED", "signedOn", "2046-02-01",
				"validUntil", "2047-06-30", "signatories", "Meras Petras Petraitis", "version", version)).status()).isEqualTo(302);
		assertThat(pages.get(page).text()).contains("Galioja iki", "2047-01-31", "2047-06-30");

		// the list filters by status and county and exports
		assertThat(pages.get(PAGES + "?status=SIGNED&county=LT-SA").text()).contains("Pakruojo rajono savivaldybė");
		assertThat(pages.get(PAGES + "?status=PLANNED&county=LT-SA").text()).doesNotContain("Pakruojo rajono savivaldybė");
		assertThat(new String(pages.download(PAGES + "/export.csv?county=LT-SA"), StandardCharsets.UTF_8))
			.contains("Pakruojo rajono savivaldybė", "2046-02-01");
	}

	@Test
	void theSignedDocumentMustBeAPdfOrDocxAndCanBeDownloaded() {
		int id = agreement("LT-38", "SIGNED", "2047-03-01", null).json("$.id");
		WebSession pages = staffPages();
		String page = PAGES + "/" + id;
		WebSession.Page notPdf = pages.upload(page, page + "/document", "document", "sutartis.pdf",
				"tai ne PDF".getBytes(StandardCharsets.UTF_8));
		assertThat(notPdf.status()).isEqualTo(302);
		assertThat(pages.get(page).text()).contains("Tinka tik PDF arba DOCX failas.", "Dokumentas dar neįkeltas.");
		byte[] pdf = "%PDF-1.4\n% sutartis\n".getBytes(StandardCharsets.UTF_8);
		pages.upload(page, page + "/document", "document", "sutartis.pdf", pdf);
		assertThat(pages.get(page).text()).contains("sutartis.pdf");
		assertThat(pages.download(page + "/document")).isEqualTo(pdf);

		// an analysis made for the municipality, with its file, shows on the agreement's page
		String analyses = PAGES + "/analyses";
		WebSession.Page noTitle = pages.post(analyses, analyses, Map.of("municipality", "LT-38", "madeOn", "2047-04-01"));
		assertThat(noTitle.status()).isEqualTo(200);
		assertThat(noTitle.text()).contains("Šis laukas privalomas.");
		WebSession.Page added = pages.uploadTwo(analyses, analyses + "?municipality=LT-38&title="
				+ URLEncoder.encode("Paslaugų poreikio analizė", StandardCharsets.UTF_8) + "&madeOn=2047-04-01&presentedTo=Tarybai",
				"file", "analize.pdf", pdf, null, null, null);
		assertThat(added.status()).as(added.body()).isEqualTo(302);
		assertThat(pages.get(page).text()).contains("2047-04-01 · Paslaugų poreikio analizė", "pristatyta: Tarybai", "analize.pdf");
	}

	@Test
	void theMapColoursEachMunicipalityByItsAgreementAndTheTableSaysTheSame() {
		assertThat(agreement("LT-18", "SIGNED", "2048-01-10", null).status()).isEqualTo(201);
		assertThat(agreement("LT-16", "NEGOTIATING", null, null).status()).isEqualTo(201);
		WebSession board = WebSession.signedIn(port, DemoAccounts.NSMOT_BOARD.email(), DemoAccounts.PASSWORD);
		WebSession.Page map = board.get(PAGES + "/map?on=2048-06-01");
		assertThat(map.status()).isEqualTo(200);
		String html = map.html();
		assertThat(html).contains("role=\"img\"", "aria-label=\"Lietuvos savivaldybės pagal bendradarbiavimo sutarties būklę 2048-06-01\"",
				"Savivaldybių ribos: VĮ Registrų centras, CC BY 4.0");
		Matcher paths = Pattern.compile("<path d=\"M[^\"]+\" fill=\"(#[0-9a-f]{6})\" data-code=\"(LT-\\d\\d)\" data-status=\"([a-z]+)\"><title>([^<]+)</title>")
			.matcher(html);
		Map<String, String[]> drawn = new HashMap<>();
		while (paths.find()) {
			drawn.put(paths.group(2), new String[] { paths.group(1), paths.group(3), paths.group(4) });
		}
		assertThat(drawn).hasSize(60);
		assertThat(drawn.get("LT-18")).containsExactly("#1b7837", "signed", "Kėdainių rajono savivaldybė: Pasirašyta, galioja (2048-01-10 –)");
		assertThat(drawn.get("LT-16")[1]).isEqualTo("negotiating");
		assertThat(drawn.get("LT-51")[1]).isEqualTo("none");
		assertThat(html.length()).isLessThan(400_000);

		Matcher table = Pattern.compile("(?s)<table[^>]*id=\"map-table\".*?</table>").matcher(html);
		assertThat(table.find()).isTrue();
		String rows = table.group().replaceAll("<[^>]+>", " ").replaceAll("\\s+", " ");
		assertThat(rows).contains("Kėdainių rajono savivaldybė Pasirašyta, galioja 2048-01-10 –",
				"Kauno rajono savivaldybė Derinama", "Vilniaus miesto savivaldybė");
		assertThat(html).contains("Pasirašyta, galioja (");

		// before the signing day the agreement was not there yet
		assertThat(board.get(PAGES + "/map?on=2047-12-31").html()).contains("data-code=\"LT-18\" data-status=\"none\"");
	}

	@Test
	void onlyKeepersChangeAgreementsAndMemberRepresentativesSeeNone() {
		ApiClient board = ApiClient.basic(port, DemoAccounts.NSMOT_BOARD.email(), DemoAccounts.PASSWORD);
		int before = all().size();
		assertThat(board.post(API + "/municipal-agreements", "{\"municipality\":\"LT-36\",\"status\":\"PLANNED\"}").status())
			.isEqualTo(403);
		assertThat(board.get(API + "/municipal-agreements").status()).isEqualTo(200);
		ApiClient member = ApiClient.basic(port, DemoAccounts.NSMOT_MEMBER.email(), DemoAccounts.PASSWORD);
		assertThat(member.get(API + "/municipal-agreements").status()).isEqualTo(403);
		assertThat(WebSession.signedIn(port, DemoAccounts.NSMOT_MEMBER.email(), DemoAccounts.PASSWORD).get(PAGES + "/map").status())
			.isEqualTo(403);
		WebSession boardPages = WebSession.signedIn(port, DemoAccounts.NSMOT_BOARD.email(), DemoAccounts.PASSWORD);
		assertThat(boardPages.get(PAGES + "/new").status()).isEqualTo(403);
		assertThat(all()).hasSize(before);
		// another network's agreements are not this network's
		ApiClient confederation = ApiClient.basic(port, DemoAccounts.CHILDREN_ADMIN.email(), DemoAccounts.PASSWORD);
		int other = confederation.get("/api/v1/networks/nvo-vaikams/municipal-agreements").json("$[0].id");
		assertThat(staff().get(API + "/municipal-agreements/" + other).status()).isEqualTo(404);
	}

	@Test
	void everyStatusHasItsLabelInBothLanguages() throws Exception {
		for (String language : List.of("lt", "en")) {
			Properties bundle = new Properties();
			try (var in = getClass().getResourceAsStream("/messages/partnerships_" + language + ".properties")) {
				bundle.load(new InputStreamReader(in, StandardCharsets.UTF_8));
			}
			for (AgreementStatus status : AgreementStatus.values()) {
				assertThat(bundle.getProperty("agreementStatus." + status)).as(language + " " + status).isNotBlank();
			}
		}
	}
}
