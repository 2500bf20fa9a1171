package lt.tinklas.events;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.ByteArrayInputStream;
import java.nio.charset.StandardCharsets;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;
import java.util.zip.ZipInputStream;

import jakarta.mail.internet.MimeMessage;
import lt.tinklas.demo.DemoAccounts;
import lt.tinklas.events.application.EventInvitations;
import lt.tinklas.events.application.FeedbackSummary;
import lt.tinklas.events.application.ParticipantView;
import lt.tinklas.networks.Networks;
import lt.tinklas.organizations.OrganizationFilter;
import lt.tinklas.organizations.Organizations;
import lt.tinklas.people.People;
import lt.tinklas.people.PersonData;
import lt.tinklas.shared.tenancy.Tenancy;
import lt.tinklas.shared.text.SearchText;
import lt.tinklas.shared.web.Formats;
import lt.tinklas.testing.ApiClient;
import lt.tinklas.testing.Documents;
import lt.tinklas.testing.FreshNetwork;
import lt.tinklas.testing.SqlStatements;
import lt.tinklas.testing.TestDatabase;
import lt.tinklas.testing.TestMail;
import lt.tinklas.testing.TinklasTest;
import lt.tinklas.testing.WebSession;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.jdbc.core.simple.JdbcClient;

/** Events, registration with capacity and a waiting list, attendance, feedback and the figures counted. */
@TinklasTest
class EventsTests {

	@LocalServerPort
	int port;

	@Autowired
	Events events;

	@Autowired
	People people;

	@Autowired
	Networks networks;

	@Autowired
	EventInvitations invitations;

	@Autowired
	Organizations organizations;

	/** The database as its owner sees it, for the test's own setup and checks. */
	JdbcClient jdbc = TestDatabase.ownerJdbc();

	ApiClient staff() {
		return ApiClient.basic(port, DemoAccounts.NSMOT_STAFF.email(), DemoAccounts.PASSWORD);
	}

	long nsmot() {
		return networks.bySlug("nsmot").orElseThrow().id();
	}

	long newPerson(String name) {
		return Tenancy.runAs(nsmot(), () -> people.create(new PersonData(name, "Testaitė",
				SearchText.normalize(name) + "." + System.nanoTime() + "@renginiai.lt", null, "lt", List.of(),
				List.of(new PersonData.ConsentData("Kvietimai į renginius", LocalDate.of(2025, 1, 2), null)))).id());
	}

	int createEvent(String title, Integer capacity, String startsAt, String endsAt) {
		ApiClient.Response created = staff().post("/api/v1/networks/nsmot/events", """
				{"type":"TRAINING","title":"%s","startsAt":"%s","endsAt":"%s","format":"LIVE","capacity":%s,
				 "hours":4,"tags":["Specialieji mokymai"],"municipality":"LT-57"}"""
			.formatted(title, startsAt, endsAt, capacity));
		assertThat(created.status()).as(created.body()).isEqualTo(201);
		return created.json("$.id");
	}

	@Test
	void theDemosYear2025CountsAsTheSeedSays() {
		ApiClient.Response stats = staff().get("/api/v1/networks/nsmot/events/stats?from=2025-01-01&to=2025-12-31");
		assertThat(stats.<Integer>json("$.TRAINING.events")).isEqualTo(14);
		assertThat(stats.<Integer>json("$.TRAINING.participations")).isEqualTo(227);
		assertThat(stats.<Integer>json("$.TRAINING.ratings")).isEqualTo(100);
		assertThat(stats.<Double>json("$.TRAINING.averageRating")).isEqualTo(9.59);

		WebSession board = WebSession.signedIn(port, DemoAccounts.NSMOT_BOARD.email(), DemoAccounts.PASSWORD);
		String page = board.get("/n/nsmot/events/stats?year=2025").text();
		assertThat(page).contains("Mokymai 14 227 60", "100 9,59", "Pagal mėnesius", "sausis 1 17");
		assertThat(board.get("/n/nsmot/events/calendar?month=2025-01").text()).contains("2025 sausis",
				"10:00 Socialinių paslaugų kokybės nacionalinių reikalavimų įgyvendinimas");
		String drillDown = board
			.get("/n/nsmot/metrics/events.participations?from=2025-01-01&to=2025-12-31&type=TRAINING")
			.text();
		assertThat(drillDown).contains("Dalyvavimai renginiuose", "227", "Įskaičiuoti įrašai (227)");
	}

	@Test
	void twoPeopleForTheLastSeatAtOnceGetOneSeatAndOnePlaceInLine() throws Exception {
		int event = createEvent("Paskutinė vieta", 2, "2030-05-01T10:00:00+03:00", "2030-05-01T14:00:00+03:00");
		long first = newPerson("Pirmoji");
		assertThat(staff().post("/api/v1/networks/nsmot/events/" + event + "/participants",
				"{\"personId\":" + first + "}").<String>json("$.status")).isEqualTo("REGISTERED");

		List<Long> racers = List.of(newPerson("Antroji"), newPerson("Trečioji"));
		CountDownLatch start = new CountDownLatch(1);
		ExecutorService pool = Executors.newFixedThreadPool(2);
		List<Future<ApiClient.Response>> answers = new ArrayList<>();
		for (long racer : racers) {
			answers.add(pool.submit(() -> {
				start.await();
				return staff().post("/api/v1/networks/nsmot/events/" + event + "/participants",
						"{\"personId\":" + racer + "}");
			}));
		}
		start.countDown();
		List<String> statuses = new ArrayList<>();
		for (Future<ApiClient.Response> answer : answers) {
			statuses.add(answer.get(30, TimeUnit.SECONDS).json("$.status"));
		}
		pool.shutdown();
		assertThat(statuses).containsExactlyInAnyOrder("REGISTERED", "WAITLISTED");
		ApiClient.Response seen = staff().get("/api/v1/networks/nsmot/events/" + event);
		assertThat(seen.<Integer>json("$.seatsTaken")).isEqualTo(2);
		assertThat(seen.<Integer>json("$.waitlisted")).isEqualTo(1);

		long waiting = racers.get(statuses.indexOf("WAITLISTED"));
		assertThat(staff().send("PATCH", "/api/v1/networks/nsmot/events/" + event + "/participants/" + first,
				"{\"status\":\"CANCELLED\"}").status()).isEqualTo(200);
		List<Map<String, Object>> participants = staff().get("/api/v1/networks/nsmot/events/" + event + "/participants")
			.json("$");
		assertThat(participants).anySatisfy(p -> {
			assertThat(((Number) p.get("personId")).longValue()).isEqualTo(waiting);
			assertThat(p.get("status")).isEqualTo("REGISTERED");
		});
		String email = Tenancy.runAs(nsmot(), () -> people.get(waiting).email());
		assertThat(TestMail.latestTo(email).getSubject()).isEqualTo("Atsilaisvino vieta: Paskutinė vieta");

		ApiClient.Response twice = staff().post("/api/v1/networks/nsmot/events/" + event + "/participants",
				"{\"personId\":" + waiting + "}");
		assertThat(twice.status()).isEqualTo(409);
		assertThat(twice.<String>json("$.detail")).contains("jau yra šio renginio dalyvių sąraše");
	}

