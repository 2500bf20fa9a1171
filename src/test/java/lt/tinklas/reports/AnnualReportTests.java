package lt.tinklas.reports;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;
import java.time.ZoneId;
import java.util.Arrays;
import java.util.List;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import lt.tinklas.advocacy.DocumentKind;
import lt.tinklas.advocacy.Outcome;
import lt.tinklas.demo.DemoAccounts;
import lt.tinklas.events.EventType;
import lt.tinklas.organizations.LegalCode;
import lt.tinklas.projects.SourceType;
import lt.tinklas.testing.ApiClient;
import lt.tinklas.testing.Documents;
import lt.tinklas.testing.TinklasTest;
import lt.tinklas.testing.WebSession;
import org.junit.jupiter.api.Test;
import org.springframework.boot.test.web.server.LocalServerPort;

/**
 * The yearly report: the demo's NSMOT 2025 figures in the API, on the page and in the PDF; a fresh
 * network built by the API (it holds no demo record), in 2021, with the edges that trip hand
 * counting; the narrative's draft and published version; and every refusal.
 */
@TinklasTest
class AnnualReportTests {

	private static final String NSMOT = "/api/v1/networks/nsmot/reports/annual/";

	@LocalServerPort
	int port;

	ApiClient staff() {
		return ApiClient.basic(port, DemoAccounts.NSMOT_STAFF.email(), DemoAccounts.PASSWORD);
	}

	/**
	 * Every event type, kind of document, outcome and source of funds the modules have is in the
	 * report, in their order: the report takes them from the metrics, so a value a module adds
	 * appears without the report being changed.
	 */
	@Test
	void everyEventTypeDocumentKindOutcomeAndSourceOfFundsHasItsFigure() {
		ApiClient.Response report = staff().get(NSMOT + "2025");
		assertThat(report.status()).as(report.body()).isEqualTo(200);
		assertThat(report.<Map<String, Object>>json("$.eventsByType").keySet()).containsExactlyElementsOf(
				Arrays.stream(EventType.values()).filter(t -> t != EventType.TRAINING).map(Enum::name).toList());
		assertThat(report.<Map<String, Object>>json("$.advocacy.byKind").keySet())
			.containsExactlyElementsOf(names(DocumentKind.values()));
		assertThat(report.<Map<String, Object>>json("$.advocacy.byOutcome").keySet())
			.containsExactlyElementsOf(names(Outcome.values()));
		assertThat(report.<Map<String, Object>>json("$.projects.fundsBySource").keySet())
			.containsExactlyElementsOf(names(SourceType.values()));

		// each labelled as its module labels it, in either language
		WebSession staff = WebSession.signedIn(port, DemoAccounts.NSMOT_STAFF.email(), DemoAccounts.PASSWORD);
		assertThat(staff.get("/n/nsmot/reports/annual/2025").text()).contains("Spaudos konferencija")
			.contains("Pastabos teisės akto projektui")
			.contains("ES struktūriniai fondai");
	}

	private static List<String> names(Enum<?>[] values) {
		return Arrays.stream(values).map(Enum::name).toList();
	}

	@Test
	void theDemoReportForNsmot2025ShowsItsTrainingsInTheApiOnThePageAndInThePdf() {
		ApiClient.Response report = staff().get(NSMOT + "2025");
		assertThat(report.status()).as(report.body()).isEqualTo(200);
		assertThat(report.<Integer>json("$.year")).isEqualTo(2025);
		assertThat(report.<Integer>json("$.trainings.count")).isEqualTo(14);
		assertThat(report.<Integer>json("$.trainings.participations")).isEqualTo(227);
		assertThat(report.<Double>json("$.trainings.averageRating")).isEqualTo(9.59);
		assertThat(report.body()).contains("\"averageRating\":9.59");
		assertThat(report.<Map<String, Object>>json("$.eventsByType")).containsKeys("FORUM", "GENERAL_ASSEMBLY")
			.doesNotContainKey("TRAINING");
		assertThat(report.<Map<String, Object>>json("$.members")).containsKeys("activeAtYearEnd", "joined", "left");
		assertThat(report.<Map<String, Object>>json("$.advocacy")).containsKeys("positions", "byKind", "byOutcome",
				"partlyOrFullyAccepted", "decisionMakerMeetings", "seatsHeld", "institutionsAddressed");
		assertThat(report.<Map<String, Object>>json("$.involvement")).containsKeys("meetings", "peoplePresent",
				"proposals", "proposalsInPositions");
		assertThat(report.<Object>json("$.projects.fundsBySource.STATE_BUDGET")).isInstanceOf(String.class);

		WebSession board = WebSession.signedIn(port, DemoAccounts.NSMOT_BOARD.email(), DemoAccounts.PASSWORD);
		WebSession.Page page = board.get("/n/nsmot/reports/annual/2025");
		assertThat(page.status()).isEqualTo(200);
		assertThat(page.text()).contains("Mūsų veiklos rezultatai 2025 metais")
			.contains("Surengta mokymų 14 ")
			.contains("Dalyvavimų 227 ")
			.contains("Vidutinis įvertinimas 9,59 ")
			.contains("kurių pradžia Vilniaus laiku patenka į metus ir kurie neatšaukti");
		String drillDown = "/n/nsmot/metrics/events.held?from=2025-01-01&to=2025-12-31&type=TRAINING";
		assertThat(page.html()).contains("href=\"" + drillDown + "\"")
			.contains("href=\"/n/nsmot/metrics/events.held?from=2024-01-01&to=2024-12-31&type=TRAINING\"");
		WebSession.Page evidence = board.get(drillDown);
		assertThat(evidence.status()).isEqualTo(200);
		assertThat(evidence.text()).contains("14");

		String pdf = Documents.pdfText(board.download("/n/nsmot/reports/annual/2025.pdf?lang=lt"));
		assertThat(pdf).contains("Mūsų veiklos rezultatai 2025 metais").contains("Surengta mokymų").contains("1 / ");
		assertThat(pdf.replaceAll("\\s+", " ")).contains("Surengta mokymų 14").contains("Dalyvavimų 227")
			.contains("Vidutinis įvertinimas 9,59");
		String english = Documents.pdfText(board.download("/n/nsmot/reports/annual/2025.pdf?lang=en"));
		assertThat(english.replaceAll("\\s+", " ")).contains("Our results in 2025").contains("Trainings held 14");

		byte[] xlsx = board.download("/n/nsmot/reports/annual/2025.xlsx?lang=en");
		assertThat(xlsx).startsWith('P', 'K');
	}

