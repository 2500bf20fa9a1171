package lt.tinklas.strategy;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.math.BigDecimal;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.function.Supplier;

import lt.tinklas.demo.DemoAccounts;
import lt.tinklas.networks.Networks;
import lt.tinklas.shared.tenancy.Tenancy;
import lt.tinklas.testing.ApiClient;
import lt.tinklas.testing.Documents;
import lt.tinklas.testing.TinklasTest;
import lt.tinklas.testing.WebSession;
import org.dhatim.fastexcel.reader.ReadableWorkbook;
import org.dhatim.fastexcel.reader.Row;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;

/**
 * The strategy: the demo's seed 001 and where it stands, the tree edited on its page with every
 * refusal, indicators and hand-kept values, the metrics behind them and the report. The strategy
 * built here is for 2029-2030, years no demo record uses, and never stays current.
 */
@TinklasTest
class StrategyTests {

	private static final String API = "/api/v1/networks/nsmot";

	@LocalServerPort
	int port;

	@Autowired
	Strategies strategies;

	@Autowired
	Networks networks;

	ApiClient staff() {
		return ApiClient.basic(port, DemoAccounts.NSMOT_STAFF.email(), DemoAccounts.PASSWORD);
	}

	<T> T inNsmot(Supplier<T> work) {
		return Tenancy.runAs(networks.bySlug("nsmot").orElseThrow().id(), work::get);
	}

	@Test
	void theDemoHoldsSeed001WholeAndCountsItsTargetsFromTheRecords() {
		ApiClient.Response current = staff().get(API + "/strategies/current?year=2024&on=2024-12-31");
		assertThat(current.status()).as(current.body()).isEqualTo(200);
		assertThat(current.<String>json("$.strategy.title")).isEqualTo("NSMOT strategija 2023–2024");
		assertThat(current.<List<String>>json("$.strategy.values")).containsExactly("Pagarba žmogaus teisėms.",
				"Skaidrumas.", "Lyderystė.", "Solidarumas.", "Tvarus veikimas.");
		assertThat(current.<List<String>>json("$.tree[*].text")).containsExactly("NVO stiprinimas", "Advokacija");
		assertThat(current.<List<String>>json("$.tree[0].children[*].number")).containsExactly("1.1", "1.2", "1.3",
				"1.4");
		assertThat(current.<String>json("$.tree[0].children[2].text")).isEqualTo("Stiprinti tinklaveiką");
		assertThat(current.<List<String>>json("$.tree[0].children[0].children[*].kind")).containsExactly("TASK",
				"TASK", "MEASURE", "MEASURE", "MEASURE", "RESULT", "RESULT", "RESULT");

		Map<String, Map<String, Object>> byName = indicators(current);
		assertThat(byName.get("Specialieji mokymai per metus")).containsEntry("status", "ACHIEVED")
			.containsEntry("actual", 3);
		assertThat(byName.get("Bendrieji mokymai per metus")).containsEntry("status", "ACHIEVED")
			.containsEntry("actual", 2);
		assertThat(byName.get("Organizacijos, diegiančios NOKAS")).containsEntry("status", "MISSED")
			.containsEntry("actual", 8);
		assertThat(byName.get("Vaikų dienos centrų susitikimai")).containsEntry("status", "NO_TARGET");

		// 2023: every numeric target reached
		Map<String, Map<String, Object>> year2023 = indicators(staff().get(API + "/strategies/current?year=2023"));
		assertThat(year2023.get("Specialieji mokymai per metus")).containsEntry("actual", 2);
		assertThat(year2023.get("Organizacijos, diegiančios NOKAS")).containsEntry("actual", 11);
		assertThat(year2023.get("Naujos narės per metus")).containsEntry("status", "ACHIEVED").containsEntry("actual", 3);

		// a year outside the period is refused
		ApiClient.Response outside = staff().get(API + "/strategies/current?year=2031");
		assertThat(outside.status()).isEqualTo(400);
		assertThat(outside.<String>json("$.errors[0].message"))
			.isEqualTo("2031 m. nepatenka į strategijos laikotarpį 2023–2024.");
	}

	private static Map<String, Map<String, Object>> indicators(ApiClient.Response current) {
		List<Map<String, Object>> all = current.json("$..indicators[*]");
		Map<String, Map<String, Object>> byName = new HashMap<>();
		all.forEach(i -> byName.put((String) i.get("name"), i));
		return byName;
	}

