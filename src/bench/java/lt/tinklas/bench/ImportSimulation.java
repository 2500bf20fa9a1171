package lt.tinklas.bench;

import static io.gatling.javaapi.core.CoreDsl.StringBody;
import static io.gatling.javaapi.core.CoreDsl.atOnceUsers;
import static io.gatling.javaapi.core.CoreDsl.css;
import static io.gatling.javaapi.core.CoreDsl.exec;
import static io.gatling.javaapi.core.CoreDsl.jsonPath;
import static io.gatling.javaapi.core.CoreDsl.scenario;
import static io.gatling.javaapi.http.HttpDsl.ByteArrayBodyPart;
import static io.gatling.javaapi.http.HttpDsl.header;
import static io.gatling.javaapi.http.HttpDsl.http;
import static io.gatling.javaapi.http.HttpDsl.status;

import java.time.LocalDate;
import java.time.ZoneId;
import java.util.concurrent.atomic.AtomicInteger;

import io.gatling.javaapi.core.ChainBuilder;
import io.gatling.javaapi.core.ScenarioBuilder;
import io.gatling.javaapi.core.Simulation;
import io.gatling.javaapi.http.HttpProtocolBuilder;

/**
 * The two large imports, each timed as the one request that does it, by one user in the empty
 * network {@code bench.importNetwork} ({@code importas}, signed in as {@code bench.importUser} with
 * {@code bench.importPassword}): a CSV of {@code bench.importRows} (5,000)
 * organizations uploaded on the import page, then an attendance sheet of as many rows uploaded to
 * an event that has taken place. The sheet's people are added first through the API (not measured).
 * Then the state register's extract: JAR_NVO_NUO.csv of 40,000 NGOs and JAR_IREGISTRUOTI.csv of
 * {@code bench.registerRows} (300,000) entities, zipped (as a file past the upload limit is sent),
 * both in the one request that replaces the network's extract.
 * The legal codes and e-mails carry the run's seed ({@code bench.importSeed}, by default from the
 * clock), so a second run on the same database imports new records again.
 */
public class ImportSimulation extends Simulation {

	static final String ORGANIZATIONS = "import of an organizations CSV";
	static final String ATTENDANCE = "import of an attendance sheet";
	static final String REGISTER = "register extract, 300,000 rows";
	private static final String SETUP = PagesSimulation.SETUP;
	/** How many people are added at once before the attendance import. */
	private static final int ADDING_USERS = 4;

	private final String network = BenchSettings.property("bench.importNetwork", "importas");
	private final String user = BenchSettings.property("bench.importUser", "admin@" + network + ".bench");
	private final String password = BenchSettings.property("bench.importPassword", BenchSettings.PASSWORD);
	private final String token = BenchSettings.property("bench.importToken", "tk_bench_" + network);
	private final int rows = Integer.parseInt(BenchSettings.property("bench.importRows", "5000"));
	private final int registerRows = Integer.parseInt(BenchSettings.property("bench.registerRows", "300000"));
	private final int seed = Integer.parseInt(
			BenchSettings.property("bench.importSeed", String.valueOf(System.currentTimeMillis() / 1000 % 1000)));