	@Test
	void badEventInputIsRefusedWithAReasonAndChangesNothing() {
		ApiClient staff = staff();
		int before = Tenancy.runAs(nsmot(), () -> events.list(LocalDate.of(2031, 1, 1), LocalDate.of(2031, 12, 31), null))
			.size();
		ApiClient.Response backwards = staff.post("/api/v1/networks/nsmot/events", """
				{"type":"TRAINING","title":"Atgal","startsAt":"2031-03-01T12:00:00+02:00","endsAt":"2031-03-01T10:00:00+02:00",
				 "tags":["Nežinoma žyma"]}""");
		assertThat(backwards.status()).isEqualTo(400);
		assertThat(backwards.<List<String>>json("$.errors[*].message")).containsExactlyInAnyOrder(
				"Renginio pabaiga turi būti vėlesnė už pradžią.", "Žymos „Nežinoma žyma“ tinklo žymų sąraše nėra.");
		assertThat(Tenancy.runAs(nsmot(), () -> events.list(LocalDate.of(2031, 1, 1), LocalDate.of(2031, 12, 31), null)))
			.hasSize(before);

		int event = createEvent("Talpa", 3, "2031-04-01T10:00:00+03:00", "2031-04-01T12:00:00+03:00");
		for (String name : List.of("Ona", "Eglė")) {
			staff.post("/api/v1/networks/nsmot/events/" + event + "/participants",
					"{\"personId\":" + newPerson(name) + "}");
		}
		EventView seen = Tenancy.runAs(nsmot(), () -> events.get(event));
		ApiClient.Response smaller = staff.put("/api/v1/networks/nsmot/events/" + event, """
				{"type":"TRAINING","title":"Talpa","startsAt":"2031-04-01T10:00:00+03:00","endsAt":"2031-04-01T12:00:00+03:00",
				 "capacity":1,"version":%d}""".formatted(seen.version()));
		assertThat(smaller.status()).isEqualTo(400);
		assertThat(smaller.<List<String>>json("$.errors[*].message"))
			.containsExactly("Vietų negali būti mažiau nei jau užregistruotų dalyvių (2).");
		assertThat(Tenancy.runAs(nsmot(), () -> events.get(event)).capacity()).isEqualTo(3);
	}

	@Test
	void registrationClosesOnItsDayAndFeedbackFollowsTheRules() {
		ApiClient staff = staff();
		ApiClient.Response closed = staff.post("/api/v1/networks/nsmot/events", """
				{"type":"TRAINING","title":"Uždaryta registracija","startsAt":"2032-04-01T10:00:00+03:00",
				 "endsAt":"2032-04-01T12:00:00+03:00","registrationUntil":"2020-01-01"}""");
		int closedId = closed.json("$.id");
		long late = newPerson("Vėlyvoji");
		ApiClient.Response tooLate = staff.post("/api/v1/networks/nsmot/events/" + closedId + "/participants",
				"{\"personId\":" + late + "}");
		assertThat(tooLate.status()).isEqualTo(400);
		assertThat(tooLate.<List<String>>json("$.errors[*].message"))
			.containsExactly("Registracija į šį renginį uždaryta.");
		assertThat(staff.get("/api/v1/networks/nsmot/events/" + closedId + "/participants").<List<Object>>json("$"))
			.isEmpty();

		int event = createEvent("Atsiliepimai", 10, "2021-06-01T10:00:00+03:00", "2021-06-01T12:00:00+03:00");
		long came = newPerson("Atėjusi");
		long absent = newPerson("Neatėjusi");
		staff.post("/api/v1/networks/nsmot/events/" + event + "/participants",
				"{\"personId\":" + came + ",\"status\":\"ATTENDED\"}");
		staff.post("/api/v1/networks/nsmot/events/" + event + "/participants",
				"{\"personId\":" + absent + ",\"status\":\"ABSENT\"}");
		String feedback = "/api/v1/networks/nsmot/events/" + event + "/feedback";

		assertThat(staff.post(feedback, "{\"personId\":" + came + ",\"rating\":9}").<List<String>>json("$.errors[*].message"))
			.containsExactly("Atsiliepimai priimami tik apie įvykusius renginius.");
		EventView planned = Tenancy.runAs(nsmot(), () -> events.get(event));
		Tenancy.runAs(nsmot(), () -> events.markHeld(planned.id()));

		assertThat(staff.post(feedback, "{\"personId\":" + came + ",\"rating\":0}").<List<String>>json("$.errors[*].message"))
			.containsExactly("Įvertinimas turi būti sveikasis skaičius nuo 1 iki 10.");
		assertThat(staff.post(feedback, "{\"personId\":" + came + ",\"rating\":11}").status()).isEqualTo(400);
		assertThat(staff.post(feedback, "{\"personId\":" + absent + ",\"rating\":8}").<List<String>>json("$.errors[*].message"))
			.containsExactly("Atsiliepimą gali palikti tik renginyje dalyvavęs asmuo.");
		assertThat(staff.post(feedback, "{\"personId\":" + came + ",\"rating\":10,\"comment\":\"Puiku\"}").status())
			.isEqualTo(201);
		assertThat(staff.post(feedback, "{\"personId\":" + came + ",\"rating\":7}").<List<String>>json("$.errors[*].message"))
			.containsExactly("Šis dalyvis atsiliepimą apie renginį jau paliko.");
		assertThat(staff.post(feedback, "{\"rating\":8}").status()).isEqualTo(201);

		FeedbackSummary summary = Tenancy.runAs(nsmot(), () -> events.feedback(event));
		assertThat(summary.ratings()).isEqualTo(2);
		assertThat(summary.averageRating()).isEqualByComparingTo("9.00");
		assertThat(summary.comments()).containsExactly("Puiku");
	}

