package lt.tinklas.shared.web;

import static org.assertj.core.api.Assertions.assertThat;

import java.sql.Connection;
import java.sql.Statement;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.TimeUnit;
import java.util.function.Supplier;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import lt.tinklas.networks.Networks;
import lt.tinklas.testing.ApiClient;
import lt.tinklas.testing.FreshNetwork;
import lt.tinklas.testing.TestDatabase;
import lt.tinklas.testing.TinklasTest;
import lt.tinklas.testing.WebSession;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.jdbc.core.simple.JdbcClient;

/**
 * PostgreSQL away for a moment (a restart, a fail-over), made real: the test database refuses the
 * application's role and ends its connections, then takes them again. Every request meanwhile is
 * answered 503 "try again in a moment" (never 500, never 401 as if the password were wrong), no
 * failed sign-in is counted, and the same requests answer as before once the database is back,
 * without a restart. The test shares the application with the others: the outage is always ended.
 */
@TinklasTest
class DatabaseOutageTests {

	private static final Pattern CSRF = Pattern.compile("name=\"_csrf\" value=\"([^\"]+)\"");
	private static final String LITHUANIAN = "Tinklas šią akimirką negali pasiekti savo duomenų bazės. Bandykite dar kartą po akimirkos.";
	private static final String ENGLISH = "Tinklas cannot reach its database at the moment. Please try again in a moment.";

	private static FreshNetwork network;

	@LocalServerPort
	int port;

	@Autowired
	Networks networks;

	/** The database as its owner sees it, for the test's own setup and checks. */
	JdbcClient jdbc = TestDatabase.ownerJdbc();

	@Test
	void whileTheDatabaseIsAwayEveryRequestHears503AndAfterwardsAllWorksAgain() throws Exception {
		FreshNetwork network = network();
		String email = network.adminEmail();
		WebSession staff = network.signedIn();
		WebSession staffInEnglish = network.signedIn().inLanguage("en");
		ApiClient token = ApiClient.token(port, token(staff, network)).from("198.51.100.81");
		ApiClient basic = ApiClient.basic(port, email, FreshNetwork.PASSWORD).from("198.51.100.81");
		WebSession rightPassword = new WebSession(port).from("198.51.100.82");
		WebSession wrongPassword = new WebSession(port).from("198.51.100.82");
		String rightToken = csrf(rightPassword);
		String wrongToken = csrf(wrongPassword);
		WebSession anyone = new WebSession(port).from("198.51.100.83");
		assertThat(staff.get(network.pages()).status()).isEqualTo(200);
		assertThat(anyone.get("/n/nsmot/public").status()).isEqualTo(200);

		List<CompletableFuture<WebSession.Page>> pages;
		CompletableFuture<ApiClient.Response> byToken;
		CompletableFuture<ApiClient.Response> byPassword;
		try (TestDatabase.Outage outage = TestDatabase.outage()) {
			// at once: each waits for a connection as long as the pool lets it (5 s), no longer
			pages = List.of(CompletableFuture.supplyAsync(() -> staff.get(network.pages())),
					CompletableFuture.supplyAsync(() -> staffInEnglish.get(network.pages())),
					CompletableFuture.supplyAsync(() -> rightPassword.postRaw("/login",
							Map.of("username", email, "password", FreshNetwork.PASSWORD, "_csrf", rightToken))),
					CompletableFuture.supplyAsync(() -> wrongPassword.postRaw("/login",
							Map.of("username", email, "password", "neteisingas", "_csrf", wrongToken))),
					CompletableFuture.supplyAsync(() -> anyone.get("/n/nsmot/public")));
			byToken = CompletableFuture.supplyAsync(() -> token.get("/api/v1/me"));
			byPassword = CompletableFuture.supplyAsync(() -> basic.get("/api/v1/me"));
			CompletableFuture.allOf(byToken, byPassword, CompletableFuture.allOf(pages.toArray(CompletableFuture[]::new)))
				.get(60, TimeUnit.SECONDS);
		}

		WebSession.Page inEnglish = pages.get(1).join();
		assertUnavailable(inEnglish, ENGLISH);
		assertThat(inEnglish.html()).contains("<html lang=\"en\">");
		for (WebSession.Page page : List.of(pages.get(0).join(), pages.get(2).join(), pages.get(3).join(),
				pages.get(4).join())) {
			assertUnavailable(page, LITHUANIAN);
		}
		// a page that was only read offers itself again; a form's answer sends nothing again by a link
		assertThat(pages.get(0).join().html()).contains("href=\"" + network.pages() + "\"");
		assertThat(pages.get(2).join().text()).doesNotContain("Bandyti dar kartą");
		for (ApiClient.Response answer : List.of(byToken.join(), byPassword.join())) {
			assertThat(answer.status()).as(answer.body()).isEqualTo(503);
			assertThat(answer.contentType()).startsWith("application/problem+json");
			assertThat(answer.header("Retry-After")).isEqualTo("10");
			assertThat(answer.<String>json("$.title")).isEqualTo("Paslauga trumpam nepasiekiama");
			assertThat(answer.<String>json("$.detail"))
				.isEqualTo("Tinklas šią akimirką negali pasiekti savo duomenų bazės. Bandykite vėl po 10 s.");
			assertThat(answer.<Integer>json("$.status")).isEqualTo(503);
		}

		// back: the pool opens new connections by itself, within a few seconds
		Instant deadline = Instant.now().plusSeconds(30);
		WebSession.Page again = staff.get(network.pages());
		while (again.status() == 503 && Instant.now().isBefore(deadline)) {
			again = staff.get(network.pages());
		}
		assertThat(again.status()).isEqualTo(200);
		assertThat(staffInEnglish.get(network.pages()).status()).isEqualTo(200);
		assertThat(token.get("/api/v1/me").status()).isEqualTo(200);
		assertThat(basic.get("/api/v1/me").status()).isEqualTo(200);
		assertThat(anyone.get("/n/nsmot/public").status()).isEqualTo(200);
		assertNoFailedSignIn(email, "198.51.100.81", "198.51.100.82");
		// the right password signs in at once, the same form as before the outage
		WebSession.Page signedIn = rightPassword.postRaw("/login",
				Map.of("username", email, "password", FreshNetwork.PASSWORD, "_csrf", rightToken));
		assertThat(signedIn.status()).isEqualTo(302);
		assertThat(signedIn.location()).doesNotContain("/login");
	}

