package lt.tinklas.identity;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.ByteArrayInputStream;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Base64;
import java.util.List;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import jakarta.mail.internet.MimeMessage;
import lt.tinklas.demo.DemoAccounts;
import lt.tinklas.networks.Networks;
import lt.tinklas.shared.tenancy.Tenancy;
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
 * Sessions kept in PostgreSQL: listed and ended by their owner, ended by a password change or reset
 * and by an admin who takes the role away, ended after the absolute lifetime; the cookie and the
 * headers every answer carries; request bodies bounded. Over real HTTP, one browser per session.
 */
@TinklasTest
class SessionTests {

	private static final Pattern END_FORM = Pattern.compile("action=\"/account/sessions/([0-9a-f]{32})/end\"");

	@LocalServerPort
	int port;

	@Autowired
	Networks networks;

	@Autowired
	Users users;

	/** The database as its owner sees it, for the test's own setup and checks. */
	JdbcClient jdbc = TestDatabase.ownerJdbc();

	@Test
	void aSignInIsKeptAsASessionRowInTheDatabaseWithWhereItCameFrom() {
		String email = TestUsers.newStaff(networks, users, "sesija");
		assertThat(sessionRows(email)).isZero();
		WebSession.signedIn(port, email, TestUsers.PASSWORD);
		assertThat(sessionRows(email)).isEqualTo(1);
		assertThat(jdbc.sql("select max_inactive_interval from spring_session where principal_name = ?")
			.param(email)
			.query(Integer.class)
			.single()).isEqualTo(30 * 60);
		assertThat(jdbc.sql("""
				select count(*) from spring_session_attributes a join spring_session s on s.primary_id = a.session_primary_id
				where s.principal_name = ? and a.attribute_name in ('tinklas.signIn.address', 'tinklas.signIn.userAgent')""")
			.param(email)
			.query(Integer.class)
			.single()).isEqualTo(2);
	}

	@Test
	void aSessionEndedFromAnotherBrowserIsSignedOutOnItsNextRequest() {
		String email = TestUsers.newStaff(networks, users, "kita-narsykle");
		WebSession laptop = WebSession.signedIn(port, email, TestUsers.PASSWORD);
		WebSession phone = WebSession.signedIn(port, email, TestUsers.PASSWORD);

		WebSession.Page list = phone.get("/account/sessions");
		assertThat(list.status()).isEqualTo(200);
		assertThat(list.text()).contains("Mano sesijos", "Ši sesija", "Java", "127.0.0.1", "Užbaigti visas kitas sesijas");
		List<String> others = handles(list);
		assertThat(others).hasSize(1);
		assertThat(phone.get("/account").text()).contains("Prisijungusių sesijų: 2.");

		WebSession.Page ended = phone.post("/account/sessions", "/account/sessions/" + others.get(0) + "/end", Map.of());
		assertThat(ended.location()).endsWith("/account/sessions");
		assertThat(phone.get("/account/sessions").text()).contains("Sesija užbaigta.", "Ši sesija",
				"Daugiau niekur neprisijungta");
		assertSignedOut(laptop);
		assertThat(phone.get("/account").status()).isEqualTo(200);
		assertThat(sessionRows(email)).isEqualTo(1);

		// a session that is no more (or never was) is not found again, and nothing else ends
		WebSession.Page again = phone.post("/account/sessions", "/account/sessions/" + others.get(0) + "/end", Map.of());
		assertThat(again.location()).endsWith("/account/sessions");
		assertThat(phone.get("/account/sessions").text()).contains("Ši sesija jau buvo užbaigta.");
		phone.post("/account/sessions", "/account/sessions/nera-tokios/end", Map.of());
		assertThat(phone.get("/account").status()).isEqualTo(200);
		assertThat(sessionRows(email)).isEqualTo(1);
	}