	@Test
	void theEventFormMarksTheEndBeforeTheStartAndKeepsWhatWasTyped() {
		WebSession staff = WebSession.signedIn(port, DemoAccounts.NSMOT_STAFF.email(), DemoAccounts.PASSWORD);
		WebSession.Page page = staff.post("/n/nsmot/events/new", "/n/nsmot/events",
				Map.of("type", "TRAINING", "title", "Mokymai apie atsiliepimus", "startsAt", "2031-05-01T12:00",
						"endsAt", "2031-05-01T10:00", "format", "LIVE", "capacity", "20"));
		assertThat(page.status()).isEqualTo(200);
		assertThat(page.text()).contains("Renginio pabaiga turi būti vėlesnė už pradžią.");
		assertThat(page.body()).contains("value=\"Mokymai apie atsiliepimus\"");

		WebSession.Page negative = staff.post("/n/nsmot/events/new", "/n/nsmot/events",
				Map.of("type", "TRAINING", "title", "Neigiama talpa", "startsAt", "2031-05-01T10:00", "endsAt",
						"2031-05-01T12:00", "format", "LIVE", "capacity", "-3", "hours", "keturios"));
		assertThat(negative.text()).contains("Reikšmė turi būti ne mažesnė nei 1.", "Neteisinga reikšmė.");
		assertThat(negative.body()).contains("value=\"keturios\"");
		assertThat(Tenancy.runAs(nsmot(), () -> events.list(LocalDate.of(2031, 5, 1), LocalDate.of(2031, 5, 1), null)))
			.extracting(EventView::title)
			.doesNotContain("Mokymai apie atsiliepimus", "Neigiama talpa");
	}

	@Test
	void theEventFormOffersMunicipalitiesByNameAndKeepsTheirCodesOutOfSight() {
		WebSession staff = WebSession.signedIn(port, DemoAccounts.NSMOT_STAFF.email(), DemoAccounts.PASSWORD);
		String form = staff.get("/n/nsmot/events/new").html();
		assertThat(form).contains("<optgroup label=\"Kauno apskritis\">",
				"<option value=\"LT-15\">Kauno miesto savivaldybė</option>");
		assertThat(form.split("<option value=\"LT-", -1)).hasSize(61);
		assertThat(form.replaceAll("value=\"LT-\\d\\d\"", "")).doesNotContain("LT-");

		WebSession.Page typed = staff.post("/n/nsmot/events/new", "/n/nsmot/events",
				Map.of("type", "TRAINING", "title", "Mokymai Kaune", "startsAt", "2031-06-01T10:00", "endsAt",
						"2031-06-01T12:00", "format", "LIVE", "municipality", "Kauno miesto"));
		assertThat(typed.status()).isEqualTo(200);
		assertThat(typed.text()).contains("Tokios savivaldybės nėra; pasirinkite ją iš sąrašo.").doesNotContain("LT-");
		assertThat(typed.body()).contains("value=\"Mokymai Kaune\"");

		WebSession.Page saved = staff.post("/n/nsmot/events/new", "/n/nsmot/events",
				Map.of("type", "TRAINING", "title", "Mokymai Kaune", "startsAt", "2031-06-01T10:00", "endsAt",
						"2031-06-01T12:00", "format", "LIVE", "municipality", "LT-15"));
		assertThat(saved.status()).isEqualTo(302);
		String page = saved.location().replaceFirst("^https?://[^/]+", "");
		assertThat(staff.get(page + "?tab=edit").html())
			.contains("<option value=\"LT-15\" selected=\"selected\">Kauno miesto savivaldybė</option>");
		// the page's header names the municipality too, never its code
		assertThat(staff.get(page).text()).contains("Kauno miesto savivaldybė").doesNotContain("LT-15");
	}

	@Test
	void eventsComeAsICalendarAndThePublicFeedHoldsOnlyPublicEvents() {
		ApiClient staff = staff();
		ApiClient.Response open = staff.post("/api/v1/networks/nsmot/events", """
				{"type":"FORUM","title":"Viešas forumas apie skurdą","startsAt":"%s-03-10T10:00:00+02:00",
				 "endsAt":"%s-03-10T15:00:00+02:00","public":true,"venue":"Vilnius"}"""
			.formatted(LocalDate.now().getYear() + 1, LocalDate.now().getYear() + 1));
		int openId = open.json("$.id");
		createEvent("Uždaras pasitarimas", 10, (LocalDate.now().getYear() + 1) + "-03-11T10:00:00+02:00",
				(LocalDate.now().getYear() + 1) + "-03-11T12:00:00+02:00");

		WebSession pages = WebSession.signedIn(port, DemoAccounts.NSMOT_STAFF.email(), DemoAccounts.PASSWORD);
		String one = pages.get("/n/nsmot/events/" + openId + "/calendar.ics").body();
		assertThat(one).contains("BEGIN:VCALENDAR", "BEGIN:VEVENT", "SUMMARY:Viešas forumas apie skurdą",
				"DTSTART:" + (LocalDate.now().getYear() + 1) + "0310T080000Z", "LOCATION:Vilnius");

		String feed = new WebSession(port).get("/n/nsmot/public/events.ics").body();
		assertThat(feed).contains("SUMMARY:Viešas forumas apie skurdą").doesNotContain("Uždaras pasitarimas");
	}

