package lt.tinklas.projects;

import static org.assertj.core.api.Assertions.assertThat;

import java.awt.image.BufferedImage;
import java.io.ByteArrayOutputStream;
import java.math.BigDecimal;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.Map;

import javax.imageio.ImageIO;

import lt.tinklas.demo.DemoAccounts;
import lt.tinklas.networks.Networks;
import lt.tinklas.people.People;
import lt.tinklas.people.PersonData;
import lt.tinklas.shared.tenancy.Tenancy;
import lt.tinklas.shared.text.SearchText;
import lt.tinklas.testing.ApiClient;
import lt.tinklas.testing.Documents;
import lt.tinklas.testing.TinklasTest;
import lt.tinklas.testing.WebSession;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;

/**
 * Funded projects through the API and the pages: money kept exact, extensions, events linked within
 * the period, indicators counted from them, the budget and its import, the funder report, the
 * yearly funding summary and the public page, with every refusal. Projects made here run in
 * 2029-2031, years no demo record uses.
 */
@TinklasTest
class ProjectsTests {

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

	int funder(String name) {
		ApiClient.Response created = staff().post(API + "/funders",
				"{\"name\":\"" + name + "\",\"sourceType\":\"STATE_BUDGET\"}");
		assertThat(created.status()).as(created.body()).isEqualTo(201);
		return created.json("$.id");
	}

	ApiClient.Response project(String name, int funder, String value, String grant, String startsOn, String endsOn) {
		return staff().post(API + "/projects", """
				{"name":"%s","code":"T-%d","funderId":%d,"sourceType":"STATE_BUDGET","status":"ONGOING","value":%s,
				 "grant":%s,"ownContribution":null,"startsOn":"%s","endsOn":"%s","municipalities":["LT-13","LT-52"],
				 "partners":[],"notice":"Projektą finansuoja Bandymų ministerija.","isPublic":true}"""
			.formatted(name, System.nanoTime() % 100000, funder, value == null ? "null" : "\"" + value + "\"",
					grant == null ? "null" : "\"" + grant + "\"", startsOn, endsOn));
	}

	int count() {
		return staff().get(API + "/projects").<List<Object>>json("$").size();
	}

	int event(String title, String day) {
		ApiClient.Response created = staff().post(API + "/events", """
				{"type":"TRAINING","title":"%s","startsAt":"%sT10:00:00+03:00","endsAt":"%sT14:00:00+03:00",
				 "format":"LIVE","hours":4,"municipality":"LT-13"}""".formatted(title, day, day));
		assertThat(created.status()).as(created.body()).isEqualTo(201);
		return created.json("$.id");
	}

	void attend(int event, String... names) {
		for (String name : names) {
			long person = Tenancy.runAs(networks.bySlug("nsmot").orElseThrow().id(), () -> people.create(new PersonData(name,
					"Projektaitė", SearchText.normalize(name) + "." + System.nanoTime() + "@projektai.lt",
					null, "lt", List.of(), List.of())).id());
			ApiClient.Response registered = staff().post(API + "/events/" + event + "/participants",
					"{\"personId\":" + person + ",\"status\":\"ATTENDED\"}");
			assertThat(registered.status()).as(registered.body()).isEqualTo(201);
		}
	}