	@Test
	void theMetricsAnswerWhatTheEventAndAdvocacyStatisticsShow() {
		String period = "from=2025-01-01&to=2025-12-31";
		ApiClient.Response stats = staff().get(API + "/events/stats?" + period);
		Map<String, Map<String, Object>> byType = stats.json("$");
		assertThat(byType).containsKey("TRAINING");
		for (String type : List.of("TRAINING", "NETWORKING_MEETING", "GENERAL_ASSEMBLY")) {
			Map<String, Object> figures = byType.get(type);
			String q = "?" + period + "&type=" + type;
			assertThat(number(metric("events.held" + q))).as(type).isEqualByComparingTo(number(figures.get("events")));
			assertThat(number(metric("events.participations" + q))).as(type)
				.isEqualByComparingTo(number(figures.get("participations")));
			assertThat(number(metric("events.distinctParticipants" + q))).as(type)
				.isEqualByComparingTo(number(figures.get("distinctParticipants")));
			assertThat(number(metric("events.distinctOrganizations" + q))).as(type)
				.isEqualByComparingTo(number(figures.get("distinctOrganizations")));
			assertThat(number(metric("events.hours" + q))).as(type).isEqualByComparingTo(number(figures.get("hours")));
			assertThat(number(metric("events.ratings" + q))).as(type).isEqualByComparingTo(number(figures.get("ratings")));
		}
		assertThat(number(metric("events.held?" + period + "&type=TRAINING"))).isEqualByComparingTo("14");
		assertThat(number(metric("events.averageRating?" + period + "&type=TRAINING")))
			.isEqualByComparingTo(number(byType.get("TRAINING").get("averageRating")))
			.isEqualByComparingTo("9.59");

		ApiClient.Response advocacy = staff().get(API + "/advocacy/stats?" + period);
		for (String figure : List.of("positionsSent", "decisionMakerMeetings", "seatsHeld", "involvementMeetings",
				"peoplePresent", "proposals", "proposalsInPositions", "acceptedShare")) {
			assertThat(number(metric("advocacy." + figure + "?" + period))).as(figure)
				.isEqualByComparingTo(number(advocacy.<Object>json("$." + figure)));
		}
		assertThat(number(metric("advocacy.positionsSent?" + period))).isEqualByComparingTo("26");

		// the records behind a value, each with its page
		ApiClient.Response held = staff().get(API + "/metrics/events.held?" + period + "&type=TRAINING&tag=Specialieji%20mokymai");
		assertThat(held.<Integer>json("$.count")).isEqualTo(held.<Integer>json("$.value"));
		assertThat(held.<List<String>>json("$.records[*].label")).contains("NOKAS standarto įvadiniai mokymai");
		assertThat(held.<List<String>>json("$.records[*].path")).allMatch(path -> path.startsWith("/n/nsmot/events/"));
	}

	private ApiClient.Response metric(String keyAndQuery) {
		ApiClient.Response response = staff().get(API + "/metrics/" + keyAndQuery);
		assertThat(response.status()).as(keyAndQuery + ": " + response.body()).isEqualTo(200);
		return response;
	}

	private static BigDecimal number(ApiClient.Response response) {
		return number(response.<Object>json("$.value"));
	}

	private static BigDecimal number(Object value) {
		return new BigDecimal(String.valueOf(value));
	}