	@Test
	void aFreshNetworkBuiltByTheApiCountsEveryEdgeAsWorkedOutByHand() {
		ApiClient platform = ApiClient.basic(port, DemoAccounts.PLATFORM_ADMIN, DemoAccounts.PASSWORD);
		ApiClient.Response network = platform.post("/api/v1/networks", """
				{"slug":"ataskaitos","name":"Ataskaitų tinklas","adminEmail":"vadove@ataskaitos.lt","adminPassword":"labai-slaptas-1"}""");
		assertThat(network.status()).as(network.body()).isEqualTo(201);
		ApiClient admin = ApiClient.basic(port, "vadove@ataskaitos.lt", "labai-slaptas-1");
		String a = "/api/v1/networks/ataskaitos";

		// members: one since 2020, one joined in 2021, one that left in June 2021, one accepted on 1 January 2022
		long o1 = organization(admin, a, "10000001", "Senoji", "2020-02-01");
		long o2 = organization(admin, a, "10000002", "Naujoji", "2021-02-01");
		long o3 = organization(admin, a, "10000003", "Išėjusi", "2020-03-01");
		organization(admin, a, "10000004", "Kitų metų", "2022-01-01");
		ApiClient.Response left = admin.post(a + "/organizations/" + o3 + "/membership-changes",
				"{\"change\":\"LEFT\",\"on\":\"2021-06-15\",\"reason\":\"Veiklos pabaiga\"}");
		assertThat(left.status()).as(left.body()).isEqualTo(201);

		long p1 = person(admin, a, "Petras");
		long p2 = person(admin, a, "Paulius");
		long p3 = person(admin, a, "Pranas");

		// 00:30 on 1 January in Vilnius is 22:30 UTC of 31 December: it belongs to 2021
		long newYear = event(admin, a, "TRAINING", "Naujametis mokymas", "2021-01-01T00:30:00+02:00", "2");
		long march = event(admin, a, "TRAINING", "Kovo mokymas", "2021-03-10T10:00:00+02:00", "4");
		long cancelled = event(admin, a, "TRAINING", "Atšauktas mokymas", "2021-04-01T10:00:00+03:00", "3");
		// 23:30 on 31 December 2020 in Vilnius: the year before
		long lastNight = event(admin, a, "TRAINING", "Paskutinis vakaras", "2020-12-31T23:30:00+02:00", "1");
		long forum = event(admin, a, "FORUM", "Forumas", "2021-05-05T10:00:00+03:00", "5");

		attend(admin, a, newYear, p1, o1, "ATTENDED");
		attend(admin, a, newYear, p2, o2, "ATTENDED");
		attend(admin, a, newYear, p3, o1, "ABSENT");
		attend(admin, a, march, p1, o1, "ATTENDED");
		attend(admin, a, march, p3, o1, "ATTENDED");
		attend(admin, a, cancelled, p2, o2, "ATTENDED");
		attend(admin, a, lastNight, p1, o1, "ATTENDED");
		attend(admin, a, forum, p2, o2, "ATTENDED");
		attend(admin, a, forum, p3, o1, "ABSENT");
		assertThat(admin.post(a + "/events/" + cancelled + "/cancel", "{}").status()).isEqualTo(200);
		held(admin, a, newYear);
		held(admin, a, march);
		held(admin, a, forum);
		feedback(admin, a, newYear, p1, 10);
		feedback(admin, a, newYear, p2, 9);
		feedback(admin, a, march, p1, 9);
		// a forum's rating is not a training's
		feedback(admin, a, forum, p2, 4);

		// seats: one ended in March 2021, one starts in 2022
		long ministry = institution(admin, a, "Socialinės apsaugos ir darbo ministerija");
		long seimas = institution(admin, a, "Seimo Socialinių reikalų ir darbo komitetas");
		seat(admin, a, ministry, "Trišalė taryba", "2019-05-01", "2021-03-31");
		seat(admin, a, seimas, "Ateities taryba", "2022-02-01", null);

		// positions: one to two institutions, one letter sent on 31 December and accepted in 2022, one draft
		position(admin, a, "POSITION", "Dėl pajamų", "2021-02-01", ministry, seimas);
		long letter = position(admin, a, "LETTER", "Dėl būsto", "2021-12-31", ministry);
		position(admin, a, "POSITION", "Juodraštis", null, ministry);
		ApiClient.Response accepted = admin.send("PATCH", a + "/positions/" + letter,
				"{\"outcome\":\"ACCEPTED\",\"outcomeOn\":\"2022-01-10\"}");
		assertThat(accepted.status()).as(accepted.body()).isEqualTo(200);

		ApiClient.Response report = admin.get(a + "/reports/annual/2021");
		assertThat(report.status()).as(report.body()).isEqualTo(200);
		assertThat(report.<Map<String, Object>>json("$.members"))
			.isEqualTo(Map.of("activeAtYearEnd", 2, "joined", 1, "left", 1, "fromInvitations", 0));
		// two trainings (the cancelled one and the one of 2020 left out); the absent are not participants;
		// Petras was at both trainings and counts once among the different people
		assertThat(report.<Integer>json("$.trainings.count")).isEqualTo(2);
		assertThat(report.<Integer>json("$.trainings.participations")).isEqualTo(4);
		assertThat(report.<Integer>json("$.trainings.distinctParticipants")).isEqualTo(3);
		assertThat(report.<Integer>json("$.trainings.distinctOrganizations")).isEqualTo(2);
		assertThat(report.<Integer>json("$.trainings.hours")).isEqualTo(6);
		// (10 + 9 + 9) / 3 = 9.333... rounds to 9.33
		assertThat(report.<Integer>json("$.trainings.ratings")).isEqualTo(3);
		assertThat(report.<Double>json("$.trainings.averageRating")).isEqualTo(9.33);
		assertThat(report.<Map<String, Object>>json("$.eventsByType.FORUM"))
			.isEqualTo(Map.of("count", 1, "participations", 1));
		assertThat(report.<Map<String, Object>>json("$.eventsByType.GENERAL_ASSEMBLY"))
			.isEqualTo(Map.of("count", 0, "participations", 0));
		assertThat(report.<Integer>json("$.advocacy.positions")).isEqualTo(2);
		assertThat(report.<Integer>json("$.advocacy.byKind.POSITION")).isEqualTo(1);
		assertThat(report.<Integer>json("$.advocacy.byKind.LETTER")).isEqualTo(1);
		assertThat(report.<Integer>json("$.advocacy.byOutcome.PENDING")).isEqualTo(1);
		assertThat(report.<Integer>json("$.advocacy.byOutcome.ACCEPTED")).isEqualTo(1);
		assertThat(report.<Integer>json("$.advocacy.byOutcome.REJECTED")).isEqualTo(0);
		assertThat(report.<Integer>json("$.advocacy.partlyOrFullyAccepted")).isEqualTo(1);
		assertThat(report.<Integer>json("$.advocacy.seatsHeld")).isEqualTo(1);
		assertThat(report.<Integer>json("$.advocacy.institutionsAddressed")).isEqualTo(2);
		assertThat(report.<Integer>json("$.advocacy.decisionMakerMeetings")).isEqualTo(0);
		assertThat(report.<Map<String, Object>>json("$.support"))
			.isEqualTo(Map.of("consultations", 0, "reportReviews", 0, "onQualityPath", 0, "certified", 0));
		assertThat(report.<Integer>json("$.projects.running")).isEqualTo(0);
		assertThat(report.<String>json("$.projects.fundsBySource.STATE_BUDGET")).isEqualTo("0.00");

		// the year before, seen from the other side of the same edges
		ApiClient.Response before = admin.get(a + "/reports/annual/2020");
		assertThat(before.<Map<String, Object>>json("$.members"))
			.isEqualTo(Map.of("activeAtYearEnd", 2, "joined", 2, "left", 0, "fromInvitations", 0));
		assertThat(before.<Integer>json("$.trainings.count")).isEqualTo(1);
		assertThat(before.<Integer>json("$.trainings.participations")).isEqualTo(1);
		assertThat(before.<Integer>json("$.trainings.hours")).isEqualTo(1);
		assertThat(before.<Integer>json("$.advocacy.seatsHeld")).isEqualTo(1);

		// the page shows the year before beside each figure
		WebSession browser = WebSession.signedIn(port, "vadove@ataskaitos.lt", "labai-slaptas-1");
		assertThat(browser.get("/n/ataskaitos/reports/annual/2021").text()).contains("Surengta mokymų 2 1 ")
			.contains("Dalyvavimų 4 1 ")
			.contains("Vidutinis įvertinimas 9,33 – ");
		// no figure of NSMOT leaks into the fresh network
		assertThat(admin.get(a + "/reports/annual/2025").<Integer>json("$.trainings.count")).isEqualTo(0);
	}