	/**
	 * The connection that looks the user up is lost in the middle of a sign-in (PostgreSQL restarted
	 * just then, the rest of the request reaches it again): the password was not checked, so the
	 * sign-in neither fails nor counts; it is answered 503 and may be tried again at once.
	 */
	@Test
	void aSignInWhoseUserCouldNotBeLookedUpIsNotAFailedSignIn() throws Exception {
		FreshNetwork network = network();
		String email = network.adminEmail();
		WebSession form = new WebSession(port).from("198.51.100.84");
		String csrf = csrf(form);

		WebSession.Page wrongPassword = lookupCutOff(
				() -> form.postRaw("/login", Map.of("username", email, "password", "neteisingas", "_csrf", csrf)));
		assertUnavailable(wrongPassword, LITHUANIAN);
		assertThat(wrongPassword.text()).doesNotContain("Neteisingas");
		ApiClient.Response rightPassword = lookupCutOff(
				() -> ApiClient.basic(port, email, FreshNetwork.PASSWORD).from("198.51.100.85").get("/api/v1/me"));
		assertThat(rightPassword.status()).as(rightPassword.body()).isEqualTo(503);
		assertThat(rightPassword.contentType()).startsWith("application/problem+json");
		assertThat(rightPassword.header("Retry-After")).isEqualTo("10");

		assertNoFailedSignIn(email, "198.51.100.84", "198.51.100.85");
		assertThat(ApiClient.basic(port, email, FreshNetwork.PASSWORD).from("198.51.100.85").get("/api/v1/me").status())
			.isEqualTo(200);
		WebSession.Page signedIn = form.postRaw("/login",
				Map.of("username", email, "password", FreshNetwork.PASSWORD, "_csrf", csrf));
		assertThat(signedIn.location()).doesNotContain("/login");
	}