	@Test
	void anAttendanceSheetWithAnUnknownEmailChangesNothingAndAGoodOneMarksEveryone() {
		int event = createEvent("Lankomumas", 20, "2021-09-01T10:00:00+03:00", "2021-09-01T12:00:00+03:00");
		long ona = newPerson("Ona");
		long jonas = newPerson("Jonas");
		staff().post("/api/v1/networks/nsmot/events/" + event + "/participants",
				"{\"personId\":" + ona + ",\"status\":\"ABSENT\"}");
		String onaEmail = Tenancy.runAs(nsmot(), () -> people.get(ona).email());
		String jonasEmail = Tenancy.runAs(nsmot(), () -> people.get(jonas).email());
		WebSession pages = WebSession.signedIn(port, DemoAccounts.NSMOT_STAFF.email(), DemoAccounts.PASSWORD);
		String page = "/n/nsmot/events/" + event;

		String bad = "email,status\n" + onaEmail + ",ATTENDED\nniekas@nezinomas.lt,ATTENDED\n" + jonasEmail + ",BUVO\n";
		pages.upload(page, page + "/attendance/import", "file", "lankomumas.csv", bad.getBytes(StandardCharsets.UTF_8));
		String shown = pages.get(page).text();
		assertThat(shown).contains("Neimportuota nieko", "niekas@nezinomas.lt", "„BUVO“");
		assertThat(Tenancy.runAs(nsmot(), () -> events.participants(event))).singleElement()
			.satisfies(p -> assertThat(p.status()).isEqualTo(ParticipationStatus.ABSENT));

		String good = "email,status\n" + onaEmail + ",attended\n" + jonasEmail + ",\n";
		pages.upload(page, page + "/attendance/import", "file", "lankomumas.csv", good.getBytes(StandardCharsets.UTF_8));
		assertThat(pages.get(page).text()).contains("Lankomumas importuotas.");
		assertThat(Tenancy.runAs(nsmot(), () -> events.participants(event))).hasSize(2)
			.allSatisfy(p -> assertThat(p.status()).isEqualTo(ParticipationStatus.ATTENDED));
	}

	/**
	 * A sheet of thousands is matched to the people in one read and saved in batches: a few
	 * statements, not a few per row. A network of its own, so the demo's lists stay as other tests
	 * expect them.
	 */
	@Test
	void anAttendanceSheetOfTwoThousandRowsCostsAFewStatementsAndOneBadRowChangesNothing() {
		String slug = "lankomumas-" + System.nanoTime() % 100000;
		FreshNetwork fresh = FreshNetwork.create(port, slug, "Lankomumo tinklas");
		long network = networks.bySlug(slug).orElseThrow().id();
		long id = fresh.event("TRAINING", "Didelė konferencija", "2021-09-01T10:00:00+03:00", "2021-09-01T16:00:00+03:00",
				6);
		// two thousand people, the first three hundred registered beforehand
		jdbc.sql("""
				insert into person (network_id, first_name, last_name, email, search_text, created_at)
				select :network, 'Dalyvė', 'Nr. ' || n, 'dalyve' || n || '@konferencija.lt',
				       'dalyve nr. ' || n || ' dalyve' || n || '@konferencija.lt', now()
				from generate_series(1, 2000) n""").param("network", network).update();
		jdbc.sql("""
				insert into participation (network_id, event_id, person_id, status, registered_at)
				select network_id, :event, id, 'REGISTERED', now() from person
				where network_id = :network and email like 'dalyve%' and cast(substring(last_name, 5) as int) <= 300""")
			.param("event", id)
			.param("network", network)
			.update();
		List<String> rows = new ArrayList<>();
		for (int n = 1; n <= 2000; n++) {
			rows.add("Dalyve" + n + "@Konferencija.lt," + (n % 10 == 0 ? "absent" : "ATTENDED"));
		}
		// the spreadsheet's row 1500 (the 1499th under the header) names no one, row 1800 has no such status
		List<String> bad = new ArrayList<>(rows);
		bad.set(1498, "niekas@konferencija.lt,ATTENDED");
		bad.set(1798, "dalyve1799@konferencija.lt,BUVO");
		String page = "/n/" + slug + "/events/" + id;
		WebSession admin = fresh.signedIn();
		admin.upload(page, page + "/attendance/import", "file", "lankomumas.csv", sheet(bad));
		assertThat(admin.get(page).text()).contains("Neimportuota nieko: faile rasta klaidų (2).",
				"1500 (email): Asmens su el. paštu „niekas@konferencija.lt“ tinkle nėra.", "1800 (status): ", "„BUVO“");
		WebSession english = fresh.signedIn().inLanguage("en");
		english.upload(page, page + "/attendance/import", "file", "attendance.csv", sheet(bad));
		assertThat(english.get(page).text()).contains("Nothing was imported: the file has errors (2).",
				"1500 (email): There is no person with the e-mail \"niekas@konferencija.lt\" in the network.",
				"1800 (status): ");
		assertThat(statuses(id)).containsExactly(Map.entry("REGISTERED", 300L));

		admin.upload(page, page + "/attendance/import", "file", "lankomumas.csv", sheet(rows));
		assertThat(SqlStatements.ofLastRequestTo(page + "/attendance/import")).isLessThan(40);
		assertThat(statuses(id)).containsExactlyInAnyOrderEntriesOf(Map.of("ATTENDED", 1800L, "ABSENT", 200L));
		assertThat(Tenancy.runAs(network, () -> events.get(id)).seatsTaken()).isEqualTo(2000);
	}

	Map<String, Long> statuses(long event) {
		Map<String, Long> statuses = new TreeMap<>();
		jdbc.sql("select status, count(*) from participation where event_id = ? group by status")
			.param(event)
			.query((rs, i) -> statuses.put(rs.getString(1), rs.getLong(2)))
			.list();
		return statuses;
	}

	static byte[] sheet(List<String> rows) {
		return ("email,status\n" + String.join("\n", rows) + "\n").getBytes(StandardCharsets.UTF_8);
	}