	@Test
	void theDemoConfederation2018CountsItsFiveLaureatesAndNoProjectParticipantsItDidNotRecord() {
		ApiClient children = ApiClient.basic(port, DemoAccounts.CHILDREN_ADMIN.email(), DemoAccounts.PASSWORD);
		String c = "/api/v1/networks/nvo-vaikams";
		ApiClient.Response report = children.get(c + "/reports/annual/2018");
		assertThat(report.status()).as(report.body()).isEqualTo(200);
		// "Geriausias vaiko draugas" 2018, handed at "Vaikų žvaigždynas" on 1 June 2018
		assertThat(report.<Integer>json("$.partnerships.awardLaureates")).isEqualTo(5);
		// the ESF project ran from April 2018, but the demo links no event with attendance to it
		assertThat(report.<Integer>json("$.projects.running")).isEqualTo(1);
		assertThat(report.<Integer>json("$.projects.participants")).isEqualTo(0);
		// the 2016 forum and congress belong to the ministry project but hold no attended record
		ApiClient.Response y2016 = children.get(c + "/reports/annual/2016");
		assertThat(y2016.<Integer>json("$.projects.running")).isEqualTo(1);
		assertThat(y2016.<Integer>json("$.projects.participants")).isEqualTo(0);
		assertThat(y2016.<Integer>json("$.partnerships.awardLaureates")).isEqualTo(0);
		assertThat(children.get(c + "/reports/annual/2017").<Integer>json("$.partnerships.awardLaureates")).isEqualTo(0);

		ApiClient.Response laureates = children.get(c + "/metrics/awards.laureates?from=2018-01-01&to=2018-12-31");
		assertThat(laureates.<Integer>json("$.count")).isEqualTo(5);
		assertThat(laureates.<List<String>>json("$.records[*].date")).containsOnly("2018-06-01");
		assertThat(laureates.<List<String>>json("$.records[*].label")).containsExactly(
				"Vilija Blinkevičiūtė – Geriausias vaiko draugas 2018",
				"Ramunė Guobaitė-Kirslienė – Geriausias vaiko draugas 2018",
				"Jovita Majauskaitė-Staniūlienė – Geriausias vaiko draugas 2018",
				"Julius Gregorauskas – Geriausias vaiko draugas 2018", "dr. Jovita Petrulytė – Geriausias vaiko draugas 2018");
		// the NSMOT has no award: none of the Confederation's laureates shows there
		assertThat(staff().get(NSMOT + "2018").<Integer>json("$.partnerships.awardLaureates")).isEqualTo(0);

		WebSession board = WebSession.signedIn(port, DemoAccounts.CHILDREN_STAFF.email(), DemoAccounts.PASSWORD);
		WebSession.Page page = board.get("/n/nvo-vaikams/reports/annual/2018");
		assertThat(page.text()).contains("Apdovanojimų laureatų 5 0 ").contains("Projektų dalyvių 0 0 ")
			.contains("kurių ceremonija (jos diena Vilniaus laiku) vyko per metus");
		assertThat(page.html()).contains("href=\"/n/nvo-vaikams/metrics/awards.laureates?from=2018-01-01&to=2018-12-31\"");
	}

