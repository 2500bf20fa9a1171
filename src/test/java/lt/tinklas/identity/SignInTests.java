package lt.tinklas.identity;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;
import java.util.List;
import java.util.Map;

import jakarta.mail.internet.MimeMessage;
import lt.tinklas.demo.DemoAccounts;
import lt.tinklas.networks.Networks;
import lt.tinklas.testing.ApiClient;
import lt.tinklas.testing.SqlStatements;
import lt.tinklas.testing.TestDatabase;
import lt.tinklas.testing.TestMail;
import lt.tinklas.testing.TinklasTest;
import lt.tinklas.testing.WebSession;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.jdbc.core.simple.JdbcClient;

/** Sign-in, the delay after failures, password reset, personal tokens and CSRF, over real HTTP. */
@TinklasTest
class SignInTests {

	@LocalServerPort
	int port;

	@Autowired
	Networks networks;

	@Autowired
	Users users;

	/** The database as its owner sees it, for the test's own setup and checks. */
	JdbcClient jdbc = TestDatabase.ownerJdbc();

	@Test
	void passwordsAreStoredAsBcryptHashes() {
		String hash = jdbc.sql("select password_hash from user_account where email = ?")
			.param(DemoAccounts.NSMOT_STAFF.email())
			.query(String.class)
			.single();
		assertThat(hash).startsWith("{bcrypt}$2").doesNotContain(DemoAccounts.PASSWORD);
	}

	@Test
	void afterFiveFailedSignInsInARowTheNextTryWaitsEvenWithTheRightPassword() {
		String email = TestUsers.newStaff(networks, users, "uzrakinti");
		WebSession browser = new WebSession(port).from("198.51.100.61");
		for (int attempt = 1; attempt <= 5; attempt++) {
			assertThat(browser.post("/login", "/login", Map.of("username", email, "password", "neteisingas"))
				.location()).endsWith("/login?error");
		}
		// the fifth failure makes the next try wait 2 s
		assertThat(jdbc.sql("select extract(epoch from wait_until - last_failed_at) from sign_in_failure where subject = ?")
			.param("account:" + email)
			.query(Double.class)
			.single()).isEqualTo(2.0);
		// the attack went on: nine failures, the last wait over; the tenth makes the next try wait 64 s
		jdbc.sql("update sign_in_failure set failures = 9, wait_until = null where subject = ?")
			.param("account:" + email)
			.update();
		assertThat(browser.post("/login", "/login", Map.of("username", email, "password", "neteisingas"))
			.location()).endsWith("/login?error");

		WebSession.Page refused = browser.post("/login", "/login", Map.of("username", email, "password",
				TestUsers.PASSWORD));
		assertThat(refused.status()).isEqualTo(429);
		assertThat(refused.text()).containsPattern("Per daug bandymų per trumpą laiką. Bandykite vėl po 6[0-4] s.");
		ApiClient.Response api = ApiClient.basic(port, email, TestUsers.PASSWORD).from("198.51.100.62").get("/api/v1/me");
		assertThat(api.status()).isEqualTo(429);
		assertThat(Integer.parseInt(api.header("Retry-After"))).isBetween(55, 64);
		assertThat(api.<String>json("$.detail")).startsWith("Per daug užklausų");
	}

	@Test
	void aSuccessfulSignInResetsTheCountOfFailures() {
		String email = TestUsers.newStaff(networks, users, "atstatyti");
		WebSession browser = new WebSession(port);
		for (int attempt = 1; attempt <= 4; attempt++) {
			browser.post("/login", "/login", Map.of("username", email, "password", "neteisingas"));
		}
		WebSession.signedIn(port, email, TestUsers.PASSWORD);
		for (int attempt = 1; attempt <= 4; attempt++) {
			assertThat(browser.post("/login", "/login", Map.of("username", email, "password", "neteisingas"))
				.location()).endsWith("/login?error");
		}
		WebSession.signedIn(port, email, TestUsers.PASSWORD);
	}