	@Test
	void theDemoHoldsTheSeedsProjectsWithTheirFigures() {
		ApiClient confederation = ApiClient.basic(port, DemoAccounts.CHILDREN_ADMIN.email(), DemoAccounts.PASSWORD);
		String children = "/api/v1/networks/nvo-vaikams";
		List<Map<String, Object>> all = confederation.get(children + "/projects").json("$");
		Map<String, Object> esf = all.stream()
			.filter(p -> "08.3.1-ESFA-K-413-02-0050".equals(p.get("code")))
			.findFirst()
			.orElseThrow();
		assertThat(esf).containsEntry("value", "173552.19").containsEntry("grant", "144389.79")
			.containsEntry("startsOn", "2018-04-05").containsEntry("endsOn", "2021-04-03");
		assertThat((List<?>) esf.get("municipalities")).hasSize(5);
		assertThat(confederation.get(children + "/projects/" + esf.get("id") + "/indicators").<List<String>>json("$[*].target"))
			.containsExactly("265");

		Map<String, Object> ministry = all.stream()
			.filter(p -> ((String) p.get("name")).startsWith("Nevyriausybinių organizacijų skėtinė veikla"))
			.findFirst()
			.orElseThrow();
		assertThat(ministry).containsEntry("startsOn", "2016-07-01").containsEntry("endsOn", "2017-12-31")
			.containsEntry("allocations", Map.of("2016", "15563.00", "2017", "15563.00"));
		assertThat(confederation.get(children + "/projects/" + ministry.get("id") + "/extensions")
			.<List<String>>json("$[*].previousEndsOn")).containsExactly("2016-12-31");
		ApiClient.Response funds2016 = confederation
			.get(children + "/metrics/projects.funds?from=2016-01-01&to=2016-12-31&source=STATE_BUDGET");
		assertThat(new BigDecimal(funds2016.<Object>json("$.value").toString())).isEqualByComparingTo("15563.00");

		ApiClient.Response nsmot = staff().get(API + "/projects");
		int id = nsmot.<List<Map<String, Object>>>json("$").stream()
			.filter(p -> "2022-07-01".equals(p.get("startsOn")))
			.map(p -> (Integer) p.get("id"))
			.findFirst()
			.orElseThrow();
		ApiClient.Response report = staff().get(API + "/projects/" + id + "/report");
		assertThat(report.<String>json("$.planned")).isEqualTo("54922.81");
		assertThat(report.<String>json("$.project.grant")).isEqualTo("54922.81");
	}

	@Test
	void aProjectKeepsItsMoneyExactAndRefusesWhatCannotBe() {
		int ministry = funder("Bandymų ministerija");
		int before = count();

		ApiClient.Response aboveValue = project("Per didelis", ministry, "100000.00", "200000.00", "2029-01-01", "2029-12-31");
		assertThat(aboveValue.status()).isEqualTo(400);
		assertThat(aboveValue.<String>json("$.errors[0].field")).isEqualTo("grant");
		assertThat(aboveValue.<String>json("$.errors[0].message").replace('\u00A0', ' '))
			.isEqualTo("Skirtas finansavimas (200 000,00 EUR) negali viršyti projekto vertės (100 000,00 EUR).");
		ApiClient.Response cents = project("Trupmenos", ministry, "10.123", null, "2029-01-01", "2029-12-31");
		assertThat(cents.status()).isEqualTo(400);
		assertThat(cents.<String>json("$.errors[0].message")).isEqualTo("Suma 10.123 turi daugiau nei du skaitmenis po kablelio.");
		assertThat(staff().inLanguage("en").post(API + "/projects", """
				{"name":"Blogas","sourceType":"STATE_BUDGET","status":"ONGOING","value":"12,5","startsOn":"2029-01-01","endsOn":"2029-02-01"}""")
			.<String>json("$.errors[0].message")).isEqualTo("\"12,5\" is not an amount (e.g. 173552.19).");
		assertThat(count()).isEqualTo(before);

		ApiClient.Response created = project("Tikslus projektas", ministry, "173552.19", "144389.79", "2029-04-05", "2029-12-31");
		assertThat(created.status()).as(created.body()).isEqualTo(201);
		assertThat(created.<String>json("$.value")).isEqualTo("173552.19");
		assertThat(created.<String>json("$.grant")).isEqualTo("144389.79");
		assertThat(created.<List<String>>json("$.municipalities")).containsExactly("LT-13", "LT-52");
		int id = created.json("$.id");

		// an extension that does not move the end later is refused; one that does keeps the earlier end
		ApiClient.Response earlier = staff().post(API + "/projects/" + id + "/extensions",
				"{\"newEndsOn\":\"2029-06-30\",\"reason\":\"Trumpiau\"}");
		assertThat(earlier.status()).isEqualTo(400);
		assertThat(earlier.<String>json("$.errors[0].message"))
			.isEqualTo("Nauja pabaiga turi būti vėlesnė nei dabartinė (2029-12-31).");
		assertThat(staff().get(API + "/projects/" + id).<String>json("$.endsOn")).isEqualTo("2029-12-31");
		ApiClient.Response extended = staff().post(API + "/projects/" + id + "/extensions",
				"{\"newEndsOn\":\"2030-12-31\",\"reason\":\"Projekto pratęsimas\"}");
		assertThat(extended.status()).as(extended.body()).isEqualTo(201);
		assertThat(extended.<String>json("$.endsOn")).isEqualTo("2030-12-31");
		assertThat(staff().get(API + "/projects/" + id + "/extensions").<List<String>>json("$[*].previousEndsOn"))
			.containsExactly("2029-12-31");

		WebSession pages = WebSession.signedIn(port, DemoAccounts.NSMOT_STAFF.email(), DemoAccounts.PASSWORD);
		assertThat(pages.get("/n/nsmot/projects/" + id).text().replace('\u00A0', ' ')).contains("173 552,19 EUR",
				"144 389,79 EUR", "2029-04-05 – 2030-12-31", "Pradinis laikotarpis: 2029-04-05 – 2029-12-31",
				"Pratęsta nuo 2029-12-31 iki 2030-12-31: Projekto pratęsimas");
		// the history names the funder, never by its id
		assertThat(pages.get("/n/nsmot/projects/" + id + "/edit").text()).contains("Finansuotojas: → Bandymų ministerija")
			.doesNotContain("Finansuotojas: → " + ministry);

		// the form says what is wrong with each field and keeps what was typed
		WebSession.Page form = pages.post("/n/nsmot/projects/new", "/n/nsmot/projects", Map.of("name", "Formos projektas",
				"sourceType", "STATE_BUDGET", "status", "ONGOING", "value", "1 000,00", "grant", "2 000,555",
				"startsOn", "2029-01-01", "endsOn", "2029-06-30"));
		assertThat(form.status()).isEqualTo(200);
		assertThat(form.text()).contains("Suma 2000.555 turi daugiau nei du skaitmenis po kablelio.");
		assertThat(form.html()).contains("value=\"Formos projektas\"", "value=\"2 000,555\"");
		assertThat(count()).isEqualTo(before + 1);
	}