	@Test
	void attendeesRateTheEventFromTheMailedLinkOnce() {
		int event = createEvent("Atsiliepimų nuorodos", 20, "2021-10-01T10:00:00+03:00", "2021-10-01T12:00:00+03:00");
		long came = newPerson("Dalyvavusi");
		staff().post("/api/v1/networks/nsmot/events/" + event + "/participants",
				"{\"personId\":" + came + ",\"status\":\"ATTENDED\"}");
		WebSession pages = WebSession.signedIn(port, DemoAccounts.NSMOT_STAFF.email(), DemoAccounts.PASSWORD);
		String page = "/n/nsmot/events/" + event;
		pages.post(page, page + "/feedback-requests", Map.of());
		assertThat(pages.get(page + "?tab=feedback").text()).contains("Atsiliepimai priimami tik apie įvykusius renginius.");

		Tenancy.runAs(nsmot(), () -> events.markHeld(event));
		pages.post(page, page + "/feedback-requests", Map.of());
		assertThat(pages.get(page + "?tab=feedback").text()).contains("Išsiųsta nuorodų: 1.");
		pages.post(page, page + "/feedback-requests", Map.of());
		assertThat(pages.get(page + "?tab=feedback").text()).contains("Išsiųsta nuorodų: 0.");

		String email = Tenancy.runAs(nsmot(), () -> people.get(came).email());
		String link = TestMail.linkPath(TestMail.latestTo(email), "/n/nsmot/public/feedback/");
		WebSession attendee = new WebSession(port);
		assertThat(attendee.get(link).text()).contains("Kaip vertinate renginį „Atsiliepimų nuorodos“?");
		assertThat(attendee.post(link, link, Map.of("rating", "11", "comment", "Per daug")).text())
			.contains("Įvertinimas turi būti sveikasis skaičius nuo 1 iki 10.");
		assertThat(attendee.post(link, link, Map.of("rating", "9", "comment", "Naudinga")).text())
			.contains("Ačiū už atsiliepimą!");
		assertThat(attendee.post(link, link, Map.of("rating", "3")).text())
			.contains("Šis dalyvis atsiliepimą apie renginį jau paliko.");

		FeedbackSummary summary = Tenancy.runAs(nsmot(), () -> events.feedback(event));
		assertThat(summary.ratings()).isEqualTo(1);
		assertThat(summary.comments()).containsExactly("Naudinga");

		// the same mail carries the attendee's certificate
		String certificate = TestMail.linkPath(TestMail.latestTo(email), "/n/nsmot/public/certificates/");
		String text = pdfText(attendee.download(certificate));
		assertThat(text).contains("Pažymėjimas", "Dalyvavusi Testaitė", "„Atsiliepimų nuorodos“",
				"2021 m. spalio 1 d.", "Pažymėjimo Nr. NSMOT-2021-" + event + "-" + came);
	}

	@Test
	void staffDownloadEachCertificateAndAllOfATrainingsInOneZip() throws Exception {
		long training = Tenancy.runAs(nsmot(),
				() -> events.list(LocalDate.of(2025, 1, 1), LocalDate.of(2025, 12, 31), EventType.TRAINING).get(0).id());
		ParticipantView attendee = Tenancy.runAs(nsmot(), () -> events.participants(training)).get(0);
		WebSession pages = WebSession.signedIn(port, DemoAccounts.NSMOT_STAFF.email(), DemoAccounts.PASSWORD);
		String text = pdfText(pages.download("/n/nsmot/events/" + training + "/certificates/" + attendee.personId() + ".pdf"));
		assertThat(text).contains(attendee.name(), "Socialinių paslaugų kokybės nacionalinių reikalavimų įgyvendinimas",
				"Trukmė: 6 akad. val.");
		byte[] zip = pages.download("/n/nsmot/events/" + training + "/certificates.zip");
		int entries = 0;
		try (var in = new ZipInputStream(new ByteArrayInputStream(zip))) {
			while (in.getNextEntry() != null) {
				entries++;
			}
		}
		assertThat(entries).isEqualTo(17);
		assertThat(pages.get("/n/nsmot/events/" + training + "/certificates/" + newPerson("Nebuvusi") + ".pdf").status())
			.isEqualTo(404);

		// the member representative (of the Food Bank) gets the certificate of a Food Bank attendee
		long food = Tenancy.runAs(nsmot(), () -> events.participants(training))
			.stream()
			.filter(p -> p.organizationId() != null && p.organizationId() == 1L)
			.findFirst()
			.orElseThrow()
			.personId();
		WebSession representative = WebSession.signedIn(port, DemoAccounts.NSMOT_MEMBER.email(), DemoAccounts.PASSWORD);
		assertThat(pdfText(representative.download("/n/nsmot/events/" + training + "/certificates/" + food + ".pdf")))
			.contains("Pažymėjimas");
	}

	ApiClient member() {
		return ApiClient.basic(port, DemoAccounts.NSMOT_MEMBER.email(), DemoAccounts.PASSWORD);
	}

	/** The Food Bank, the organization the demo's member representative speaks for. */
	long foodBank() {
		return Tenancy.runAs(nsmot(), () -> organizations
			.search(new OrganizationFilter("Maisto bankas", null, null, null, null, null), 0, 1)
			.items()
			.get(0)
			.id());
	}

	long foodBankPerson(String name) {
		long food = foodBank();
		return Tenancy.runAs(nsmot(), () -> people.create(new PersonData(name, "Bankaitė",
				SearchText.normalize(name) + "." + System.nanoTime() + "@maistobankas.lt", null, "lt",
				List.of(new PersonData.AffiliationData(food, "Savanorių koordinatorė", null, null)), List.of())).id());
	}

	/** What the year's report and the strategy's metrics count of trainings, as staff read them. */
	List<Object> trainingFigures(int year) {
		String period = "?from=" + year + "-01-01&to=" + year + "-12-31";
		ApiClient staff = staff();
		return List.of(staff.get("/api/v1/networks/nsmot/reports/annual/" + year).<Object>json("$.trainings"),
				staff.get("/api/v1/networks/nsmot/metrics/events.participations" + period).body(),
				staff.get("/api/v1/networks/nsmot/metrics/events.ratings" + period).body());
	}

