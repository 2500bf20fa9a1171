package lt.tinklas.bench;

import static io.gatling.javaapi.core.CoreDsl.atOnceUsers;
import static io.gatling.javaapi.core.CoreDsl.constantConcurrentUsers;
import static io.gatling.javaapi.core.CoreDsl.css;
import static io.gatling.javaapi.core.CoreDsl.exec;
import static io.gatling.javaapi.core.CoreDsl.feed;
import static io.gatling.javaapi.core.CoreDsl.listFeeder;
import static io.gatling.javaapi.core.CoreDsl.scenario;
import static io.gatling.javaapi.http.HttpDsl.flushCookieJar;
import static io.gatling.javaapi.http.HttpDsl.header;
import static io.gatling.javaapi.http.HttpDsl.http;
import static io.gatling.javaapi.http.HttpDsl.status;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Properties;
import java.util.concurrent.atomic.AtomicLong;
import java.util.stream.Stream;

import io.gatling.javaapi.core.ChainBuilder;
import io.gatling.javaapi.core.PopulationBuilder;
import io.gatling.javaapi.core.ScenarioBuilder;
import io.gatling.javaapi.core.Session;
import io.gatling.javaapi.core.Simulation;
import io.gatling.javaapi.http.HttpProtocolBuilder;
import io.gatling.javaapi.http.HttpRequestActionBuilder;

/**
 * The main journeys, one request at a time: after a warm-up in which every user walks all of
 * them, each request in turn is asked by {@code bench.users} concurrent users (16) for
 * {@code bench.duration} seconds, with no pause between requests (a closed workload), so that its
 * throughput and percentiles are its own. The floor is measured the same way, for
 * {@code bench.floorDuration} seconds before and after every request, so that each request is read
 * against the floor of its own minutes even when other work on the machine comes and goes. A staff
 * user signs in once per phase; public pages are asked anonymously; API calls carry the staff's
 * personal token.
 */
public class PagesSimulation extends Simulation {

	/** Who asks: a signed-in staff user (form login, session), nobody, or a program with a token. */
	enum Caller {
		STAFF, ANONYMOUS, TOKEN
	}

	/** One measured request: its name is its row in BENCHMARKS.md. */
	record Page(String name, Caller caller, String path, List<Map<String, Object>> records) {

		Page(String name, Caller caller, String path) {
			this(name, caller, path, List.of());
		}
	}

	/** The floor phases are named "floor 1", "floor 2", ... in the order they run. */
	static final String FLOOR = "floor ";
	static final String SIGN_IN = "sign in";
	static final String ANY_NETWORK_REPORT = "API yearly report, any network";
	static final String SETUP = "setup: ";
	static final String WARM_UP = "warm-up: ";
	static final Duration SETTLE = Duration.ofSeconds(3);

	private final BenchSettings settings = BenchSettings.fromSystemProperties();
	private final BenchNetwork network = BenchNetwork.discover(settings);
	/** The measured phases in the order they run, with when each ran, for the report. */
	private final List<Phase> order = new ArrayList<>();

	/** A measured phase: when its first user started and its last one finished (milliseconds since the epoch). */
	record Phase(String name, AtomicLong began, AtomicLong ended) {

		Phase(String name) {
			this(name, new AtomicLong(), new AtomicLong());
		}

		Session start(Session session) {
			began.compareAndSet(0, System.currentTimeMillis());
			return session;
		}

		Session finish(Session session) {
			ended.accumulateAndGet(System.currentTimeMillis(), Math::max);
			return session;
		}
	}

	{
		List<Page> pages = pages().stream().filter(page -> settings.measures(page.name())).toList();
		List<PopulationBuilder> phases = new ArrayList<>();
		List<Page> walked = new ArrayList<>(pages);
		walked.add(new Page("floor", Caller.ANONYMOUS, "/bench/floor"));
		// the yearly report of any network is measured warm: each network's is asked once first
		pages.stream().filter(page -> page.name().equals(ANY_NETWORK_REPORT)).findFirst().ifPresent(any -> phases.add(everyNetwork(any)));
		phases.add(warmUp(walked));
		int floors = 0;
		phases.add(phase(floor(++floors), settings.floorDuration()));
		for (Page page : pages) {
			phases.add(phase(page, settings.duration()));
			phases.add(phase(floor(++floors), settings.floorDuration()));
		}
		if (settings.measures(SIGN_IN)) {
			phases.add(signInPhase());
			phases.add(phase(floor(++floors), settings.floorDuration()));
		}
		PopulationBuilder run = phases.get(phases.size() - 1);
		for (int i = phases.size() - 2; i >= 0; i--) {
			run = phases.get(i).andThen(run);
		}
		HttpProtocolBuilder protocol = http.baseUrl(settings.baseUrl())
			.disableFollowRedirect()
			.acceptHeader("text/html,application/xhtml+xml,application/json;q=0.9,*/*;q=0.8")
			.acceptLanguageHeader("lt")
			.userAgentHeader("tinklas-bench");
		setUp(run).protocols(protocol);
	}