	@Test
	void eventsWithinThePeriodCountInItsIndicatorsAndTheReport() {
		int ministry = funder("Renginių ministerija");
		int id = project("Renginių projektas", ministry, "50000.00", "45000.00", "2014-03-01", "2014-11-30").json("$.id");
		int first = event("Projekto mokymai I", "2014-04-10");
		int second = event("Projekto mokymai II", "2014-05-15");
		int outside = event("Per vėlai", "2014-12-15");
		attend(first, "Ona", "Rūta", "Eglė");
		attend(second, "Jonas", "Tomas");

		ApiClient.Response participants = staff().post(API + "/projects/" + id + "/indicators",
				"{\"name\":\"Dalyviai\",\"unit\":\"asm.\",\"target\":\"10\",\"metricKey\":\"events.distinctParticipants\"}");
		assertThat(participants.status()).as(participants.body()).isEqualTo(201);
		assertThat(participants.<String>json("$.actual")).isEqualTo("0");
		ApiClient.Response wrongMetric = staff().post(API + "/projects/" + id + "/indicators",
				"{\"name\":\"Narės\",\"target\":\"3\",\"metricKey\":\"members.accepted\"}");
		assertThat(wrongMetric.status()).isEqualTo(400);
		assertThat(wrongMetric.<String>json("$.errors[0].message"))
			.isEqualTo("Rodiklio „Priimta naujų narių“ negalima skaičiuoti projekto renginiuose.");

		// an event outside the period is refused and nothing is linked
		ApiClient.Response late = staff().post(API + "/projects/" + id + "/events/" + outside, null);
		assertThat(late.status()).isEqualTo(400);
		assertThat(late.<String>json("$.errors[0].message"))
			.isEqualTo("Renginys „Per vėlai“ (2014-12-15) nepatenka į projekto laikotarpį 2014-03-01 – 2014-11-30.");
		assertThat(staff().get(API + "/projects/" + id).<List<Integer>>json("$.eventIds")).isEmpty();

		assertThat(staff().post(API + "/projects/" + id + "/events/" + first, null).status()).isEqualTo(200);
		assertThat(actual(id, "Dalyviai")).isEqualTo("3");
		assertThat(staff().post(API + "/projects/" + id + "/events/" + second, null).status()).isEqualTo(200);
		assertThat(actual(id, "Dalyviai")).isEqualTo("5");

		// an event belongs to one project only
		int other = project("Kitas projektas", ministry, null, null, "2014-01-01", "2014-12-31").json("$.id");
		ApiClient.Response taken = staff().post(API + "/projects/" + other + "/events/" + first, null);
		assertThat(taken.<String>json("$.errors[0].message"))
			.isEqualTo("Renginys „Projekto mokymai I“ jau priklauso projektui „Renginių projektas“.");

		// the drill-down lists exactly the people counted
		String drilldown = staff().get(API + "/projects/" + id + "/indicators").json("$[0].drilldown");
		WebSession pages = WebSession.signedIn(port, DemoAccounts.NSMOT_BOARD.email(), DemoAccounts.PASSWORD);
		assertThat(pages.get(drilldown).text()).contains("Ona Projektaitė", "Jonas Projektaitė").doesNotContain("Per vėlai");

		// the report of April holds the first training only
		ApiClient.Response april = staff().get(API + "/projects/" + id + "/report?from=2014-04-01&to=2014-04-30");
		assertThat(april.<List<String>>json("$.events[*].title")).containsExactly("Projekto mokymai I");
		assertThat(april.<String>json("$.indicators[0].actual")).isEqualTo("5");
	}

