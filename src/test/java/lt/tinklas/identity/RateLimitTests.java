package lt.tinklas.identity;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.function.IntFunction;

import jakarta.mail.internet.MimeMessage;
import lt.tinklas.networks.Networks;
import lt.tinklas.shared.ratelimit.Door;
import lt.tinklas.shared.ratelimit.RateLimits;
import lt.tinklas.testing.ApiClient;
import lt.tinklas.testing.TestDatabase;
import lt.tinklas.testing.TestMail;
import lt.tinklas.testing.TinklasTest;
import lt.tinklas.testing.WebSession;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.jdbc.core.simple.JdbcClient;

/**
 * Rate limits on every public door and the growing delay after failed sign-ins, over real HTTP.
 * Each test comes from client addresses of its own (X-Forwarded-For, which the test server trusts
 * from loopback), so it meets the production limits without touching the rest of the suite.
 */
@TinklasTest
class RateLimitTests {

	private static final AtomicInteger NEXT_ADDRESS = new AtomicInteger();

	@LocalServerPort
	int port;

	@Autowired
	Networks networks;

	@Autowired
	Users users;

	@Autowired
	RateLimits limits;

	/** The database as its owner sees it, for the test's own setup and checks. */
	JdbcClient jdbc = TestDatabase.ownerJdbc();

	/** A client address no other test uses (TEST-NET-3 and such documentation ranges). */
	static String newAddress() {
		int n = NEXT_ADDRESS.incrementAndGet();
		return "203.0." + (100 + n / 250) + "." + (1 + n % 250);
	}

	@Test
	void theTestsMeetTheProductionLimits() {
		for (Door door : Door.values()) {
			assertThat(limits.limit(door)).as(door.name()).isEqualTo(door.defaultLimit());
		}
	}

	@Test
	void passwordResetsFromOneAddressStopAtTheLimitWithAPageInTheUsersLanguage() {
		String address = newAddress();
		WebSession browser = new WebSession(port).from(address);
		int capacity = limits.limit(Door.PASSWORD_RESET_ADDRESS).capacity();
		WebSession.Page refused = untilRefused(capacity, i -> browser.post("/password-reset", "/password-reset",
				Map.of("email", "ne adresas " + i)));
		// a use comes back every 120 s (30 an hour)
		assertThat(refused.text()).contains("Per daug bandymų")
			.containsPattern("Per daug bandymų per trumpą laiką. Bandykite vėl po (11\\d s|2 min)\\.");

		WebSession english = new WebSession(port).from(address).inLanguage("en");
		WebSession.Page inEnglish = english.post("/password-reset", "/password-reset", Map.of("email", "x@y.lt"));
		assertThat(inEnglish.status()).isEqualTo(429);
		assertThat(inEnglish.text()).containsPattern("Too many attempts in a short time. Try again in (11\\d s|2 min)\\.");

		// another client's address is not limited by this one's use
		assertThat(new WebSession(port).from(newAddress())
			.post("/password-reset", "/password-reset", Map.of("email", "ne adresas"))
			.status()).isEqualTo(200);
	}

	@Test
	void passwordResetsForOneEmailStopAtTheLimitWhateverTheAddress() {
		String email = TestUsers.newStaff(networks, users, "atkuria");
		int capacity = limits.limit(Door.PASSWORD_RESET_EMAIL).capacity();
		WebSession.Page refused = untilRefused(capacity, i -> new WebSession(port).from(newAddress())
			.post("/password-reset", "/password-reset", Map.of("email", email)));
		assertThat(refused.text()).contains("Bandykite vėl po");
		assertThat(jdbc.sql("select count(*) from outbox_mail where recipient = ?").param(email).query(Integer.class).single())
			.isEqualTo(capacity);
	}