	@Test
	void aMemberRepresentativeRegistersAndCancelsTheirPeopleButNeverRecordsAttendanceOrFeedback() {
		int nextYear = LocalDate.now().getYear() + 2;
		int upcoming = createEvent("Būsimi mokymai nariams", 1, nextYear + "-02-10T10:00:00+02:00",
				nextYear + "-02-10T14:00:00+02:00");
		int past = createEvent("Praėję mokymai nariams", 20, "2018-03-10T10:00:00+02:00", "2018-03-10T14:00:00+02:00");
		long food = foodBank();
		long ieva = foodBankPerson("Ieva");
		long rasa = foodBankPerson("Rasa");
		List<Object> before = trainingFigures(2018);
		ApiClient member = member();
		String upcomingParticipants = "/api/v1/networks/nsmot/events/" + upcoming + "/participants";
		String pastParticipants = "/api/v1/networks/nsmot/events/" + past + "/participants";

		// attended before the event: refused for everyone, with a reason in the user's language
		ApiClient.Response early = member.post(upcomingParticipants,
				"{\"personId\":" + ieva + ",\"organizationId\":" + food + ",\"status\":\"ATTENDED\"}");
		assertThat(early.status()).isEqualTo(400);
		assertThat(early.<List<String>>json("$.errors[*].message"))
			.containsExactly("Dalyvavimą (dalyvavo / nedalyvavo) galima pažymėti tik prasidėjus renginiui.");
		assertThat(member.inLanguage("en").post(upcomingParticipants,
				"{\"personId\":" + ieva + ",\"organizationId\":" + food + ",\"status\":\"ABSENT\"}")
			.<List<String>>json("$.errors[*].message"))
			.containsExactly("Attendance (attended / absent) can be recorded only once the event has started.");
		assertThat(staff().post(upcomingParticipants, "{\"personId\":" + ieva + ",\"status\":\"ATTENDED\"}")
			.<List<String>>json("$.errors[*].message"))
			.containsExactly("Dalyvavimą (dalyvavo / nedalyvavo) galima pažymėti tik prasidėjus renginiui.");
		assertThat(member.post(upcomingParticipants,
				"{\"personId\":" + ieva + ",\"organizationId\":" + food + ",\"status\":\"CANCELLED\"}").status())
			.isEqualTo(400);
		assertThat(member.get(upcomingParticipants).<List<Object>>json("$")).isEmpty();

		// registering within capacity and cancelling are the representative's; a freed seat goes to the next
		assertThat(member.post(upcomingParticipants, "{\"personId\":" + ieva + ",\"organizationId\":" + food + "}")
			.<String>json("$.status")).isEqualTo("REGISTERED");
		assertThat(member.post(upcomingParticipants, "{\"personId\":" + rasa + ",\"organizationId\":" + food + "}")
			.<String>json("$.status")).isEqualTo("WAITLISTED");
		ApiClient.Response attendedEarly = member.send("PATCH", upcomingParticipants + "/" + ieva, "{\"status\":\"ATTENDED\"}");
		assertThat(attendedEarly.<List<String>>json("$.errors[*].message"))
			.containsExactly("Dalyvavimą (dalyvavo / nedalyvavo) galima pažymėti tik prasidėjus renginiui.");
		assertThat(member.send("PATCH", upcomingParticipants + "/" + ieva, "{\"status\":\"CANCELLED\"}").<String>json("$.status"))
			.isEqualTo("CANCELLED");
		assertThat(member.get(upcomingParticipants).<List<String>>json("$[?(@.personId == " + rasa + ")].status"))
			.containsExactly("REGISTERED");

		// on the page the representative is offered only what is theirs, and a forged status is refused
		WebSession representative = WebSession.signedIn(port, DemoAccounts.NSMOT_MEMBER.email(), DemoAccounts.PASSWORD);
		String upcomingPage = "/n/nsmot/events/" + upcoming;
		assertThat(representative.get(upcomingPage).html()).doesNotContain("value=\"ATTENDED\"", "value=\"ABSENT\"");
		// nor the keepers' actions: cancelling the event and inviting people, which staff see on the same page
		String cancel = "action=\"" + upcomingPage + "/cancel\"";
		assertThat(representative.get(upcomingPage).html()).doesNotContain(cancel, "id=\"tab-invitations\"");
		assertThat(WebSession.signedIn(port, DemoAccounts.NSMOT_STAFF.email(), DemoAccounts.PASSWORD)
			.get(upcomingPage)
			.html()).contains(cancel, "id=\"tab-invitations\"");
		String ievaEmail = Tenancy.runAs(nsmot(), () -> people.get(ieva).email());
		representative.post(upcomingPage, upcomingPage + "/participants/" + rasa, Map.of("status", "ATTENDED"));
		assertThat(representative.get(upcomingPage).text())
			.contains("Dalyvavimą (dalyvavo / nedalyvavo) galima pažymėti tik prasidėjus renginiui.");

		// a training that has started: no registering, no attendance, no feedback from the representative
		ApiClient.Response selfCertified = member.post(pastParticipants,
				"{\"personId\":" + ieva + ",\"organizationId\":" + food + ",\"status\":\"ATTENDED\"}");
		assertThat(selfCertified.status()).isEqualTo(400);
		assertThat(selfCertified.<List<String>>json("$.errors[*].message")).containsExactly(
				"Dalyvavimą ir atsiliepimus kitų vardu žymi tik tinklo darbuotojai; nario atstovas gali užregistruoti arba atšaukti savo organizacijos žmones.");
		assertThat(member.post(pastParticipants, "{\"personId\":" + ieva + ",\"organizationId\":" + food + "}")
			.<List<String>>json("$.errors[*].message")).containsExactly("Registracija į šį renginį uždaryta.");
		String pastPage = "/n/nsmot/events/" + past;
		representative.post(pastPage, pastPage + "/participants", Map.of("email", ievaEmail, "status", "ATTENDED"));
		assertThat(representative.get(pastPage).text()).contains(
				"Dalyvavimą ir atsiliepimus kitų vardu žymi tik tinklo darbuotojai; nario atstovas gali užregistruoti arba atšaukti savo organizacijos žmones.");
		assertThat(staff().get(pastParticipants).<List<Object>>json("$")).isEmpty();

		// what the staff recorded stays as they recorded it
		assertThat(staff().post(pastParticipants, "{\"personId\":" + rasa + ",\"status\":\"ATTENDED\"}").status())
			.isEqualTo(201);
		Tenancy.runAs(nsmot(), () -> events.markHeld(past));
		List<Object> recorded = trainingFigures(2018);
		assertThat(member.send("PATCH", pastParticipants + "/" + rasa, "{\"status\":\"CANCELLED\"}")
			.<List<String>>json("$.errors[*].message")).containsExactly(
				"Dalyvavimą ir atsiliepimus kitų vardu žymi tik tinklo darbuotojai; nario atstovas gali užregistruoti arba atšaukti savo organizacijos žmones.");
		ApiClient.Response rated = member.post("/api/v1/networks/nsmot/events/" + past + "/feedback",
				"{\"personId\":" + rasa + ",\"rating\":10}");
		assertThat(rated.status()).isEqualTo(403);
		assertThat(Tenancy.runAs(nsmot(), () -> events.feedback(past)).ratings()).isZero();
		assertThat(staff().get(pastParticipants).<List<String>>json("$[*].status")).containsExactly("ATTENDED");

		// the refused attempts count nowhere: the year's report and the metrics move only with the staff's record
		assertThat(recorded).isNotEqualTo(before);
		assertThat(trainingFigures(2018)).isEqualTo(recorded);
	}