	private String actual(int project, String indicator) {
		List<Map<String, Object>> all = staff().get(API + "/projects/" + project + "/indicators").json("$");
		return (String) all.stream().filter(i -> i.get("name").equals(indicator)).findFirst().orElseThrow().get("actual");
	}

	@Test
	void theBudgetTakesExpensesWithinThePeriodAndImportsAllOrNothing() {
		int ministry = funder("Biudžeto ministerija");
		int id = project("Biudžeto projektas", ministry, "10000.00", "9000.00", "2030-01-01", "2030-06-30").json("$.id");
		int salaries = staff().post(API + "/projects/" + id + "/budget-lines", "{\"name\":\"Darbo užmokestis\",\"planned\":\"6000.00\"}")
			.json("$.id");
		int trainings = staff().post(API + "/projects/" + id + "/budget-lines", "{\"name\":\"Mokymai\",\"planned\":\"3000.00\"}")
			.json("$.id");

		ApiClient.Response outside = staff().post(API + "/projects/" + id + "/expenses", """
				{"lineId":%d,"spentOn":"2030-07-01","amount":"100.00","supplier":"UAB Vėluojantis"}""".formatted(salaries));
		assertThat(outside.status()).isEqualTo(400);
		assertThat(outside.<String>json("$.errors[0].message"))
			.isEqualTo("Išlaidų data 2030-07-01 nepatenka į projekto laikotarpį 2030-01-01 – 2030-06-30.");
		ApiClient.Response cents = staff().post(API + "/projects/" + id + "/expenses", """
				{"lineId":%d,"spentOn":"2030-02-01","amount":"100.005"}""".formatted(salaries));
		assertThat(cents.<String>json("$.errors[0].message")).isEqualTo("Suma 100.005 turi daugiau nei du skaitmenis po kablelio.");
		ApiClient.Response spent = staff().post(API + "/projects/" + id + "/expenses", """
				{"lineId":%d,"spentOn":"2030-02-01","amount":"3200.50","supplier":"UAB Mokymai","documentNumber":"SF-1"}"""
			.formatted(trainings));
		assertThat(spent.status()).as(spent.body()).isEqualTo(201);
		assertThat(spent.<String>json("$.amount")).isEqualTo("3200.50");

		WebSession pages = WebSession.signedIn(port, DemoAccounts.NSMOT_STAFF.email(), DemoAccounts.PASSWORD);
		String budget = "/n/nsmot/projects/" + id + "/budget";
		assertThat(pages.get(budget).text().replace('\u00A0', ' ')).contains("Bent vienoje biudžeto eilutėje išleista daugiau nei planuota.",
				"Mokymai viršytas planas 3 000,00 EUR 3 200,50 EUR −200,50 EUR");

		// a sheet with one bad row imports nothing
		byte[] bad = """
				date,line,amount,supplier,document,note
				2030-03-01,Darbo užmokestis,"1500,00",,DU-3,Kovas
				2030-03-01,Kelionės,"200,00",,K-1,
				2030-08-01,Darbo užmokestis,"1500,00",,DU-8,
				""".getBytes(StandardCharsets.UTF_8);
		WebSession.Page refused = pages.upload(budget, budget + "/import", "file", "islaidos.csv", bad);
		assertThat(refused.status()).isEqualTo(200);
		assertThat(refused.text()).contains("Neimportuota nieko: rasta klaidų (2).",
				"Projekto biudžete nėra eilutės „Kelionės“.",
				"Išlaidų data 2030-08-01 nepatenka į projekto laikotarpį 2030-01-01 – 2030-06-30.");
		assertThat(staff().get(API + "/projects/" + id + "/report").<String>json("$.spent")).isEqualTo("3200.50");

		byte[] good = """
				date,line,amount,supplier,document,note
				2030-03-01,Darbo užmokestis,"1 500,00",,DU-3,Kovas
				2030-04-01,darbo užmokestis,1500.00,,DU-4,Balandis
				""".getBytes(StandardCharsets.UTF_8);
		WebSession.Page imported = pages.upload(budget, budget + "/import", "file", "islaidos.csv", good);
		assertThat(imported.status()).isEqualTo(302);
		ApiClient.Response report = staff().get(API + "/projects/" + id + "/report");
		assertThat(report.<String>json("$.spent")).isEqualTo("6200.50");
		assertThat(report.<String>json("$.remaining")).isEqualTo("2799.50");
		assertThat(report.<List<Boolean>>json("$.budget[*].over")).containsExactly(false, true);
	}