	@Test
	void theCatalogueNamesEveryMetricAndABadParameterIsRefused() {
		List<Map<String, Object>> catalogue = staff().inLanguage("en").get(API + "/metrics").json("$");
		assertThat(catalogue).extracting(m -> m.get("key"))
			.contains("events.held", "events.participations", "events.distinctParticipants",
					"events.distinctOrganizations", "events.hours", "events.averageRating", "members.accepted",
					"members.left", "members.active", "members.fromInvitations", "advocacy.positionsSent", "advocacy.decisionMakerMeetings",
					"advocacy.seatsHeld", "advocacy.proposals");
		assertThat(catalogue).filteredOn(m -> m.get("key").equals("events.held"))
			.extracting(m -> m.get("parameters"))
			.containsExactly(List.of("type", "tag", "project"));
		// what each value is, so that a report shows it as what it is
		Map<Object, Object> formats = new HashMap<>();
		catalogue.forEach(m -> formats.put(m.get("key"), m.get("format")));
		assertThat(formats).containsEntry("events.held", "COUNT")
			.containsEntry("events.hours", "NUMBER")
			.containsEntry("events.averageRating", "AVERAGE")
			.containsEntry("advocacy.acceptedShare", "PERCENT")
			.containsEntry("projects.funds", "MONEY");

		ApiClient.Response unknown = staff().get(API + "/metrics/events.held?from=2025-01-01&to=2025-12-31&colour=red");
		assertThat(unknown.status()).isEqualTo(400);
		assertThat(unknown.<String>json("$.errors[0].message"))
			.isEqualTo("Rodiklis neturi parametro „colour“; galimi: Tipas, Žyma, Projektas.");
		ApiClient.Response badValue = staff().get(API + "/metrics/events.held?from=2025-01-01&to=2025-12-31&type=PICNIC");
		assertThat(badValue.status()).isEqualTo(400);
		assertThat(badValue.<String>json("$.errors[0].message"))
			.isEqualTo("„Tipas“ neturi reikšmės „PICNIC“: pasirinkite iš sąrašo.");
		assertThat(badValue.<String>json("$.errors[0].field")).isEqualTo("type");
		assertThat(staff().get(API + "/metrics/nothing.counted?from=2025-01-01&to=2025-12-31").status()).isEqualTo(404);
		ApiClient.Response backwards = staff().get(API + "/metrics/members.accepted?from=2025-12-31&to=2025-01-01");
		assertThat(backwards.status()).isEqualTo(400);
		assertThat(backwards.<String>json("$.errors[0].field")).isEqualTo("to");
	}