	@Test
	void projectParticipantsAndAwardLaureatesCountAsWorkedOutByHand() {
		ApiClient platform = ApiClient.basic(port, DemoAccounts.PLATFORM_ADMIN, DemoAccounts.PASSWORD);
		ApiClient.Response network = platform.post("/api/v1/networks", """
				{"slug":"dalyviai","name":"Dalyvių tinklas","adminEmail":"vadove@dalyviai.lt","adminPassword":"labai-slaptas-2"}""");
		assertThat(network.status()).as(network.body()).isEqualTo(201);
		ApiClient admin = ApiClient.basic(port, "vadove@dalyviai.lt", "labai-slaptas-2");
		String a = "/api/v1/networks/dalyviai";

		long member = organization(admin, a, "20000002", "Dalyvių narė", "2020-01-01");
		long ona = person(admin, a, "Ona");
		long ieva = person(admin, a, "Ieva");
		long jonas = person(admin, a, "Jonas");
		long tomas = person(admin, a, "Tomas");
		long lukas = person(admin, a, "Lukas");
		long marius = person(admin, a, "Marius");

		// 00:30 on 1 January in Vilnius is 22:30 UTC of 31 December: it belongs to 2023
		long newYear = event(admin, a, "TRAINING", "Projekto mokymai", "2023-01-01T00:30:00+02:00", "3");
		long forum = event(admin, a, "FORUM", "Projekto forumas", "2023-05-05T10:00:00+03:00", "4");
		long cancelled = event(admin, a, "TRAINING", "Atšauktas projekto mokymas", "2023-04-01T10:00:00+03:00", "4");
		long old = event(admin, a, "TRAINING", "Senojo projekto mokymas", "2023-03-10T10:00:00+02:00", "4");
		long lastNight = event(admin, a, "TRAINING", "Paskutinis vakaras", "2022-12-31T23:30:00+02:00", "1");
		long planned = event(admin, a, "SUPERVISION", "Planuojamo projekto supervizija", "2023-06-01T10:00:00+03:00", "4");
		long outside = event(admin, a, "OTHER", "Renginys be projekto", "2023-07-01T10:00:00+03:00", "4");
		attend(admin, a, newYear, ona, member, "ATTENDED");
		attend(admin, a, newYear, ieva, member, "ATTENDED");
		attend(admin, a, newYear, jonas, member, "ABSENT");
		attend(admin, a, forum, ieva, member, "ATTENDED");
		attend(admin, a, forum, jonas, member, "ATTENDED");
		attend(admin, a, cancelled, tomas, member, "ATTENDED");
		attend(admin, a, old, ona, member, "ATTENDED");
		attend(admin, a, old, lukas, member, "ATTENDED");
		attend(admin, a, lastNight, marius, member, "ATTENDED");
		attend(admin, a, planned, marius, member, "ATTENDED");
		attend(admin, a, outside, tomas, member, "ATTENDED");

		long running = project(admin, a, "Dalyvių projektas", "STATE_BUDGET", "ONGOING", "2023-01-01", "2023-12-31");
		long ended = project(admin, a, "Senasis projektas", "FOUNDATION", "COMPLETED", "2022-06-01", "2023-03-31");
		long notYet = project(admin, a, "Planuojamas projektas", "STATE_BUDGET", "PLANNED", "2023-01-01", "2023-12-31");
		link(admin, a, running, newYear, forum, cancelled);
		link(admin, a, ended, old, lastNight);
		link(admin, a, notYet, planned);
		assertThat(admin.post(a + "/events/" + cancelled + "/cancel", "{}").status()).isEqualTo(200);

		// awards: a 2022 round handed in March 2023, a 2023 round handed in January 2024, a 2023 round
		// without a ceremony, and a 2023 round whose ceremony of 2024 was cancelled
		long march = event(admin, a, "AWARD_CEREMONY", "Kolegų šventė", "2023-03-01T10:00:00+02:00", "3");
		long january = event(admin, a, "AWARD_CEREMONY", "Sausio šventė", "2024-01-15T10:00:00+02:00", "3");
		long called = event(admin, a, "AWARD_CEREMONY", "Atšaukta šventė", "2024-05-05T10:00:00+03:00", "3");
		long colleague = programme(admin, a, "Metų kolega");
		long volunteer = programme(admin, a, "Metų savanoris");
		long partner = programme(admin, a, "Metų partneris");
		long colleague2022 = round(admin, a, colleague, 2022, march);
		nominee(admin, a, colleague, colleague2022, "{\"personId\":%d,\"laureate\":true}".formatted(ona));
		nominee(admin, a, colleague, colleague2022, "{\"name\":\"Rasa Rasienė\",\"laureate\":true}");
		nominee(admin, a, colleague, colleague2022, "{\"name\":\"Vida Vidienė\",\"laureate\":false}");
		long colleague2023 = round(admin, a, colleague, 2023, january);
		nominee(admin, a, colleague, colleague2023, "{\"name\":\"Aldona Ald\",\"laureate\":true}");
		nominee(admin, a, colleague, colleague2023, "{\"name\":\"Birutė Bir\",\"laureate\":true}");
		long volunteer2023 = round(admin, a, volunteer, 2023, null);
		for (String name : List.of("Dana Dan", "Elena El", "Feliksas Fel")) {
			nominee(admin, a, volunteer, volunteer2023, "{\"name\":\"%s\",\"laureate\":true}".formatted(name));
		}
		long partner2023 = round(admin, a, partner, 2023, called);
		nominee(admin, a, partner, partner2023, "{\"name\":\"Gintaras Gin\",\"laureate\":true}");
		assertThat(admin.post(a + "/events/" + called + "/cancel", "{}").status()).isEqualTo(200);

		// participants of 2023: the running project's Ona and Ieva (new year's training; Jonas absent
		// there), Ieva and Jonas (forum), not Tomas (a cancelled training); the ended project's Ona and
		// Lukas (March), not Marius (31 December 2022); not Marius of the planned project, nor Tomas of
		// an event no project has. Different people: Ona, Ieva, Jonas, Lukas = 4 (of 6 attended records).
		// Laureates of 2023: 2 of the 2022 round handed in March + 3 of the round without a ceremony +
		// 1 of the round whose ceremony was cancelled = 6; the nominee not chosen does not count.
		ApiClient.Response report = admin.get(a + "/reports/annual/2023");
		assertThat(report.status()).as(report.body()).isEqualTo(200);
		assertThat(report.<Integer>json("$.projects.running")).isEqualTo(2);
		assertThat(report.<Integer>json("$.projects.participants")).isEqualTo(4);
		assertThat(report.<Integer>json("$.partnerships.awardLaureates")).isEqualTo(6);
		ApiClient.Response before = admin.get(a + "/reports/annual/2022");
		assertThat(before.<Integer>json("$.projects.running")).isEqualTo(1);
		assertThat(before.<Integer>json("$.projects.participants")).isEqualTo(1);
		assertThat(before.<Integer>json("$.partnerships.awardLaureates")).isEqualTo(0);
		ApiClient.Response after = admin.get(a + "/reports/annual/2024");
		assertThat(after.<Integer>json("$.projects.participants")).isEqualTo(0);
		assertThat(after.<Integer>json("$.partnerships.awardLaureates")).isEqualTo(2);

		// each person is listed once, at the first event counted
		String year = "?from=2023-01-01&to=2023-12-31";
		ApiClient.Response people = admin.get(a + "/metrics/projects.participants" + year);
		assertThat(people.<Integer>json("$.count")).isEqualTo(4);
		assertThat(people.<List<String>>json("$.records[*].label")).containsExactly(
				"Ieva Skaičiuotojas – Projekto mokymai (Dalyvių projektas)",
				"Ona Skaičiuotojas – Projekto mokymai (Dalyvių projektas)",
				"Lukas Skaičiuotojas – Senojo projekto mokymas (Senasis projektas)",
				"Jonas Skaičiuotojas – Projekto forumas (Dalyvių projektas)");
		assertThat(people.<List<String>>json("$.records[*].date")).containsExactly("2023-01-01", "2023-01-01",
				"2023-03-10", "2023-05-05");
		assertThat(admin.get(a + "/metrics/projects.participants" + year + "&source=STATE_BUDGET").<Integer>json("$.value"))
			.isEqualTo(3);
		assertThat(admin.get(a + "/metrics/projects.participants" + year + "&source=FOUNDATION").<Integer>json("$.value"))
			.isEqualTo(2);
		ApiClient.Response badSource = admin.get(a + "/metrics/projects.participants" + year + "&source=LOTERIJA");
		assertThat(badSource.status()).isEqualTo(400);
		assertThat(badSource.<String>json("$.errors[0].message"))
			.isEqualTo("„Finansavimo šaltinis“ neturi reikšmės „LOTERIJA“: pasirinkite iš sąrašo.");
		assertThat(admin.get(a + "/metrics/projects.participants" + year + "&project=" + running).status()).isEqualTo(400);

		ApiClient.Response laureates = admin.get(a + "/metrics/awards.laureates" + year);
		assertThat(laureates.<Integer>json("$.value")).isEqualTo(6);
		assertThat(laureates.<List<String>>json("$.records[*].label")).contains("Ona Skaičiuotojas – Metų kolega 2022",
				"Rasa Rasienė – Metų kolega 2022", "Gintaras Gin – Metų partneris 2023")
			.noneMatch(label -> label.startsWith("Vida Vidienė") || label.startsWith("Aldona Ald"));
		assertThat(admin.get(a + "/metrics/awards.laureates" + year + "&programme=" + colleague).<Integer>json("$.value"))
			.isEqualTo(2);
		// half a year holds the March ceremony only: a round known by its year alone needs the whole year
		assertThat(admin.get(a + "/metrics/awards.laureates?from=2023-01-01&to=2023-06-30").<Integer>json("$.value"))
			.isEqualTo(2);
		ApiClient.Response word = admin.get(a + "/metrics/awards.laureates" + year + "&programme=kolega");
		assertThat(word.status()).isEqualTo(400);
		assertThat(word.<String>json("$.errors[0].message"))
			.isEqualTo("„Programa“ neturi reikšmės „kolega“: pasirinkite iš sąrašo.");
		// another network's programme is not one of this network's
		ApiClient children = ApiClient.basic(port, DemoAccounts.CHILDREN_ADMIN.email(), DemoAccounts.PASSWORD);
		Object theirs = children.get("/api/v1/networks/nvo-vaikams/awards").<List<Object>>json("$[*].id").get(0);
		assertThat(admin.get(a + "/metrics/awards.laureates" + year + "&programme=" + theirs).status()).isEqualTo(400);

		WebSession browser = WebSession.signedIn(port, "vadove@dalyviai.lt", "labai-slaptas-2");
		assertThat(browser.get("/n/dalyviai/reports/annual/2023").text()).contains("Projektų dalyvių 4 1 ")
			.contains("Apdovanojimų laureatų 6 0 ");
		String english = Documents.pdfText(browser.download("/n/dalyviai/reports/annual/2023.pdf?lang=en"))
			.replaceAll("\\s+", " ");
		assertThat(english).contains("Project participants 4 1").contains("Award laureates 6 0");
	}