	@Test
	void theFunderReportPdfShowsTheAmountsTheLithuanianWayAndTheNotice() {
		int ministry = funder("Ataskaitų ministerija");
		int id = project("Ataskaitos projektas", ministry, "173552.19", "144389.79", "2031-01-01", "2031-12-31").json("$.id");
		WebSession board = WebSession.signedIn(port, DemoAccounts.NSMOT_BOARD.email(), DemoAccounts.PASSWORD);
		String pdf = Documents.pdfText(board.download("/n/nsmot/projects/" + id + "/report.pdf?lang=lt")).replace('\u00A0', ' ');
		assertThat(pdf).contains("Ataskaita finansuotojui", "Ataskaitos projektas", "Ataskaitų ministerija",
				"173 552,19 EUR", "144 389,79 EUR", "Projektą finansuoja Bandymų ministerija.");
		String english = Documents.pdfText(board.download("/n/nsmot/projects/" + id + "/report.pdf?lang=en"));
		assertThat(english).contains("Funder report", "Budget by line");
		assertThat(board.download("/n/nsmot/projects/" + id + "/report.xlsx").length).isGreaterThan(100);
		// a period that ends before it starts: said, and the whole period shown instead
		WebSession.Page backwards = board.get("/n/nsmot/projects/" + id + "/report?from=2031-05-01&to=2031-04-01");
		assertThat(backwards.status()).isEqualTo(200);
		assertThat(backwards.text()).contains("Pabaiga negali būti ankstesnė už pradžią.", "2031-01-01 – 2031-12-31");
	}

	@Test
	void aFundersLogoMustBeAnImageAndGoesOnTheReport() throws Exception {
		int ministry = funder("Logotipų ministerija");
		int id = project("Logotipo projektas", ministry, "100.00", "90.00", "2031-02-01", "2031-03-31").json("$.id");
		WebSession pages = WebSession.signedIn(port, DemoAccounts.NSMOT_STAFF.email(), DemoAccounts.PASSWORD);
		String logo = "/n/nsmot/funders/" + ministry + "/logo";

		WebSession.Page notImage = pages.upload("/n/nsmot/funders", logo, "logo", "logo.png",
				"ne paveikslėlis".getBytes(StandardCharsets.UTF_8));
		assertThat(pages.get(notImage.location().replaceAll("^https?://[^/]+", "")).text())
			.contains("Logotipas turi būti PNG arba JPEG.");
		assertThat(pages.get(logo).status()).isEqualTo(404);

		BufferedImage square = new BufferedImage(4, 4, BufferedImage.TYPE_INT_RGB);
		ByteArrayOutputStream png = new ByteArrayOutputStream();
		ImageIO.write(square, "png", png);
		pages.upload("/n/nsmot/funders", logo, "logo", "ministerija.png", png.toByteArray());
		assertThat(pages.download(logo)).isEqualTo(png.toByteArray());
		assertThat(pages.get("/n/nsmot/funders").html()).contains("src=\"" + logo + "\"");
		String pdf = new String(pages.download("/n/nsmot/projects/" + id + "/report.pdf"), StandardCharsets.ISO_8859_1);
		assertThat(pdf).contains("/Subtype /Image");
	}