	@Test
	void publicFormsAndLinksStopAtTheirLimits() {
		WebSession registering = new WebSession(port).from(newAddress());
		String event = "/n/nsmot/public/events/" + publicEvent();
		untilRefused(limits.limit(Door.EVENT_REGISTRATION_ADDRESS).capacity(),
				i -> registering.post(event, event, Map.of("firstName", "", "lastName", "", "email", "")));

		WebSession applying = new WebSession(port).from(newAddress());
		untilRefused(limits.limit(Door.MEMBERSHIP_APPLICATION).capacity(),
				i -> applying.post("/n/nsmot/public/apply", "/n/nsmot/public/apply", Map.of("legalCode", "")));

		WebSession asking = new WebSession(port).from(newAddress());
		untilRefused(limits.limit(Door.EXPORT_LINK_ADDRESS).capacity(), i -> asking.post("/n/nsmot/public/my-data",
				"/n/nsmot/public/my-data", Map.of("email", "ne-adresas-" + i)));

		// the stop link of an invitation mail, posted by a mail client without a page (RFC 8058)
		WebSession answering = new WebSession(port).from(newAddress());
		WebSession.Page refused = untilRefused(limits.limit(Door.PUBLIC_LINK).capacity(),
				i -> answering.postRaw("/n/nsmot/public/invitations/nezinomas-" + i, Map.of()));
		assertThat(refused.text()).contains("Per daug bandymų per trumpą laiką.");
	}

	@Test
	void registrationsMailingOneAddressStopAtTheLimit() {
		String event = "/n/nsmot/public/events/" + publicEvent();
		int capacity = limits.limit(Door.EVENT_REGISTRATION_EMAIL).capacity();
		untilRefused(capacity, i -> new WebSession(port).from(newAddress())
			.post(event, event, Map.of("firstName", "", "lastName", "", "email", "auka@pavyzdys.lt")));
	}

	@Test
	void membershipApplicationsByApiAnswer429WithAProblemDetail() {
		ApiClient anyone = ApiClient.anonymous(port).from(newAddress());
		int capacity = limits.limit(Door.MEMBERSHIP_APPLICATION).capacity();
		for (int i = 0; i < capacity; i++) {
			assertThat(anyone.post("/api/v1/networks/nsmot/membership-applications", "{}").status()).isEqualTo(400);
		}
		ApiClient.Response refused = anyone.post("/api/v1/networks/nsmot/membership-applications", "{}");
		assertThat(refused.status()).isEqualTo(429);
		assertThat(refused.contentType()).startsWith("application/problem+json");
		assertThat(Long.parseLong(refused.header("Retry-After"))).isBetween(1L, 180L);
		assertThat(refused.<Integer>json("$.status")).isEqualTo(429);
		assertThat(refused.<String>json("$.title")).isEqualTo("Per daug užklausų");
		assertThat(refused.<String>json("$.detail")).startsWith("Per daug užklausų per trumpą laiką. Bandykite vėl po");
		assertThat(anyone.inLanguage("en").post("/api/v1/networks/nsmot/membership-applications", "{}")
			.<String>json("$.title")).isEqualTo("Too many requests");
	}

	@Test
	void invitationsByOneAdminStopAtTheLimit() {
		String slug = "kviecia" + System.nanoTime() % 100000;
		networks.create(new Networks.NewNetwork(slug, "Kviečiantis tinklas", "admin@" + slug + ".lt", "Administratorė",
				"kvieciancio-slaptazodis", false), Locale.ROOT);
		WebSession admin = WebSession.signedIn(port, "admin@" + slug + ".lt", "kvieciancio-slaptazodis");
		String page = "/n/" + slug + "/users";
		WebSession.Page refused = untilRefused(limits.limit(Door.INVITATION).capacity(),
				i -> admin.post(page, page, Map.of("email", "", "displayName", "", "role", "STAFF")));
		assertThat(refused.text()).contains("Bandykite vėl po");
	}

	@Test
	void theApiStopsOneTokenAtItsLimitAndNotAnother() {
		String email = TestUsers.newStaff(networks, users, "daznai");
		WebSession browser = WebSession.signedIn(port, email, TestUsers.PASSWORD);
		ApiClient first = ApiClient.token(port, token(browser, "Pirmas"));
		ApiClient second = ApiClient.token(port, token(browser, "Antras"));
		int capacity = limits.limit(Door.API).capacity();
		int answered = 0;
		ApiClient.Response last = first.get("/api/v1/me");
		while (last.status() == 200 && answered < 2 * capacity) {
			answered++;
			last = first.get("/api/v1/me");
		}
		assertThat(answered).isGreaterThanOrEqualTo(capacity - 1);
		assertThat(last.status()).isEqualTo(429);
		assertThat(last.contentType()).startsWith("application/problem+json");
		assertThat(last.header("Retry-After")).isNotNull();
		assertThat(second.get("/api/v1/me").status()).isEqualTo(200);
	}