	private static Page floor(int number) {
		return new Page(FLOOR + number, Caller.ANONYMOUS, "/bench/floor");
	}

	/** What was measured, and when each phase ran, for the report ({@code bench.infoFile}). */
	@Override
	public void after() {
		String file = System.getProperty("bench.infoFile");
		if (file == null) {
			return;
		}
		Properties info = new Properties();
		info.setProperty("network", settings.network());
		info.setProperty("users", String.valueOf(settings.users()));
		info.setProperty("duration", String.valueOf(settings.duration().toSeconds()));
		info.setProperty("floorDuration", String.valueOf(settings.floorDuration().toSeconds()));
		info.setProperty("warmUp", String.valueOf(settings.warmUp().toSeconds()));
		for (int i = 0; i < order.size(); i++) {
			Phase phase = order.get(i);
			info.setProperty("phase." + (i + 1), phase.name());
			info.setProperty("phase." + (i + 1) + ".from", String.valueOf(phase.began().get()));
			info.setProperty("phase." + (i + 1) + ".to", String.valueOf(phase.ended().get()));
		}
		info.setProperty("year", String.valueOf(network.year()));
		info.setProperty("county", String.valueOf(network.county()));
		info.setProperty("organizationSearch", network.organizationSearch());
		info.setProperty("peopleSearch", network.peopleSearch());
		info.setProperty("organizations", String.valueOf(network.organizationIds().size()));
		info.setProperty("events", String.valueOf(network.eventIds().size()));
		try {
			Files.createDirectories(Path.of(file).toAbsolutePath().getParent());
			try (var out = Files.newBufferedWriter(Path.of(file))) {
				info.store(out, "what the pages simulation measured");
			}
		}
		catch (IOException e) {
			throw new UncheckedIOException(e);
		}
	}

	private List<Page> pages() {
		String n = "/n/" + settings.network();
		String api = "/api/v1/networks/" + settings.network();
		int year = network.year();
		String wholeYear = "from=" + year + "-01-01&to=" + year + "-12-31";
		String search = BenchNetwork.encode(network.organizationSearch());
		List<Map<String, Object>> organizations = network.organizationIds()
			.stream()
			.map(id -> Map.<String, Object>of("organizationId", id))
			.toList();
		List<Map<String, Object>> events = network.eventIds().stream().map(id -> Map.<String, Object>of("eventId", id)).toList();
		return Stream.of(new Page("floor JSON", Caller.ANONYMOUS, "/bench/floor.json"),
				new Page("API floor", Caller.TOKEN, "/api/v1/bench/floor"),
				new Page("staff layout floor", Caller.STAFF, n + "/bench/layout"),
				new Page("home", Caller.STAFF, n),
				new Page("organizations, filtered by county", Caller.STAFF,
						n + "/organizations?status=MEMBER" + (network.county() == null ? "" : "&county=" + network.county())),
				new Page("organizations, search", Caller.STAFF, n + "/organizations?q=" + search),
				new Page("organizations, picker search", Caller.STAFF, n + "/organizations/choices?q=" + search),
				new Page("an organization", Caller.STAFF, n + "/organizations/#{organizationId}", organizations),
				new Page("people, search", Caller.STAFF, n + "/people?q=" + BenchNetwork.encode(network.peopleSearch())),
				new Page("people, picker search", Caller.STAFF, n + "/people/choices?q=" + BenchNetwork.encode(network.peopleSearch())),
				new Page("events of a year", Caller.STAFF, n + "/events?" + wholeYear),
				new Page("an event with participants", Caller.STAFF, n + "/events/#{eventId}", events),
				new Page("events statistics", Caller.STAFF, n + "/events/stats?year=" + year),
				new Page("yearly report", Caller.STAFF, n + "/reports/annual/" + year),
				new Page("yearly report PDF", Caller.STAFF, n + "/reports/annual/" + year + ".pdf"),
				new Page("yearly report XLSX", Caller.STAFF, n + "/reports/annual/" + year + ".xlsx"),
				new Page("strategy dashboard", Caller.STAFF, n + "/strategy"),
				new Page("public home", Caller.ANONYMOUS, n + "/public"),
				new Page("public news", Caller.ANONYMOUS, n + "/public/news"),
				new Page("API yearly report", Caller.TOKEN, api + "/reports/annual/" + year),
				new Page("API organizations search", Caller.TOKEN, api + "/organizations?q=" + search),
				new Page("API an organization", Caller.TOKEN, api + "/organizations/#{organizationId}", organizations),
				new Page("API events statistics", Caller.TOKEN, api + "/events/stats?" + wholeYear),
				new Page(ANY_NETWORK_REPORT, Caller.TOKEN, "/api/v1/networks/#{network}/reports/annual/" + year,
						settings.anyNetworks()
							.stream()
							.map(slug -> Map.<String, Object>of("network", slug, "token", "tk_bench_" + slug))
							.toList()))
			// the yearly report of any network is measured where there are other networks to ask
			.filter(page -> !page.name().equals(ANY_NETWORK_REPORT) || !settings.anyNetworks().isEmpty())
			.toList();
	}