	@Test
	void oneSessionEndsAllTheOthersButNotAnotherUsersSessions() {
		String email = TestUsers.newStaff(networks, users, "visos");
		String someoneElse = TestUsers.newStaff(networks, users, "kitas");
		WebSession first = WebSession.signedIn(port, email, TestUsers.PASSWORD);
		WebSession second = WebSession.signedIn(port, email, TestUsers.PASSWORD);
		WebSession other = WebSession.signedIn(port, someoneElse, TestUsers.PASSWORD);
		WebSession third = WebSession.signedIn(port, email, TestUsers.PASSWORD);
		assertThat(handles(third.get("/account/sessions"))).hasSize(2);
		// the other user's sessions are not among those one may end
		assertThat(handles(other.get("/account/sessions"))).isEmpty();

		assertThat(third.post("/account/sessions", "/account/sessions/end-others", Map.of()).location())
			.endsWith("/account/sessions");
		assertThat(third.get("/account/sessions").text()).contains("Visos kitos jūsų sesijos užbaigtos.");
		assertSignedOut(first);
		assertSignedOut(second);
		assertThat(third.get("/account").status()).isEqualTo(200);
		assertThat(other.get("/account").status()).isEqualTo(200);
		assertThat(sessionRows(email)).isEqualTo(1);
	}

	@Test
	void aNewPasswordEndsTheOtherSessionsKeepsThisOneAndRevokesTokensOnlyWhenAsked() {
		String email = TestUsers.newStaff(networks, users, "naujas-slaptazodis");
		WebSession old = WebSession.signedIn(port, email, TestUsers.PASSWORD);
		WebSession here = WebSession.signedIn(port, email, TestUsers.PASSWORD);
		String token = newToken(here);
		assertThat(here.get("/account").text()).contains("Taip pat atšaukti mano API raktus");

		// a refused change ends nothing
		WebSession.Page wrong = here.post("/account", "/account/password",
				Map.of("current", "ne-tas", "password", "antras-slaptazodis", "repeat", "antras-slaptazodis"));
		assertThat(wrong.text()).contains("Dabartinis slaptažodis neteisingas.");
		assertThat(old.get("/account").status()).isEqualTo(200);

		assertThat(here.post("/account", "/account/password", Map.of("current", TestUsers.PASSWORD, "password",
				"antras-slaptazodis", "repeat", "antras-slaptazodis")).location()).endsWith("/account");
		assertSignedOut(old);
		assertThat(here.get("/account").status()).isEqualTo(200);
		assertThat(ApiClient.token(port, token).get("/api/v1/me").status()).isEqualTo(200);
		// the owner is told, in case it was not them
		String notice = TestMail.body(TestMail.withSubject(email, "Tinklas: pakeisti jūsų paskyros prisijungimo duomenys"));
		assertThat(notice).contains("Jūsų slaptažodis pakeistas", "tuoj pat atkurkite slaptažodį (http://tinklas.test/password-reset)")
			.doesNotContain("antras-slaptazodis");

		WebSession another = WebSession.signedIn(port, email, "antras-slaptazodis");
		assertThat(here.post("/account", "/account/password", Map.of("current", "antras-slaptazodis", "password",
				"trecias-slaptazodis", "repeat", "trecias-slaptazodis", "revokeTokens", "true")).location())
			.endsWith("/account");
		WebSession.Page account = here.get("/account");
		assertThat(account.text()).contains("API raktai atšaukti", "Atšauktas");
		// no token is left to revoke
		assertThat(account.body()).doesNotContain("/revoke\"");
		assertSignedOut(another);
		ApiClient.Response revoked = ApiClient.token(port, token).get("/api/v1/me");
		assertThat(revoked.status()).isEqualTo(401);
		assertThat(revoked.contentType()).startsWith("application/problem+json");
	}