	@Test
	void staffAddAWalkInToAHeldEventAndCertificatesAndFeedbackWaitForTheStart() {
		int held = createEvent("Įvykę mokymai su atėjusiais", 2, "2018-05-10T10:00:00+03:00", "2018-05-10T14:00:00+03:00");
		Tenancy.runAs(nsmot(), () -> events.markHeld(held));
		long walkIn = newPerson("Atėjusi be registracijos");
		String walkInEmail = Tenancy.runAs(nsmot(), () -> people.get(walkIn).email());
		WebSession pages = WebSession.signedIn(port, DemoAccounts.NSMOT_STAFF.email(), DemoAccounts.PASSWORD);
		String page = "/n/nsmot/events/" + held;
		// the form offers the walk-in as attended, and adding them is not "registration closed"
		assertThat(pages.get(page).html()).containsPattern("<option value=\"ATTENDED\" selected=\"selected\">");
		pages.post(page, page + "/participants", Map.of("email", walkInEmail, "status", "ATTENDED"));
		assertThat(pages.get(page).text()).contains("Asmuo užregistruotas.").doesNotContain("Registracija į šį renginį uždaryta.");
		assertThat(staff().post("/api/v1/networks/nsmot/events/" + held + "/participants",
				"{\"personId\":" + newPerson("Antra atėjusi") + ",\"status\":\"ATTENDED\"}").status()).isEqualTo(201);
		assertThat(Tenancy.runAs(nsmot(), () -> events.participants(held))).extracting(ParticipantView::status)
			.containsOnly(ParticipationStatus.ATTENDED)
			.hasSize(2);
		assertThat(pdfText(pages.download(page + "/certificates/" + walkIn + ".pdf"))).contains("Atėjusi be registracijos");

		// moved to a day not yet come, the training has no certificates and takes no feedback
		EventView moved = Tenancy.runAs(nsmot(), () -> events.get(held));
		int later = LocalDate.now().getYear() + 2;
		ApiClient.Response update = staff().put("/api/v1/networks/nsmot/events/" + held, """
				{"version":%d,"type":"TRAINING","title":"Įvykę mokymai su atėjusiais","startsAt":"%d-05-10T10:00:00+03:00",
				 "endsAt":"%d-05-10T14:00:00+03:00","format":"LIVE","capacity":2,"hours":4,"tags":["Specialieji mokymai"],
				 "municipality":"LT-57","status":"HELD"}""".formatted(moved.version(), later, later));
		assertThat(update.status()).as(update.body()).isEqualTo(200);
		assertThat(pages.get(page + "/certificates/" + walkIn + ".pdf").status()).isEqualTo(404);
		assertThat(pages.get(page + "/certificates.zip").status()).isEqualTo(404);
		assertThat(pages.get(page).html()).doesNotContain("/certificates/" + walkIn + ".pdf");
		assertThat(staff().post("/api/v1/networks/nsmot/events/" + held + "/feedback", "{\"rating\":9}")
			.<List<String>>json("$.errors[*].message")).containsExactly("Atsiliepimai priimami tik apie įvykusius renginius.");
		pages.post(page, page + "/attendance", Map.of("status", "ABSENT"));
		assertThat(pages.get(page).text()).contains("Dalyvavimą (dalyvavo / nedalyvavo) galima pažymėti tik prasidėjus renginiui.");
		String sheet = "email,status\n" + walkInEmail + ",ABSENT\n";
		pages.upload(page, page + "/attendance/import", "file", "lankomumas.csv", sheet.getBytes(StandardCharsets.UTF_8));
		assertThat(pages.get(page).text()).contains("Dalyvavimą (dalyvavo / nedalyvavo) galima pažymėti tik prasidėjus renginiui.");
		assertThat(Tenancy.runAs(nsmot(), () -> events.participants(held))).extracting(ParticipantView::status)
			.containsOnly(ParticipationStatus.ATTENDED);
	}

	static String pdfText(byte[] pdf) {
		return Documents.pdfText(pdf);
	}

	@Test
	void materialsAreUploadedByStaffReadByMembersAndRefusedWhenOfAnotherKind() {
		int event = createEvent("Medžiagos", 20, "2031-06-01T10:00:00+03:00", "2031-06-01T12:00:00+03:00");
		WebSession pages = WebSession.signedIn(port, DemoAccounts.NSMOT_STAFF.email(), DemoAccounts.PASSWORD);
		String page = "/n/nsmot/events/" + event;
		byte[] pdf = "%PDF-1.4 programa".getBytes(StandardCharsets.UTF_8);

		pages.upload(page, page + "/materials", "file", "virusas.exe", new byte[] { 1, 2, 3 });
		assertThat(pages.get(page + "?tab=materials").text()).contains("Tokio tipo failo įkelti negalima", "Medžiagos dar nėra.");

		pages.upload(page, page + "/materials", "file", "Programa.pdf", pdf);
		WebSession.Page shown = pages.get(page + "?tab=materials");
		assertThat(shown.text()).contains("Medžiaga įkelta.", "Programa.pdf");
		String link = shown.body().replaceAll("(?s).*href=\"(/n/nsmot/events/" + event + "/materials/\\d+)\".*", "$1");

		WebSession member = WebSession.signedIn(port, DemoAccounts.NSMOT_MEMBER.email(), DemoAccounts.PASSWORD);
		assertThat(member.download(link)).isEqualTo(pdf);
		WebSession other = WebSession.signedIn(port, DemoAccounts.CHILDREN_ADMIN.email(), DemoAccounts.PASSWORD);
		assertThat(other.get(link.replace("/n/nsmot/", "/n/nvo-vaikams/")).status()).isEqualTo(404);
	}