	/** One user asks the request once for each of its records (each network's report, with that network's token). */
	private PopulationBuilder everyNetwork(Page page) {
		ChainBuilder ask = exec(http(WARM_UP + page.name()).get(page.path())
			.header("Authorization", "Bearer #{token}")
			.header("Accept", "application/json")
			.check(status().is(200)));
		return scenario("warm-up, " + page.name()).foreach(page.records(), "record")
			.on(exec(session -> session.setAll(session.getMap("record"))).exec(ask))
			.injectOpen(atOnceUsers(1));
	}

	/** Every user signs in and walks all the measured requests, over and over, for bench.warmup seconds. */
	private PopulationBuilder warmUp(List<Page> pages) {
		ChainBuilder walk = exec(pages.stream().map(page -> request(WARM_UP, page)).toList());
		return scenario("warm-up").exec(signIn(SETUP))
			.exitHereIfFailed()
			.during(settings.warmUp())
			.on(walk)
			.injectClosed(constantConcurrentUsers(settings.users()).during(settings.warmUp()));
	}

	/**
	 * One request measured alone. The users sign in first and then wait for each other, so that all
	 * of them start asking together, {@link #SETTLE} after the phase began, and the signing in (a
	 * deliberately slow password check) does not slow the first requests down.
	 */
	private PopulationBuilder phase(Page page, Duration duration) {
		Phase phase = new Phase(page.name());
		order.add(phase);
		ScenarioBuilder scenario = scenario(page.name()).exec(phase::start);
		if (page.caller() == Caller.STAFF) {
			scenario = scenario.exec(signIn(SETUP)).exitHereIfFailed();
		}
		return scenario
			.pause(session -> Duration.ofMillis(Math.max(0, phase.began().get() + SETTLE.toMillis() - System.currentTimeMillis())))
			.during(duration)
			.on(request("", page))
			.exec(phase::finish)
			.injectClosed(constantConcurrentUsers(settings.users()).during(duration));
	}

	/** Signing in over and over: the sign-in form, then the form post that checks the password. */
	private PopulationBuilder signInPhase() {
		Phase phase = new Phase(SIGN_IN);
		order.add(phase);
		return scenario(SIGN_IN).exec(phase::start)
			.during(settings.duration())
			.on(exec(flushCookieJar()).exec(signIn("")))
			.exec(phase::finish)
			.injectClosed(constantConcurrentUsers(settings.users()).during(settings.duration()));
	}

	private ChainBuilder request(String prefix, Page page) {
		HttpRequestActionBuilder request = http(prefix + page.name()).get(page.path()).check(status().is(200));
		if (page.caller() == Caller.TOKEN) {
			// a request that goes from network to network takes each one's token from its records
			boolean ownTokens = !page.records().isEmpty() && page.records().get(0).containsKey("token");
			request = request.header("Authorization", ownTokens ? "Bearer #{token}" : "Bearer " + settings.token())
				.header("Accept", "application/json");
		}
		ChainBuilder chain = exec(request);
		return page.records().isEmpty() ? chain : feed(listFeeder(page.records()).circular()).exec(chain);
	}

	/** The form login as a browser does it: the CSRF token from the form, then the post; signed in when not sent back to /login. */
	private ChainBuilder signIn(String prefix) {
		return exec(http(prefix + "sign-in form").get("/login")
			.check(status().is(200), css("input[name='_csrf']", "value").saveAs("csrf")))
			.exec(http(prefix + SIGN_IN).post("/login")
				.formParam("username", settings.staffEmail())
				.formParam("password", settings.password())
				.formParam("_csrf", "#{csrf}")
				.check(status().is(302), header("Location").transform(location -> location.contains("/login")).is(false)));
	}
}