	@Test
	void aPasswordResetEndsEverySessionAndRevokesTokensWhenAsked() throws Exception {
		String email = TestUsers.newStaff(networks, users, "atkuria");
		WebSession signedIn = WebSession.signedIn(port, email, TestUsers.PASSWORD);
		String kept = newToken(signedIn);
		String link = resetLink(email);
		WebSession anonymous = new WebSession(port);
		assertThat(anonymous.get(link).text()).contains("Taip pat atšaukti mano API raktus",
				"Visos prie jūsų paskyros prisijungusios sesijos bus užbaigtos.");
		assertThat(anonymous.post(link, link, Map.of("password", "atkurtas-slaptazodis", "repeat",
				"atkurtas-slaptazodis")).location()).endsWith("/login?passwordSet");
		assertSignedOut(signedIn);
		assertThat(sessionRows(email)).isZero();
		assertThat(ApiClient.token(port, kept).get("/api/v1/me").status()).isEqualTo(200);

		WebSession again = WebSession.signedIn(port, email, "atkurtas-slaptazodis");
		String second = resetLink(email);
		// a refused new password ends nothing
		assertThat(anonymous.post(second, second, Map.of("password", "trumpas", "repeat", "trumpas", "revokeTokens",
				"true")).text()).contains("Slaptažodis turi būti ne trumpesnis nei 12 simbolių.");
		assertThat(again.get("/account").status()).isEqualTo(200);
		assertThat(ApiClient.token(port, kept).get("/api/v1/me").status()).isEqualTo(200);

		assertThat(anonymous.post(second, second, Map.of("password", "dar-vienas-slaptazodis", "repeat",
				"dar-vienas-slaptazodis", "revokeTokens", "true")).location()).endsWith("/login?passwordSet");
		assertSignedOut(again);
		assertThat(ApiClient.token(port, kept).get("/api/v1/me").status()).isEqualTo(401);
		// without tokens there is nothing to ask
		String third = resetLink(email);
		assertThat(anonymous.get(third).text()).doesNotContain("Taip pat atšaukti mano API raktus");
	}

	@Test
	void anAdminWhoChangesOrRemovesARoleSignsThatUserOutAtOnce() {
		String email = TestUsers.newStaff(networks, users, "vaidmuo");
		long nsmot = networks.bySlug("nsmot").orElseThrow().id();
		Users.NetworkUser member = Tenancy.runAs(nsmot, () -> users.inCurrentNetwork())
			.stream()
			.filter(user -> user.email().equals(email))
			.findFirst()
			.orElseThrow();
		WebSession admin = WebSession.signedIn(port, DemoAccounts.NSMOT_ADMIN.email(), DemoAccounts.PASSWORD);
		String page = "/n/nsmot/users/" + member.roleId();

		WebSession staff = WebSession.signedIn(port, email, TestUsers.PASSWORD);
		assertThat(admin.post(page, page, Map.of("role", "BOARD", "version", String.valueOf(member.version())))
			.location()).endsWith(page);
		assertSignedOut(staff);

		WebSession board = WebSession.signedIn(port, email, TestUsers.PASSWORD);
		assertThat(board.get("/n/nsmot").status()).isEqualTo(200);
		// a refused change (a stale version) ends nothing
		assertThat(admin.post(page, page, Map.of("role", "STAFF", "version", String.valueOf(member.version())))
			.status()).isEqualTo(200);
		assertThat(board.get("/n/nsmot").status()).isEqualTo(200);

		assertThat(admin.post(page, page + "/delete", Map.of()).location()).endsWith("/n/nsmot/users");
		assertSignedOut(board);
		assertThat(sessionRows(email)).isZero();
		assertThat(admin.get("/n/nsmot/users").status()).isEqualTo(200);
	}

	@Test
	void aSessionEndsAfterTheAbsoluteLifetimeHoweverBusyAndAfterHalfAnHourIdle() {
		String email = TestUsers.newStaff(networks, users, "ilgai");
		WebSession busy = WebSession.signedIn(port, email, TestUsers.PASSWORD);
		String busyId = sessionIds(email).get(0);
		WebSession idle = WebSession.signedIn(port, email, TestUsers.PASSWORD);
		String idleId = sessionIds(email).stream().filter(id -> !id.equals(busyId)).findFirst().orElseThrow();
		long now = Instant.now().toEpochMilli();
		// the busy one began 11 hours 59 minutes ago and was used a minute ago: it lives on
		setTimes(busyId, now - Duration.ofHours(12).minusMinutes(1).toMillis(), now - 60_000);
		assertThat(busy.get("/account").status()).isEqualTo(200);
		// ... until it is older than 12 hours, however recently used
		setTimes(busyId, now - Duration.ofHours(12).plusMinutes(1).toMillis(), now - 60_000);
		assertSignedOut(busy);
		// the idle one was last used 31 minutes ago
		setTimes(idleId, now - Duration.ofMinutes(40).toMillis(), now - Duration.ofMinutes(31).toMillis());
		assertSignedOut(idle);
		assertThat(sessionRows(email)).isZero();
	}