	@Test
	void speakersArePeopleOfTheNetwork() {
		long speaker = newPerson("Pranešėja");
		ApiClient.Response created = staff().post("/api/v1/networks/nsmot/events", """
				{"type":"TRAINING","title":"Su pranešėja","startsAt":"2031-07-01T10:00:00+03:00",
				 "endsAt":"2031-07-01T12:00:00+03:00","speakerIds":[%d]}""".formatted(speaker));
		assertThat(created.status()).isEqualTo(201);
		assertThat(created.<List<Integer>>json("$.speakerIds")).containsExactly((int) speaker);
		ApiClient.Response unknown = staff().post("/api/v1/networks/nsmot/events", """
				{"type":"TRAINING","title":"Be pranešėjo","startsAt":"2031-07-02T10:00:00+03:00",
				 "endsAt":"2031-07-02T12:00:00+03:00","speakerIds":[999999]}""");
		assertThat(unknown.<List<String>>json("$.errors[*].message")).containsExactly("Asmens Nr. 999999 šiame tinkle nėra.");
	}

	@Test
	void invitationsGoOncePerPersonRespectTheStopLinkAndRemindTheDayBefore() throws Exception {
		LocalDate tomorrow = LocalDate.now(Formats.VILNIUS).plusDays(1);
		int event = createEvent("Kvietimų renginys", 200, tomorrow + "T10:00:00+02:00", tomorrow + "T12:00:00+02:00");
		WebSession pages = WebSession.signedIn(port, DemoAccounts.NSMOT_STAFF.email(), DemoAccounts.PASSWORD);
		String page = "/n/nsmot/events/" + event;

		pages.post(page, page + "/invitations", Map.of("segment", "LIST", "emails", "niekas@nezinomas.lt", "confirmed", "true"));
		assertThat(pages.get(page + "?tab=invitations").text()).contains("Šių el. pašto adresų tinklo asmenų sąraše nėra: niekas@nezinomas.lt.");

		long ona = newPerson("Kviečiama");
		String email = Tenancy.runAs(nsmot(), () -> people.get(ona).email());
		pages.post(page, page + "/invitations", Map.of("segment", "LIST", "emails", email, "confirmed", "true"));
		assertThat(pages.get(page + "?tab=invitations").text()).contains("Išsiųsta kvietimų: 1; praleista: 0.");
		pages.post(page, page + "/invitations", Map.of("segment", "LIST", "emails", email, "confirmed", "true"));
		assertThat(pages.get(page + "?tab=invitations").text()).contains("Išsiųsta kvietimų: 0; praleista: 1.");
		MimeMessage invitationMail = TestMail.latestTo(email);
		assertThat(invitationMail.getSubject()).isEqualTo("Kvietimas: Kvietimų renginys");
		String stop = TestMail.linkPath(invitationMail, "/n/nsmot/public/invitations/");

		pages.post(page, page + "/invitations", Map.of("segment", "MEMBERS", "confirmed", "true"));
		assertThat(pages.get(page + "?tab=invitations").text()).containsPattern("Išsiųsta kvietimų: [1-9]\\d*;");

		assertThat(Tenancy.runAs(nsmot(), () -> invitations.remind(LocalDate.now(Formats.VILNIUS))))
			.isPositive();
		assertThat(TestMail.withSubject(email, "Primename: rytoj Kvietimų renginys").getSubject())
			.isEqualTo("Primename: rytoj Kvietimų renginys");
		assertThat(Tenancy.runAs(nsmot(), () -> invitations.remind(LocalDate.now(Formats.VILNIUS))))
			.isZero();

		WebSession person = new WebSession(port);
		assertThat(person.post(stop, stop, Map.of()).text()).contains("Kvietimų daugiau nesiųsime.");
		int other = createEvent("Kitas renginys", 20, "2031-08-01T10:00:00+03:00", "2031-08-01T12:00:00+03:00");
		String otherPage = "/n/nsmot/events/" + other;
		pages.post(otherPage, otherPage + "/invitations", Map.of("segment", "LIST", "emails", email, "confirmed", "true"));
		assertThat(pages.get(otherPage + "?tab=invitations").text()).contains("Išsiųsta kvietimų: 0; praleista: 1.");
	}

	@Test
	void anotherNetworkSeesNoneOfTheseEvents() {
		long nsmotEvent = Tenancy.runAs(nsmot(),
				() -> events.list(LocalDate.of(2025, 1, 1), LocalDate.of(2025, 12, 31), EventType.TRAINING).get(0).id());
		ApiClient other = ApiClient.basic(port, DemoAccounts.CHILDREN_ADMIN.email(), DemoAccounts.PASSWORD);
		assertThat(other.get("/api/v1/networks/nvo-vaikams/events/" + nsmotEvent).status()).isEqualTo(404);
		assertThat(other.get("/api/v1/networks/nvo-vaikams/events/" + nsmotEvent + "/participants").status())
			.isEqualTo(404);
		assertThat(other.post("/api/v1/networks/nvo-vaikams/events/" + nsmotEvent + "/cancel", null).status())
			.isEqualTo(404);
		assertThat(other.get("/api/v1/networks/nvo-vaikams/events/stats?from=2025-01-01&to=2025-12-31")
			.<Integer>json("$.TRAINING.events")).isZero();
		assertThat(other.get("/api/v1/networks/nvo-vaikams/events/stats?from=2016-01-01&to=2016-12-31")
			.<Integer>json("$.FORUM.events")).isEqualTo(1);
		assertThat(Tenancy.runAs(nsmot(), () -> events.get(nsmotEvent)).status()).isEqualTo(EventStatus.HELD);
	}
}