	@Test
	void twentyParallelWrongPasswordsAreAllAnsweredAndCountedExactly() throws Exception {
		String email = TestUsers.newStaff(networks, users, "lenktynes");
		ApiClient wrong = ApiClient.basic(port, email, "neteisingas-slaptazodis").from(newAddress());
		ExecutorService pool = Executors.newFixedThreadPool(20);
		CountDownLatch start = new CountDownLatch(1);
		List<Future<Integer>> answers = new ArrayList<>();
		try {
			for (int i = 0; i < 20; i++) {
				answers.add(pool.submit(() -> {
					start.await();
					return wrong.get("/api/v1/me").status();
				}));
			}
			start.countDown();
			int unauthorized = 0;
			int waiting = 0;
			for (Future<Integer> answer : answers) {
				int status = answer.get();
				assertThat(status).isIn(401, 429);
				unauthorized += status == 401 ? 1 : 0;
				waiting += status == 429 ? 1 : 0;
			}
			assertThat(unauthorized + waiting).isEqualTo(20);
			assertThat(unauthorized).isGreaterThanOrEqualTo(5);
			// every try whose password was checked is counted, and only those
			assertThat(failures("account:" + email)).isEqualTo(unauthorized);
		}
		finally {
			pool.shutdownNow();
		}
	}

	@Test
	void aWrongPasswordAnUnknownEmailAndAnAccountNotActiveGetTheSameAnswer() {
		String known = TestUsers.newStaff(networks, users, "vienodas");
		var nsmot = networks.bySlug("nsmot").orElseThrow();
		String invited = "pakviestas-" + System.nanoTime() + "@nsmot.demo";
		users.addToNetwork(nsmot.id(), nsmot.name(), new Users.NewMember(invited, "Pakviestas", "lt", Role.STAFF, null, null));
		String unknown = "niekas-" + System.nanoTime() + "@nezinomas.lt";
		List<String> pages = new ArrayList<>();
		List<String> problems = new ArrayList<>();
		for (String email : List.of(known, unknown, invited)) {
			WebSession browser = new WebSession(port).from(newAddress());
			WebSession.Page failed = browser.post("/login", "/login", Map.of("username", email, "password", "neteisingas"));
			assertThat(failed.location()).endsWith("/login?error");
			pages.add(browser.get("/login?error").text());
			ApiClient.Response api = ApiClient.basic(port, email, "neteisingas").from(newAddress()).get("/api/v1/me");
			assertThat(api.status()).isEqualTo(401);
			problems.add(api.body());
		}
		assertThat(pages).allMatch(page -> page.equals(pages.get(0)));
		assertThat(pages.get(0)).contains("Neteisingas el. pašto adresas arba slaptažodis.")
			.doesNotContain("užrakinta", "neaktyvi");
		assertThat(problems).allMatch(problem -> problem.equals(problems.get(0)));
	}

	@Test
	void anUnknownEmailWaitsAfterFailuresJustAsAKnownOne() {
		String known = TestUsers.newStaff(networks, users, "laukia");
		String unknown = "nezinomas-" + System.nanoTime() + "@nezinomas.lt";
		for (String email : List.of(known, unknown)) {
			ApiClient wrong = ApiClient.basic(port, email, "neteisingas").from(newAddress());
			for (int attempt = 1; attempt <= 5; attempt++) {
				assertThat(wrong.get("/api/v1/me").status()).isEqualTo(401);
			}
			jdbc.sql("update sign_in_failure set wait_until = wait_until + interval '10 minutes' where subject = ?")
				.param("account:" + email)
				.update();
			ApiClient.Response refused = wrong.from(newAddress()).get("/api/v1/me");
			assertThat(refused.status()).isEqualTo(429);
			assertThat(refused.<String>json("$.title")).isEqualTo("Per daug užklausų");
			assertThat(failures("account:" + email)).isEqualTo(5);
		}
	}