	@Test
	void aStrategyIsBuiltOnItsPageAndEveryBadInputChangesNothing() {
		WebSession pages = WebSession.signedIn(port, DemoAccounts.NSMOT_STAFF.email(), DemoAccounts.PASSWORD);
		int before = inNsmot(() -> strategies.list().size());

		// a period that ends before it starts
		WebSession.Page backwards = pages.post("/n/nsmot/strategies", "/n/nsmot/strategies",
				Map.of("title", "Bandomoji strategija", "fromYear", "2030", "toYear", "2029"));
		assertThat(backwards.status()).isEqualTo(200);
		assertThat(backwards.html()).contains("value=\"Bandomoji strategija\"");
		assertThat(inNsmot(() -> strategies.list().size())).isEqualTo(before);

		WebSession.Page created = pages.post("/n/nsmot/strategies", "/n/nsmot/strategies",
				Map.of("title", "Bandomoji strategija", "fromYear", "2029", "toYear", "2030", "values", "Drąsa\nAtvirumas"));
		assertThat(created.status()).isEqualTo(302);
		String base = created.location().replaceAll("^https?://[^/]+", "");
		long id = Long.parseLong(base.substring(base.lastIndexOf('/') + 1));
		assertThat(inNsmot(() -> strategies.get(id).current())).isFalse();

		pages.post(base, base + "/nodes", Map.of("kind", "DIRECTION", "text", "Bandomoji kryptis"));
		long direction = inNsmot(() -> strategies.tree(id).get(0).id());
		pages.post(base, base + "/nodes",
				Map.of("parentId", String.valueOf(direction), "kind", "GOAL", "text", "Bandomasis tikslas"));
		long goal = inNsmot(() -> strategies.tree(id).get(0).children().get(0).id());
		pages.post(base, base + "/nodes",
				Map.of("parentId", String.valueOf(goal), "kind", "RESULT", "text", "Bandomasis rezultatas"));
		NodeView result = inNsmot(() -> strategies.tree(id).get(0).children().get(0).children().get(0));
		assertThat(result.number()).isEqualTo("1.1.1");
		assertThat(pages.get(base).text()).contains("1 Strateginė kryptis Bandomoji kryptis",
				"1.1 Tikslas Bandomasis tikslas", "1.1.1 Laukiamas rezultatas Bandomasis rezultatas");

		// a goal at the top is refused; the typed text comes back beside the message
		WebSession.Page topGoal = follow(pages, pages.post(base, base + "/nodes", Map.of("kind", "GOAL", "text", "Tikslas be krypties")));
		assertThat(topGoal.text()).contains("Šis lygmuo čia netinka");
		assertThat(topGoal.html()).contains("value=\"Tikslas be krypties\"");
		assertThat(inNsmot(() -> strategies.tree(id))).hasSize(1);

		// a move that would make a loop: the direction under its own goal
		WebSession.Page loop = follow(pages, pages.post(base, base + "/nodes/" + direction + "/move",
				Map.of("parentId", String.valueOf(goal))));
		assertThat(loop.text()).contains("Punkto negalima perkelti po jo paties šaka.");
		assertThat(inNsmot(() -> strategies.tree(id).get(0).id())).isEqualTo(direction);
		assertThat(inNsmot(() -> strategies.tree(id).get(0).children().get(0).id())).isEqualTo(goal);

		// an indicator with a target outside the period, and one with a parameter its metric does not take
		String indicators = base + "/nodes/" + result.id() + "/indicators";
		WebSession.Page outside = pages.post(indicators + "/new", indicators, Map.of("name", "Bandomieji mokymai",
				"comparison", "AT_LEAST", "metricKey", "events.held", "parameters[type]", "TRAINING",
				"targets[2029]", "2", "targets[2031]", "5"));
		assertThat(outside.status()).isEqualTo(200);
		assertThat(outside.text()).contains("2031 m. nepatenka į strategijos laikotarpį 2029–2030.");
		assertThat(outside.html()).contains("value=\"Bandomieji mokymai\"");
		assertThat(outside.html()).contains("<option value=\"TRAINING\" selected=\"selected\">Mokymai</option>");
		WebSession.Page unknownParameter = pages.post(indicators + "/new", indicators, Map.of("name", "Spalvoti mokymai",
				"comparison", "AT_LEAST", "metricKey", "events.held", "parameters[source]", "STATE_BUDGET", "targets[2029]", "2"));
		assertThat(unknownParameter.text())
			.contains("Rodiklis neturi parametro „Finansavimo šaltinis“; galimi: Tipas, Žyma, Projektas.");
		WebSession.Page unknownValue = pages.post(indicators + "/new", indicators, Map.of("name", "Kursai",
				"comparison", "AT_LEAST", "metricKey", "events.held", "parameters[type]", "KURSAI", "targets[2029]", "2"));
		assertThat(unknownValue.text()).contains("„Tipas“ neturi reikšmės „KURSAI“: pasirinkite iš sąrašo.");
		assertThat(unknownValue.html()).contains("value=\"Kursai\"");
		assertThat(inNsmot(() -> strategies.indicators(id))).isEmpty();

		// a hand-kept indicator: a value without a date is refused, with one it counts
		WebSession.Page manual = pages.post(indicators + "/new", indicators,
				Map.of("name", "Konsultuotos organizacijos", "comparison", "AT_LEAST", "metricKey", "", "targets[2029]", "4"));
		assertThat(manual.status()).as(manual.text()).isEqualTo(302);
		String indicator = manual.location().replaceAll("^https?://[^/]+", "");
		WebSession.Page undated = pages.post(indicator, indicator + "/values", Map.of("value", "3", "note", "Be datos"));
		assertThat(undated.status()).isEqualTo(200);
		assertThat(undated.text()).contains("Nurodykite datą, kuriai reikšmė galioja.");
		assertThat(undated.html()).contains("value=\"Be datos\"");
		long indicatorId = Long.parseLong(indicator.substring(indicator.lastIndexOf('/') + 1));
		assertThat(inNsmot(() -> strategies.values(id, indicatorId))).isEmpty();
		WebSession.Page dated = follow(pages, pages.post(indicator, indicator + "/values",
				Map.of("recordedOn", "2029-05-02", "value", "3", "note", "Pavasario konsultacijos",
						"evidenceLink", "https://nsmot.lt/konsultacijos")));
		assertThat(dated.text()).contains("Reikšmė pridėta.", "2029-05-02 3 Pavasario konsultacijos");

		// made current, its dashboard shows it; then the demo's is current again
		follow(pages, pages.post(base, base + "/current", Map.of()));
		WebSession.Page dashboard = pages.get("/n/nsmot/strategy?year=2029&on=2029-07-01");
		assertThat(dashboard.text()).contains("Bandomoji strategija", "Konsultuotos organizacijos", "≥ 4 3 75 % Pagal planą");
		long demo = inNsmot(() -> strategies.list()
			.stream()
			.filter(s -> s.title().equals("NSMOT strategija 2023–2024"))
			.findFirst()
			.orElseThrow()
			.id());
		follow(pages, pages.post(base, "/n/nsmot/strategies/" + demo + "/current", Map.of()));
		assertThat(inNsmot(() -> strategies.current().orElseThrow().id())).isEqualTo(demo);

		// deleting the direction takes its branch, indicators and values with it
		follow(pages, pages.post(base, base + "/nodes/" + direction + "/delete", Map.of()));
		assertThat(inNsmot(() -> strategies.tree(id))).isEmpty();
		assertThat(inNsmot(() -> strategies.indicators(id))).isEmpty();
		assertThat(pages.get(base).text()).contains("Krypčių dar nėra.");
	}