	@Test
	void theSessionCookieIsSecureHttpOnlyAndLaxAndHttpsAnswersCarryHsts() throws Exception {
		HttpClient client = HttpClient.newHttpClient();
		HttpResponse<String> plain = client.send(HttpRequest.newBuilder(uri("/login")).build(),
				HttpResponse.BodyHandlers.ofString());
		String cookie = sessionCookie(plain);
		assertThat(cookie).contains("HttpOnly", "SameSite=Lax").doesNotContain("Secure");
		assertThat(plain.headers().firstValue("Strict-Transport-Security")).isEmpty();
		assertThat(plain.headers().firstValue("Referrer-Policy")).hasValue("strict-origin-when-cross-origin");
		assertThat(plain.headers().firstValue("X-Content-Type-Options")).hasValue("nosniff");
		assertThat(plain.headers().firstValue("X-Frame-Options")).hasValue("DENY");
		String policy = plain.headers().firstValue("Permissions-Policy").orElseThrow();
		assertThat(policy).contains("camera=()", "microphone=()", "geolocation=()", "payment=()", "usb=()")
			.doesNotContain("publickey-credentials");

		// behind the proxy (here on loopback, which Tomcat trusts) that says the browser came by HTTPS
		HttpResponse<String> proxied = client.send(HttpRequest.newBuilder(uri("/login"))
			.header("X-Forwarded-Proto", "https")
			.build(), HttpResponse.BodyHandlers.ofString());
		assertThat(sessionCookie(proxied)).contains("Secure", "HttpOnly", "SameSite=Lax");
		assertThat(proxied.headers().firstValue("Strict-Transport-Security").orElseThrow()).contains("max-age=");

		ApiClient.Response api = ApiClient.anonymous(port).get("/api/v1/me");
		assertThat(api.status()).isEqualTo(401);
		assertThat(api.header("Referrer-Policy")).isEqualTo("strict-origin-when-cross-origin");
		assertThat(api.header("Permissions-Policy")).isEqualTo(policy);
		HttpResponse<String> apiProxied = client.send(HttpRequest.newBuilder(uri("/api/v1/me"))
			.header("X-Forwarded-Proto", "https")
			.build(), HttpResponse.BodyHandlers.ofString());
		assertThat(apiProxied.headers().firstValue("Strict-Transport-Security")).isPresent();
	}

	@Test
	void aTooLargeBodyIsRefusedWith413AndAClearMessage() throws Exception {
		HttpClient client = HttpClient.newHttpClient();
		String basic = "Basic " + Base64.getEncoder()
			.encodeToString((DemoAccounts.NSMOT_STAFF.email() + ":" + DemoAccounts.PASSWORD).getBytes(StandardCharsets.UTF_8));
		String api = "/api/v1/networks/nsmot/consent-kinds";
		String large = "{\"nameLt\":\"" + "a".repeat(1024 * 1024 + 10) + "\"}";

		HttpResponse<String> withLength = client.send(HttpRequest.newBuilder(uri(api))
			.header("Authorization", basic)
			.header("Content-Type", "application/json")
			.POST(HttpRequest.BodyPublishers.ofString(large))
			.build(), HttpResponse.BodyHandlers.ofString());
		assertThat(withLength.statusCode()).isEqualTo(413);
		assertThat(withLength.headers().firstValue("Content-Type").orElseThrow()).startsWith("application/problem+json");
		assertThat(withLength.body()).contains("\"status\":413", "API priima ne daugiau kaip 1 MB");

		// sent in chunks, without a length: counted as it is read
		HttpResponse<String> chunked = client.send(HttpRequest.newBuilder(uri(api))
			.header("Authorization", basic)
			.header("Content-Type", "application/json")
			.POST(HttpRequest.BodyPublishers.ofInputStream(() -> new ByteArrayInputStream(large.getBytes(StandardCharsets.UTF_8))))
			.build(), HttpResponse.BodyHandlers.ofString());
		assertThat(chunked.statusCode()).isEqualTo(413);
		assertThat(chunked.body()).contains("API priima ne daugiau kaip 1 MB");
		// a small body in chunks reaches the API as it was sent
		HttpResponse<String> small = client.send(HttpRequest.newBuilder(uri(api))
			.header("Authorization", basic)
			.header("Content-Type", "application/json")
			.POST(HttpRequest.BodyPublishers.ofInputStream(() -> new ByteArrayInputStream("{\"nameLt\":\"\"}".getBytes(StandardCharsets.UTF_8))))
			.build(), HttpResponse.BodyHandlers.ofString());
		assertThat(small.statusCode()).isEqualTo(400);
		assertThat(small.body()).contains("nameLt").doesNotContain("Užklausos turinys per didelis");

		// a page's form larger than 2 MB
		WebSession staff = WebSession.signedIn(port, DemoAccounts.NSMOT_STAFF.email(), DemoAccounts.PASSWORD);
		WebSession.Page form = staff.post("/account", "/account/tokens", Map.of("name", "x".repeat(3 * 1024 * 1024)));
		assertThat(form.status()).isEqualTo(413);
		assertThat(form.text()).contains("Forma per didelė", "Forma gali siųsti ne daugiau kaip 2 MB. Nieko nepakeista.");
		assertThat(staff.get("/account").text()).doesNotContain("xxxxxxxxxx");
	}