	@Test
	void staffDraftTheNarrativeAndReadersSeeItOnlyOncePublished() {
		WebSession staff = WebSession.signedIn(port, DemoAccounts.NSMOT_STAFF.email(), DemoAccounts.PASSWORD);
		WebSession board = WebSession.signedIn(port, DemoAccounts.NSMOT_BOARD.email(), DemoAccounts.PASSWORD);
		String page = "/n/nsmot/reports/annual/2033";
		WebSession.Page saved = staff.post(page, page + "/narrative",
				Map.of("version", "-1", "introduction", "Metai, kai tinklas augo.", "highlights", "Trys forumai.", "plans",
						"Daugiau mokymų regionuose."));
		assertThat(saved.status()).isEqualTo(302);
		assertThat(staff.get(page).html()).contains("Metai, kai tinklas augo.").contains("Dar nepaskelbta");
		assertThat(board.get(page).text()).doesNotContain("Metai, kai tinklas augo.");

		String version = version(staff.get(page).html());
		assertThat(staff.post(page, page + "/narrative/publish", Map.of("version", version)).status()).isEqualTo(302);
		assertThat(board.get(page).text()).contains("Įžanga Metai, kai tinklas augo.").contains("Planai Daugiau mokymų regionuose.");
		assertThat(Documents.pdfText(board.download(page + ".pdf"))).contains("Metai, kai tinklas augo.");

		// a stale version is refused and keeps what was typed; the published text stays
		WebSession.Page stale = staff.post(page, page + "/narrative",
				Map.of("version", "0", "introduction", "Pasenęs tekstas", "highlights", "", "plans", ""));
		assertThat(stale.status()).isEqualTo(400);
		assertThat(stale.text()).contains(
				"Kažkas kitas išsaugojo tekstus po to, kai juos atsivėrėte: atverkite ataskaitą iš naujo ir pakartokite pakeitimą.");
		assertThat(stale.html()).contains("Pasenęs tekstas");
		assertThat(board.get(page).text()).contains("Metai, kai tinklas augo.").doesNotContain("Pasenęs tekstas");
	}