	{
		String pages = "/n/" + network;
		String api = "/api/v1/networks/" + network;
		byte[] organizations = ImportFiles.organizations(rows, seed);
		byte[] attendance = ImportFiles.attendance(rows, seed);

		ScenarioBuilder importOrganizations = scenario("organizations import").exec(signIn())
			.exitHereIfFailed()
			.exec(http(SETUP + "import page").get(pages + "/organizations/import")
				.check(status().is(200), css("input[name='_csrf']", "value").saveAs("csrf")))
			.exec(http(ORGANIZATIONS).post(pages + "/organizations/import")
				.header("X-CSRF-TOKEN", "#{csrf}")
				.bodyPart(ByteArrayBodyPart("file", organizations).fileName("organizacijos.csv").contentType("text/csv"))
				.asMultipartForm()
				.check(status().is(200), css("#import-problems").notExists(), css("#import-result").exists()));

		AtomicInteger next = new AtomicInteger();
		ScenarioBuilder addPeople = scenario("people for the attendance sheet").asLongAs(session -> next.get() < rows)
			.on(exec(session -> session.set("n", next.getAndIncrement()))
				.doIf(session -> session.getInt("n") < rows)
				.then(exec(http(SETUP + "add a person").post(api + "/people")
					.header("Authorization", "Bearer " + token)
					.body(StringBody(session -> """
							{"firstName": "Dalyvis", "lastName": "Bandomasis %d", "email": "%s"}"""
						.formatted(session.getInt("n"), ImportFiles.email(seed, session.getInt("n")))))
					.asJson()
					.check(status().is(201)))));

		LocalDate lastMonth = LocalDate.now(ZoneId.of("Europe/Vilnius")).minusMonths(1);
		ScenarioBuilder importAttendance = scenario("attendance import")
			.exec(http(SETUP + "add an event that took place").post(api + "/events")
				.header("Authorization", "Bearer " + token)
				.body(StringBody("""
						{"type": "TRAINING", "title": "Didelis mokymas %d", "startsAt": "%sT10:00:00+02:00",
						 "endsAt": "%sT16:00:00+02:00", "hours": 6}""".formatted(seed, lastMonth, lastMonth)))
				.asJson()
				.check(status().is(201), jsonPath("$.id").saveAs("eventId")))
			.exec(signIn())
			.exitHereIfFailed()
			.exec(http(SETUP + "event page").get(pages + "/events/#{eventId}")
				.check(status().is(200), css("input[name='_csrf']", "value").saveAs("csrf")))
			.exec(http(ATTENDANCE).post(pages + "/events/#{eventId}/attendance/import")
				.header("X-CSRF-TOKEN", "#{csrf}")
				.bodyPart(ByteArrayBodyPart("file", attendance).fileName("lankomumas.csv").contentType("text/csv"))
				.asMultipartForm()
				.check(status().is(302)))
			// the outcome is a message on the event's page, after the redirect
			.exec(http(SETUP + "event page after the import").get(pages + "/events/#{eventId}")
				.check(status().is(200), css(".alert-success").exists()));

		byte[] registerNgos = ImportFiles.registerNgos(registerRows, seed);
		byte[] registered = ImportFiles.registeredZipped(registerRows, seed);
		ScenarioBuilder loadRegister = scenario("register extract").exec(signIn())
			.exitHereIfFailed()
			.exec(http(SETUP + "register extract page").get(pages + "/growth/register")
				.check(status().is(200), css("input[name='_csrf']", "value").saveAs("csrf")))
			.exec(http(REGISTER).post(pages + "/growth/register")
				.header("X-CSRF-TOKEN", "#{csrf}")
				.bodyPart(ByteArrayBodyPart("ngoFile", registerNgos).fileName("JAR_NVO_NUO.csv").contentType("text/csv"))
				.bodyPart(ByteArrayBodyPart("registeredFile", registered).fileName("JAR_IREGISTRUOTI.zip")
					.contentType("application/zip"))
				.asMultipartForm()
				.check(status().is(200), css("#register-result").exists()));

		HttpProtocolBuilder protocol = http.baseUrl(BenchSettings.baseUrlProperty())
			.disableFollowRedirect()
			.acceptLanguageHeader("lt")
			.userAgentHeader("tinklas-bench");
		setUp(importOrganizations.injectOpen(atOnceUsers(1))
			.andThen(addPeople.injectOpen(atOnceUsers(ADDING_USERS))
				.andThen(importAttendance.injectOpen(atOnceUsers(1))
					.andThen(loadRegister.injectOpen(atOnceUsers(1)))))).protocols(protocol);
	}

	private ChainBuilder signIn() {
		return exec(http(SETUP + "sign-in form").get("/login")
			.check(status().is(200), css("input[name='_csrf']", "value").saveAs("csrf")))
			.exec(http(SETUP + "sign in").post("/login")
				.formParam("username", user)
				.formParam("password", password)
				.formParam("_csrf", "#{csrf}")
				.check(status().is(302), header("Location").transform(location -> location.contains("/login")).is(false)));
	}
}