	@Test
	void manyFailuresFromOneAddressMakeItWaitWhateverTheEmail() {
		String address = newAddress();
		WebSession browser = new WebSession(port).from(address);
		int free = 50;
		for (int i = 0; i < free; i++) {
			assertThat(browser.post("/login", "/login", Map.of("username", "spejimas-" + i + "@nezinomas.lt",
					"password", "neteisingas")).location()).endsWith("/login?error");
		}
		assertThat(failures("address:" + address)).isEqualTo(free);
		WebSession.Page refused = browser.post("/login", "/login", Map.of("username", "dar-vienas@nezinomas.lt",
				"password", "neteisingas"));
		assertThat(refused.status()).isEqualTo(429);
		// another address goes on as before
		assertThat(new WebSession(port).from(newAddress())
			.post("/login", "/login", Map.of("username", "dar-vienas@nezinomas.lt", "password", "neteisingas"))
			.location()).endsWith("/login?error");
	}

	@Test
	void theOwnerIsMailedOnceWhenTheDelayStartsAndASuccessForgetsTheFailures() {
		String email = TestUsers.newStaff(networks, users, "puolama");
		ApiClient wrong = ApiClient.basic(port, email, "neteisingas").from(newAddress());
		for (int attempt = 1; attempt <= 5; attempt++) {
			assertThat(wrong.get("/api/v1/me").status()).isEqualTo(401);
		}
		MimeMessage mail = TestMail.withSubject(email, "Tinklas: daug nesėkmingų bandymų prisijungti prie jūsų paskyros");
		assertThat(TestMail.body(mail)).contains("Testas Testauskas", "nesėkmingai bandyta prisijungti 5 kart",
				"http://tinklas.test/password-reset");

		// more failures within the hour mail nothing more
		for (int more = 0; more < 3; more++) {
			jdbc.sql("update sign_in_failure set wait_until = null where subject = ?").param("account:" + email).update();
			assertThat(wrong.get("/api/v1/me").status()).isEqualTo(401);
		}
		assertThat(jdbc.sql("select count(*) from outbox_mail where recipient = ? and subject like 'Tinklas: daug nes%'")
			.param(email)
			.query(Integer.class)
			.single()).isEqualTo(1);

		jdbc.sql("update sign_in_failure set wait_until = null where subject = ?").param("account:" + email).update();
		assertThat(ApiClient.basic(port, email, TestUsers.PASSWORD).from(newAddress()).get("/api/v1/me").status())
			.isEqualTo(200);
		assertThat(failures("account:" + email)).isZero();
	}

	private int failures(String subject) {
		return jdbc.sql("select failures from sign_in_failure where subject = ?")
			.param(subject)
			.query(Integer.class)
			.optional()
			.orElse(0);
	}

	private long publicEvent() {
		return jdbc.sql("""
				select e.id from event e join network n on n.id = e.network_id
				where n.slug = 'nsmot' and e.public_event and e.starts_at >= current_timestamp
				order by e.id limit 1""").query(Long.class).single();
	}

	private String token(WebSession browser, String name) {
		WebSession.Page created = browser.post("/account", "/account/tokens", Map.of("name", name, "reach",
				String.valueOf(networks.bySlug("nsmot").orElseThrow().id()), "readOnly", "false", "expiresOn",
				java.time.LocalDate.now().plusDays(30).toString()));
		return created.body().replaceAll("(?s).*<code id=\"new-token\">([^<]+)</code>.*", "$1");
	}

	/** Sends {@code capacity} requests, none refused, and then one more, refused 429 with Retry-After. */
	private static WebSession.Page untilRefused(int capacity, IntFunction<WebSession.Page> send) {
		for (int i = 0; i < capacity; i++) {
			assertThat(send.apply(i).status()).as("request %d of %d", i + 1, capacity).isBetween(200, 399);
		}
		WebSession.Page refused = send.apply(capacity);
		assertThat(refused.status()).isEqualTo(429);
		return refused;
	}
}