	/** Should a test fail between its outage's start and end, the database takes connections again. */
	@AfterAll
	static void databaseTakesConnections() {
		TestDatabase.endOutage();
	}

	private static void assertUnavailable(WebSession.Page page, String message) {
		assertThat(page.status()).as(page.text()).isEqualTo(503);
		assertThat(page.header("Retry-After")).isEqualTo("10");
		assertThat(page.header("Content-Type")).startsWith("text/html");
		assertThat(page.text()).contains(message).doesNotContain("Exception").doesNotContain("at lt.tinklas");
	}

	/**
	 * The request, while the user's account cannot be read (its table is locked) until the connection
	 * waiting for it is ended, as a restart of PostgreSQL ends it; then the table is free again.
	 */
	private <T> T lookupCutOff(Supplier<T> request) throws Exception {
		try (Connection holder = TestDatabase.owner().getConnection(); Statement statement = holder.createStatement()) {
			holder.setAutoCommit(false);
			statement.execute("lock table user_account in access exclusive mode");
			CompletableFuture<T> answer = CompletableFuture.supplyAsync(request);
			Instant deadline = Instant.now().plusSeconds(20);
			int ended = 0;
			while (ended == 0) {
				assertThat(answer).as("the request waits for the account").isNotDone();
				assertThat(Instant.now()).as("the request reaches the account in time").isBefore(deadline);
				ended = jdbc.sql("""
						select count(*) filter (where pg_terminate_backend(pid)) from pg_stat_activity
						where datname = current_database() and usename = ? and wait_event_type = 'Lock'
						  and query like '%user_account%'""")
					.param(TestDatabase.applicationUser())
					.query(Integer.class)
					.single();
				if (ended == 0) {
					Thread.sleep(20);
				}
			}
			holder.rollback();
			return answer.get(30, TimeUnit.SECONDS);
		}
	}

	/** No failure counted for the e-mail or the addresses: neither a delay nor a rate-limit bucket. */
	private void assertNoFailedSignIn(String email, String... addresses) {
		assertThat(jdbc.sql("select count(*) from sign_in_failure where subject = ?")
			.param("account:" + email)
			.query(Integer.class)
			.single()).isZero();
		assertThat(jdbc.sql("select count(*) from rate_limit_bucket where id = ?")
			.param("sign-in-account:" + email)
			.query(Integer.class)
			.single()).isZero();
		for (String address : addresses) {
			assertThat(jdbc.sql("select count(*) from sign_in_failure where subject = ?")
				.param("address:" + address)
				.query(Integer.class)
				.single()).isZero();
			assertThat(jdbc.sql("select count(*) from rate_limit_bucket where id = ?")
				.param("sign-in-address:" + address)
				.query(Integer.class)
				.single()).isZero();
		}
	}

	/** The sign-in form's token, taken while the database is there (the form lives in the session). */
	private static String csrf(WebSession browser) {
		Matcher matcher = CSRF.matcher(browser.get("/login").body());
		assertThat(matcher.find()).isTrue();
		return matcher.group(1);
	}

	/** A personal token of the network's admin, made on the account page. */
	private String token(WebSession browser, FreshNetwork network) {
		Map<String, String> form = new LinkedHashMap<>();
		form.put("name", "Per pertrūkį");
		form.put("reach", String.valueOf(networks.bySlug(network.slug()).orElseThrow().id()));
		form.put("readOnly", "true");
		form.put("expiresOn", LocalDate.now().plusDays(30).toString());
		WebSession.Page created = browser.post("/account", "/account/tokens", form);
		assertThat(created.body()).as(created.text()).contains("<code id=\"new-token\">");
		return created.body().replaceAll("(?s).*<code id=\"new-token\">([^<]+)</code>.*", "$1");
	}

	private synchronized FreshNetwork network() {
		if (network == null) {
			network = FreshNetwork.create(port, "pertrukis", "Pertrūkio tinklas");
		}
		return network;
	}
}