	@Test
	void aYearOutOfRangeAnotherNetworkAndAMemberRepresentativeAreRefused() {
		ApiClient.Response old = staff().get(NSMOT + "1899");
		assertThat(old.status()).isEqualTo(400);
		assertThat(old.<String>json("$.errors[0].field")).isEqualTo("year");
		assertThat(old.<String>json("$.errors[0].message"))
			.isEqualTo("1899 – netinkami metai ataskaitai: nurodykite metus nuo 2000 iki 2100.");
		ApiClient.Response english = staff().inLanguage("en").get(NSMOT + "2101");
		assertThat(english.status()).isEqualTo(400);
		assertThat(english.<String>json("$.errors[0].message"))
			.isEqualTo("2101 is not a year a report can be made for: give a year from 2000 to 2100.");
		ApiClient.Response word = staff().get(NSMOT + "praeiti");
		assertThat(word.status()).isEqualTo(400);
		assertThat(word.<String>json("$.errors[0].message"))
			.isEqualTo("praeiti – netinkami metai ataskaitai: nurodykite metus nuo 2000 iki 2100.");

		WebSession board = WebSession.signedIn(port, DemoAccounts.NSMOT_BOARD.email(), DemoAccounts.PASSWORD);
		WebSession.Page page = board.get("/n/nsmot/reports/annual/1899");
		assertThat(page.status()).isEqualTo(400);
		assertThat(page.text()).contains("1899 – netinkami metai ataskaitai: nurodykite metus nuo 2000 iki 2100.");
		assertThat(board.get("/n/nsmot/reports/annual").location()).endsWith("/n/nsmot/reports/annual/"
				+ (LocalDate.now(ZoneId.of("Europe/Vilnius")).getYear() - 1));

		WebSession staff = WebSession.signedIn(port, DemoAccounts.NSMOT_STAFF.email(), DemoAccounts.PASSWORD);
		WebSession.Page refused = staff.post("/n/nsmot/reports/annual/2025", "/n/nsmot/reports/annual/1899/narrative",
				Map.of("version", "-1", "introduction", "Niekada"));
		assertThat(refused.status()).isEqualTo(400);
		assertThat(refused.text()).contains("1899 – netinkami metai ataskaitai: nurodykite metus nuo 2000 iki 2100.");

		ApiClient member = ApiClient.basic(port, DemoAccounts.NSMOT_MEMBER.email(), DemoAccounts.PASSWORD);
		assertThat(member.get(NSMOT + "2025").status()).isEqualTo(403);
		assertThat(staff().get("/api/v1/networks/nvo-vaikams/reports/annual/2025").status()).isEqualTo(404);
		WebSession children = WebSession.signedIn(port, DemoAccounts.CHILDREN_STAFF.email(), DemoAccounts.PASSWORD);
		assertThat(children.get("/n/nsmot/reports/annual/2025").status()).isEqualTo(404);
	}