	private static WebSession.Page follow(WebSession pages, WebSession.Page redirect) {
		assertThat(redirect.status()).as(redirect.text()).isEqualTo(302);
		return pages.get(redirect.location().replaceAll("^https?://[^/]+", "").replaceAll("#.*$", ""));
	}

	@Test
	void theProgressReportIsAPageAPdfAndASpreadsheetInEitherLanguage() throws IOException {
		WebSession board = WebSession.signedIn(port, DemoAccounts.NSMOT_BOARD.email(), DemoAccounts.PASSWORD);
		assertThat(board.get("/n/nsmot/strategy/report?year=2024&on=2024-12-31").text()).contains(
				"Strategijos įgyvendinimo ataskaita", "2024 m., būklė 2024-12-31",
				"Specialieji mokymai per metus ≥ 2 3 150 % Pasiekta",
				"Organizacijos, diegiančios NOKAS ≥ 10 8 80 % Nepasiekta");
		String pdf = Documents.pdfText(board.download("/n/nsmot/strategy/report.pdf?year=2024&on=2024-12-31&lang=en"));
		assertThat(pdf).contains("Strategy progress report", "Special trainings a year", "Achieved", "Missed");
		String pdfLt = Documents.pdfText(board.download("/n/nsmot/strategy/report.pdf?year=2024&on=2024-12-31&lang=lt"));
		assertThat(pdfLt).contains("Strategijos įgyvendinimo ataskaita", "Organizacijos, diegiančios NOKAS", "Nepasiekta");
		try (ReadableWorkbook workbook = new ReadableWorkbook(
				new ByteArrayInputStream(board.download("/n/nsmot/strategy/report.xlsx?year=2024&on=2024-12-31&lang=en")))) {
			List<Row> rows = workbook.getFirstSheet().read();
			assertThat(rows.get(0).getCellText(2)).isEqualTo("Indicator");
			Row nokas = rows.stream().filter(r -> r.getCellText(2).equals("Organizations implementing NOKAS")).findFirst().orElseThrow();
			assertThat(nokas.getCellText(4)).isEqualTo("10");
			assertThat(nokas.getCellText(5)).isEqualTo("8");
			assertThat(nokas.getCellText(7)).isEqualTo("Missed");
		}
		assertThat(board.get("/n/nsmot/strategy/report.pdf?lang=xx").status()).isEqualTo(404);
	}

	@Test
	void anotherNetworkSeesNoneOfIt() {
		ApiClient confederation = ApiClient.basic(port, DemoAccounts.CHILDREN_ADMIN.email(), DemoAccounts.PASSWORD);
		assertThat(confederation.get("/api/v1/networks/nvo-vaikams/strategies/current").status()).isEqualTo(404);
		assertThat(confederation.get(API + "/strategies/current").status()).isIn(403, 404);
		WebSession pages = WebSession.signedIn(port, DemoAccounts.CHILDREN_ADMIN.email(), DemoAccounts.PASSWORD);
		assertThat(pages.get("/n/nvo-vaikams/strategy").text()).contains("Tinklas dar neturi dabartinės strategijos.");
		long demo = inNsmot(() -> strategies.current().orElseThrow().id());
		assertThat(pages.get("/n/nvo-vaikams/strategies/" + demo).status()).isEqualTo(404);
	}
}