	@Test
	void aForgottenPasswordIsResetThroughAOneTimeLinkByMail() throws Exception {
		String email = TestUsers.newStaff(networks, users, "pamirso");
		WebSession browser = new WebSession(port);
		WebSession.Page requested = browser.post("/password-reset", "/password-reset", Map.of("email", email));
		assertThat(requested.text()).contains("Jei šis adresas žinomas, į jį išsiųsta nuoroda.");

		MimeMessage mail = TestMail.latestTo(email);
		assertThat(mail.getSubject()).isEqualTo("Tinklas: slaptažodžio atkūrimas");
		assertThat(TestMail.sender(mail)).startsWith("Tinklas <");
		// a reset is no mailing one could leave
		assertThat(mail.getHeader("List-Unsubscribe")).isNull();
		assertThat(mail.getHeader("List-Unsubscribe-Post")).isNull();
		String link = TestMail.linkPath(mail, "/password-reset/");

		WebSession.Page mismatch = browser.post(link, link, Map.of("password", "naujas-slaptazodis", "repeat", "kitas"));
		assertThat(mismatch.text()).contains("Slaptažodžiai nesutampa.");
		WebSession.Page tooShort = browser.post(link, link, Map.of("password", "trumpas", "repeat", "trumpas"));
		assertThat(tooShort.text()).contains("Slaptažodis turi būti ne trumpesnis nei 12 simbolių.");
		// bcrypt reads 72 bytes: a longer password is refused with the reason, not cut short (and no error page)
		String tooLongPassword = "žiemą-".repeat(12);
		WebSession.Page tooLong = browser.post(link, link, Map.of("password", tooLongPassword, "repeat", tooLongPassword));
		assertThat(tooLong.status()).isEqualTo(200);
		assertThat(tooLong.text()).contains("Slaptažodis per ilgas: telpa iki 72 ženklų (lietuviška raidė užima du).");
		assertThat(ApiClient.basic(port, email, TestUsers.PASSWORD).get("/api/v1/me").status()).isEqualTo(200);

		assertThat(browser.post(link, link, Map.of("password", "naujas-slaptazodis", "repeat", "naujas-slaptazodis"))
			.location()).endsWith("/login?passwordSet");
		WebSession.signedIn(port, email, "naujas-slaptazodis");
		assertThat(ApiClient.basic(port, email, TestUsers.PASSWORD).get("/api/v1/me").status()).isEqualTo(401);
		assertThat(TestMail.body(TestMail.withSubject(email, "Tinklas: pakeisti jūsų paskyros prisijungimo duomenys")))
			.contains("Jūsų slaptažodis nustatytas iš naujo pagal atkūrimo nuorodą");

		assertThat(browser.get(link).text()).contains("Ši nuoroda nebegalioja");
		assertThat(browser.post(link, link, Map.of("password", "dar-kitas-slaptazodis", "repeat",
				"dar-kitas-slaptazodis")).text()).contains("Ši nuoroda nebegalioja");
		WebSession.signedIn(port, email, "naujas-slaptazodis");
	}

	@Test
	void anUnknownAddressGetsTheSameAnswerAndNoMail() {
		WebSession browser = new WebSession(port);
		assertThat(browser.post("/password-reset", "/password-reset", Map.of("email", "niekas@nezinomas.lt")).text())
			.contains("Jei šis adresas žinomas, į jį išsiųsta nuoroda.");
		assertThat(browser.post("/password-reset", "/password-reset", Map.of("email", "ne adresas")).text())
			.contains("Neteisingas el. pašto adresas.");
		assertThat(TestMail.countTo("niekas@nezinomas.lt")).isZero();
	}