	@Test
	void fundsGoToTheYearsByAllocationOrProRataByDays() {
		WebSession board = WebSession.signedIn(port, DemoAccounts.NSMOT_BOARD.email(), DemoAccounts.PASSWORD);
		int ministry = funder("Metų ministerija");
		// 2031-07-01..2032-06-30: 184 days in 2031 and 182 in 2032 of 366, so 18 400,00 and 18 200,00
		int spread = staff().post(API + "/projects", """
				{"name":"Per dvejus metus","sourceType":"FOUNDATION","status":"ONGOING","funderId":%d,"grant":"36600.00",
				 "startsOn":"2031-07-01","endsOn":"2032-06-30"}""".formatted(ministry)).json("$.id");
		int yearly = staff().post(API + "/projects", """
				{"name":"Metinis finansavimas","sourceType":"FOUNDATION","status":"COMPLETED","funderId":%d,"grant":"31126.00",
				 "startsOn":"2031-07-01","endsOn":"2032-12-31","allocations":{"2031":"15563.00","2032":"15563.00"}}"""
			.formatted(ministry)).json("$.id");
		ApiClient.Response funds2031 = staff().get(API + "/metrics/projects.funds?from=2031-01-01&to=2031-12-31&source=FOUNDATION");
		assertThat(new BigDecimal(funds2031.<Object>json("$.value").toString())).isEqualByComparingTo("33963.00");
		ApiClient.Response funds2032 = staff().get(API + "/metrics/projects.funds?from=2032-01-01&to=2032-12-31&source=FOUNDATION");
		assertThat(new BigDecimal(funds2032.<Object>json("$.value").toString())).isEqualByComparingTo("33763.00");
		assertThat(funds2031.<List<String>>json("$.records[*].path"))
			.containsExactlyInAnyOrder("/n/nsmot/projects/" + spread, "/n/nsmot/projects/" + yearly);
		assertThat(board.get("/n/nsmot/funding").text().replace('\u00A0', ' ')).contains("Per dvejus metus 2031 18 400,00 EUR proporcingai dienoms",
				"Metinis finansavimas 2031 15 563,00 EUR pagal metinį paskirstymą");
	}

	@Test
	void aPublicProjectHasItsPageAndOtherNetworksSeeNothing() {
		int ministry = funder("Viešumo ministerija");
		int open = project("Viešas projektas", ministry, "1000.00", "900.00", "2029-01-01", "2029-12-31").json("$.id");
		int closed = staff().post(API + "/projects", """
				{"name":"Vidinis projektas","sourceType":"OTHER","status":"PLANNED","startsOn":"2029-01-01","endsOn":"2029-12-31"}""")
			.json("$.id");
		WebSession anyone = new WebSession(port);
		assertThat(anyone.get("/n/nsmot/public/projects/" + open).text().replace('\u00A0', ' '))
			.contains("Viešas projektas", "2029-01-01 – 2029-12-31", "Viešumo ministerija", "900,00 EUR",
					"Projektą finansuoja Bandymų ministerija.");
		assertThat(anyone.get("/n/nsmot/public/projects").text()).contains("Viešas projektas").doesNotContain("Vidinis projektas");
		assertThat(anyone.get("/n/nsmot/public/projects/" + closed).status()).isEqualTo(404);

		ApiClient confederation = ApiClient.basic(port, DemoAccounts.CHILDREN_ADMIN.email(), DemoAccounts.PASSWORD);
		assertThat(confederation.get("/api/v1/networks/nvo-vaikams/projects/" + open).status()).isEqualTo(404);
		assertThat(confederation.get("/api/v1/networks/nvo-vaikams/projects").<List<String>>json("$[*].name"))
			.doesNotContain("Viešas projektas");
		assertThat(new WebSession(port).get("/n/nvo-vaikams/public/projects/" + open).status()).isEqualTo(404);
	}
}