	private URI uri(String path) {
		return URI.create("http://localhost:" + port + path);
	}

	private static String sessionCookie(HttpResponse<?> response) {
		return response.headers()
			.allValues("Set-Cookie")
			.stream()
			.filter(value -> value.startsWith("TINKLAS_SESSION="))
			.findFirst()
			.orElseThrow(() -> new AssertionError("No session cookie in " + response.headers().map()));
	}

	private void setTimes(String sessionId, long created, long lastUsed) {
		jdbc.sql("update spring_session set creation_time = ?, last_access_time = ?, expiry_time = ? where session_id = ?")
			.param(created)
			.param(lastUsed)
			.param(lastUsed + Duration.ofMinutes(30).toMillis())
			.param(sessionId)
			.update();
	}

	private List<String> sessionIds(String email) {
		return jdbc.sql("select session_id from spring_session where principal_name = ?")
			.param(email)
			.query(String.class)
			.list();
	}

	@Test
	void signingOutEndsTheSessionOnTheServer() {
		String email = TestUsers.newStaff(networks, users, "atsijungia");
		WebSession browser = WebSession.signedIn(port, email, TestUsers.PASSWORD);
		assertThat(sessionRows(email)).isEqualTo(1);
		assertThat(browser.post("/account", "/logout", Map.of()).location()).endsWith("/login?logout");
		assertThat(sessionRows(email)).isZero();
		assertSignedOut(browser);
	}

	private int sessionRows(String email) {
		return jdbc.sql("select count(*) from spring_session where principal_name = ?")
			.param(email)
			.query(Integer.class)
			.single();
	}

	private static List<String> handles(WebSession.Page page) {
		List<String> found = new ArrayList<>();
		Matcher matcher = END_FORM.matcher(page.body());
		while (matcher.find()) {
			found.add(matcher.group(1));
		}
		return found;
	}

	private static void assertSignedOut(WebSession browser) {
		WebSession.Page page = browser.get("/account");
		assertThat(page.status()).isEqualTo(302);
		assertThat(page.location()).contains("/login");
	}

	private String newToken(WebSession browser) {
		WebSession.Page created = browser.post("/account", "/account/tokens", Map.of("name", "Apskaita", "reach",
				String.valueOf(networks.bySlug("nsmot").orElseThrow().id()), "readOnly", "false", "expiresOn",
				java.time.LocalDate.now().plusDays(30).toString()));
		return created.body().replaceAll("(?s).*<code id=\"new-token\">([^<]+)</code>.*", "$1");
	}

	/** The link of the reset mail this request brings (other mails, such as notices of a change, may come between). */
	private String resetLink(String email) throws Exception {
		java.util.Set<String> before = resetLinks(email);
		new WebSession(port).post("/password-reset", "/password-reset", Map.of("email", email));
		long deadline = System.nanoTime() + java.time.Duration.ofSeconds(20).toNanos();
		while (System.nanoTime() < deadline) {
			for (String link : resetLinks(email)) {
				if (!before.contains(link)) {
					return link;
				}
			}
			Thread.sleep(50);
		}
		throw new AssertionError("No reset mail came to " + email);
	}

	private static java.util.Set<String> resetLinks(String email) throws Exception {
		java.util.Set<String> links = new java.util.HashSet<>();
		for (MimeMessage mail : TestMail.allTo(email)) {
			if ("Tinklas: slaptažodžio atkūrimas".equals(mail.getSubject())) {
				links.add(TestMail.linkPath(mail, "/password-reset/"));
			}
		}
		return links;
	}
}