	private static String version(String html) {
		Matcher m = Pattern.compile("name=\"version\" value=\"(-?\\d+)\"").matcher(html);
		assertThat(m.find()).isTrue();
		return m.group(1);
	}

	private static long organization(ApiClient api, String a, String firstEight, String name, String memberSince) {
		String code = LegalCode.complete(firstEight).orElseThrow();
		ApiClient.Response created = api.post(a + "/organizations",
				"{\"legalCode\":\"%s\",\"name\":\"%s\",\"memberSince\":\"%s\"}".formatted(code, name, memberSince));
		assertThat(created.status()).as(created.body()).isEqualTo(201);
		return created.<Number>json("$.id").longValue();
	}

	private static long person(ApiClient api, String a, String name) {
		ApiClient.Response created = api.post(a + "/people",
				"{\"firstName\":\"%s\",\"lastName\":\"Skaičiuotojas\",\"email\":\"%s@ataskaitos.lt\",\"language\":\"lt\"}"
					.formatted(name, name.toLowerCase()));
		assertThat(created.status()).as(created.body()).isEqualTo(201);
		return created.<Number>json("$.id").longValue();
	}

	private static long event(ApiClient api, String a, String type, String title, String startsAt, String hours) {
		String endsAt = startsAt.replace("T00:30", "T03:30").replace("T10:00", "T14:00").replace("T23:30:00+02:00",
				"T23:59:00+02:00");
		ApiClient.Response created = api.post(a + "/events", """
				{"type":"%s","title":"%s","startsAt":"%s","endsAt":"%s","format":"LIVE","hours":%s,"municipality":"LT-13"}"""
			.formatted(type, title, startsAt, endsAt, hours));
		assertThat(created.status()).as(created.body()).isEqualTo(201);
		return created.<Number>json("$.id").longValue();
	}