	@Test
	void aPersonalTokenSignsInApiCallsUntilItIsRevoked() {
		String email = TestUsers.newStaff(networks, users, "raktas");
		WebSession browser = WebSession.signedIn(port, email, TestUsers.PASSWORD);
		String nsmot = String.valueOf(networks.bySlug("nsmot").orElseThrow().id());
		WebSession.Page created = browser.post("/account", "/account/tokens", Map.of("name", "Apskaitos sistema",
				"reach", nsmot, "readOnly", "false", "expiresOn", LocalDate.now().plusDays(30).toString()));
		String token = created.body().replaceAll("(?s).*<code id=\"new-token\">([^<]+)</code>.*", "$1");
		assertThat(token).startsWith("tk_");

		ApiClient withToken = ApiClient.token(port, token);
		assertThat(withToken.get("/api/v1/me").<String>json("$.email")).isEqualTo(email);
		assertThat(withToken.get("/api/v1/networks").<List<String>>json("$[*].slug")).containsExactly("nsmot");
		// the first call noted the token's use (and started the token's rate-limit bucket); calls
		// within the same minute write nothing more
		int first = SqlStatements.ofLastRequestTo("/api/v1/me");
		assertThat(withToken.get("/api/v1/me").status()).isEqualTo(200);
		int second = SqlStatements.ofLastRequestTo("/api/v1/me");
		assertThat(second).isLessThan(first);
		assertThat(withToken.get("/api/v1/me").status()).isEqualTo(200);
		assertThat(SqlStatements.ofLastRequestTo("/api/v1/me")).isEqualTo(second);
		assertThat(browser.get("/account").text()).contains("Apskaitos sistema", "Galioja");

		String tokenId = browser.get("/account").body()
			.replaceAll("(?s).*action=\"/account/tokens/(\\d+)/revoke\".*", "$1");
		assertThat(browser.post("/account", "/account/tokens/" + tokenId + "/revoke", Map.of()).location())
			.endsWith("/account");
		ApiClient.Response refused = withToken.get("/api/v1/me");
		assertThat(refused.status()).isEqualTo(401);
		assertThat(refused.contentType()).startsWith("application/problem+json");
		assertThat(refused.<String>json("$.detail")).contains("atšauktas");
		assertThat(browser.get("/account").text()).contains("Apskaitos sistema", "Atšauktas");
		assertThat(ApiClient.token(port, "tk_isgalvotas").get("/api/v1/me").status()).isEqualTo(401);
	}

	@Test
	void aFormWithoutTheCsrfTokenIsRefusedAndChangesNothing() {
		String email = TestUsers.newStaff(networks, users, "csrf");
		WebSession browser = WebSession.signedIn(port, email, TestUsers.PASSWORD);
		WebSession.Page forged = browser.postRaw("/account/password",
				Map.of("current", TestUsers.PASSWORD, "password", "pakeistas-slaptazodis", "repeat",
						"pakeistas-slaptazodis"));
		assertThat(forged.status()).isEqualTo(403);
		WebSession.signedIn(port, email, TestUsers.PASSWORD);
	}

	@Test
	void aUserChangesTheirPasswordKnowingTheCurrentOne() {
		String email = TestUsers.newStaff(networks, users, "keicia");
		WebSession browser = WebSession.signedIn(port, email, TestUsers.PASSWORD);
		WebSession.Page wrong = browser.post("/account", "/account/password", Map.of("current", "ne-tas",
				"password", "pakeistas-slaptazodis", "repeat", "pakeistas-slaptazodis"));
		assertThat(wrong.text()).contains("Dabartinis slaptažodis neteisingas.");
		assertThat(browser.post("/account", "/account/password", Map.of("current", TestUsers.PASSWORD, "password",
				"pakeistas-slaptazodis", "repeat", "pakeistas-slaptazodis")).location()).endsWith("/account");
		WebSession.signedIn(port, email, "pakeistas-slaptazodis");
	}

	@Test
	void theLanguageChosenIsRememberedForTheUserInAnotherBrowser() {
		String email = TestUsers.newStaff(networks, users, "kalba");
		WebSession first = WebSession.signedIn(port, email, TestUsers.PASSWORD);
		assertThat(first.get("/n/nsmot").text()).contains("Nustatymai", "Atsijungti");
		first.post("/n/nsmot", "/language", Map.of("lang", "en", "back", "/n/nsmot"));
		assertThat(first.get("/n/nsmot").text()).contains("Settings", "Sign out", "Mission");

		WebSession second = WebSession.signedIn(port, email, TestUsers.PASSWORD);
		assertThat(second.get("/n/nsmot").text()).contains("Settings", "Sign out");
		assertThat(ApiClient.anonymous(port).inLanguage("en").get("/api/v1/me").<String>json("$.title"))
			.isEqualTo("Unauthorized");
	}
}