	/** Marks an event held, sending back what was read with the new status. */
	private static void held(ApiClient api, String a, long event) {
		ApiClient.Response read = api.get(a + "/events/" + event);
		String body = read.body().replaceFirst("\"status\":\"[A-Z]+\"", "\"status\":\"HELD\"");
		ApiClient.Response changed = api.put(a + "/events/" + event, body);
		assertThat(changed.status()).as(changed.body()).isEqualTo(200);
	}

	private static void feedback(ApiClient api, String a, long event, long person, int rating) {
		ApiClient.Response given = api.post(a + "/events/" + event + "/feedback",
				"{\"personId\":%d,\"rating\":%d}".formatted(person, rating));
		assertThat(given.status()).as(given.body()).isIn(200, 201, 204);
	}

	private static void attend(ApiClient api, String a, long event, long person, long organization, String status) {
		ApiClient.Response registered = api.post(a + "/events/" + event + "/participants",
				"{\"personId\":%d,\"organizationId\":%d,\"status\":\"%s\"}".formatted(person, organization, status));
		assertThat(registered.status()).as(registered.body()).isEqualTo(201);
	}

	private static long institution(ApiClient api, String a, String name) {
		ApiClient.Response created = api.post(a + "/institutions", "{\"name\":\"%s\",\"kind\":\"MINISTRY\"}".formatted(name));
		assertThat(created.status()).as(created.body()).isEqualTo(201);
		return created.<Number>json("$.id").longValue();
	}

	private static void seat(ApiClient api, String a, long institution, String body, String from, String until) {
		ApiClient.Response created = api.post(a + "/council-seats",
				"{\"institutionId\":%d,\"body\":\"%s\",\"role\":\"MEMBER\",\"from\":\"%s\",\"until\":%s}".formatted(institution,
						body, from, until == null ? "null" : "\"" + until + "\""));
		assertThat(created.status()).as(created.body()).isEqualTo(201);
	}

	private static long position(ApiClient api, String a, String kind, String title, String sentOn, Long... addressees) {
		ApiClient.Response created = api.post(a + "/positions",
				"{\"title\":\"%s\",\"kind\":\"%s\",\"sentOn\":%s,\"addressees\":%s}".formatted(title, kind,
						sentOn == null ? "null" : "\"" + sentOn + "\"", List.of(addressees)));
		assertThat(created.status()).as(created.body()).isEqualTo(201);
		return created.<Number>json("$.id").longValue();
	}

	private static long project(ApiClient api, String a, String name, String source, String status, String startsOn,
			String endsOn) {
		ApiClient.Response created = api.post(a + "/projects", """
				{"name":"%s","sourceType":"%s","status":"%s","startsOn":"%s","endsOn":"%s","municipalities":[],"partners":[]}"""
			.formatted(name, source, status, startsOn, endsOn));
		assertThat(created.status()).as(created.body()).isEqualTo(201);
		return created.<Number>json("$.id").longValue();
	}

	private static void link(ApiClient api, String a, long project, long... events) {
		for (long event : events) {
			ApiClient.Response linked = api.post(a + "/projects/" + project + "/events/" + event, null);
			assertThat(linked.status()).as(linked.body()).isEqualTo(200);
		}
	}

	private static long programme(ApiClient api, String a, String name) {
		ApiClient.Response created = api.post(a + "/awards", "{\"name\":\"%s\"}".formatted(name));
		assertThat(created.status()).as(created.body()).isEqualTo(201);
		return created.<Number>json("$.id").longValue();
	}

	private static long round(ApiClient api, String a, long programme, int year, Long ceremony) {
		ApiClient.Response created = api.post(a + "/awards/" + programme + "/rounds",
				"{\"year\":%d,\"ceremonyEventId\":%s}".formatted(year, ceremony));
		assertThat(created.status()).as(created.body()).isEqualTo(201);
		return created.<Number>json("$.id").longValue();
	}

	private static void nominee(ApiClient api, String a, long programme, long round, String json) {
		ApiClient.Response created = api.post(a + "/awards/" + programme + "/rounds/" + round + "/nominees", json);
		assertThat(created.status()).as(created.body()).isEqualTo(201);
	}
}
