package lt.tinklas.identity;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.time.LocalDate;
import java.util.Base64;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import lt.tinklas.demo.DemoAccounts;
import lt.tinklas.networks.Networks;
import lt.tinklas.shared.web.Formats;
import lt.tinklas.testing.ApiClient;
import lt.tinklas.testing.FreshNetwork;
import lt.tinklas.testing.TestDatabase;
import lt.tinklas.testing.TinklasTest;
import lt.tinklas.testing.WebSession;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.jdbc.core.simple.JdbcClient;

/**
 * Personal tokens as their owner makes and sees them on the account page, and as the API takes them:
 * one network or (the platform admin's) every network, read-only or not, until a chosen day, revocable;
 * and the API's answers that no browser can be led into: no Basic challenge, no change by a form.
 */
@TinklasTest
class ApiTokenTests {

	private static final String TODAY_PLUS_30 = today().plusDays(30).toString();

	@LocalServerPort
	int port;

	@Autowired
	Networks networks;

	@Autowired
	Users users;

	/** The database as its owner sees it, for the test's own setup and checks. */
	JdbcClient jdbc = TestDatabase.ownerJdbc();

	private static FreshNetwork other;

	@Test
	void aTokenOfOneNetworkReachesOnlyThatNetwork() {
		FreshNetwork second = otherNetwork();
		// a staff member of NSMOT who also works in the other network
		String email = TestUsers.newStaff(networks, users, "du-tinklai");
		var secondRef = networks.bySlug(second.slug()).orElseThrow();
		users.addToNetwork(secondRef.id(), secondRef.name(),
				new Users.NewMember(email, "Testas Testauskas", "lt", Role.STAFF, null, null));
		WebSession browser = WebSession.signedIn(port, email, TestUsers.PASSWORD);
		ApiClient basic = ApiClient.basic(port, email, TestUsers.PASSWORD);
		assertThat(basic.get("/api/v1/networks").<List<String>>json("$[*].slug")).contains("nsmot", second.slug());

		ApiClient token = ApiClient.token(port, create(browser, "Tik NSMOT", nsmot(), "true", TODAY_PLUS_30));
		assertThat(token.get("/api/v1/networks").<List<String>>json("$[*].slug")).containsExactly("nsmot");
		assertThat(token.get("/api/v1/me").<List<Number>>json("$.networks[*].networkId"))
			.extracting(Number::toString)
			.containsExactly(nsmot());
		assertThat(token.get("/api/v1/networks/nsmot/people").status()).isEqualTo(200);
		ApiClient.Response elsewhere = token.get(second.api() + "/people");
		assertThat(elsewhere.status()).isEqualTo(404);
		assertThat(elsewhere.contentType()).startsWith("application/problem+json");
		// with the password the same user still reaches both
		assertThat(basic.get(second.api() + "/people").status()).isEqualTo(200);
	}

	@Test
	void aReadOnlyTokenReadsButChangesNothing() {
		String email = TestUsers.newStaff(networks, users, "skaito");
		WebSession browser = WebSession.signedIn(port, email, TestUsers.PASSWORD);
		ApiClient token = ApiClient.token(port, create(browser, "Ataskaitos", nsmot(), "true", TODAY_PLUS_30));
		assertThat(token.get("/api/v1/networks/nsmot/people").status()).isEqualTo(200);

		String person = """
				{"firstName":"Rūta","lastName":"Skaitytoja","email":"%s"}""".formatted(
				"ruta.skaitytoja." + System.nanoTime() + "@skaitytojai.lt");
		ApiClient.Response refused = token.post("/api/v1/networks/nsmot/people", person);
		assertThat(refused.status()).isEqualTo(403);
		assertThat(refused.contentType()).startsWith("application/problem+json");
		assertThat(refused.<String>json("$.detail")).isEqualTo(
				"Šiuo raktu galima tik skaityti: norėdami keisti įrašus, sukurkite raktą, kuriuo galima ir keisti.");
		assertThat(token.inLanguage("en").delete("/api/v1/networks/nsmot/consent-kinds/999999").<String>json("$.detail"))
			.startsWith("This token may only read");
		assertThat(people(person)).isZero();

		ApiClient writing = ApiClient.token(port, create(browser, "Įrašai", nsmot(), "false", TODAY_PLUS_30));
		assertThat(writing.post("/api/v1/networks/nsmot/people", person).status()).isEqualTo(201);
		assertThat(people(person)).isOne();
	}

	@Test
	void expiredRevokedAndUnknownTokensEachHearWhy() {
		String email = TestUsers.newStaff(networks, users, "pasibaige");
		WebSession browser = WebSession.signedIn(port, email, TestUsers.PASSWORD);
		String expiring = create(browser, "Baigsis", nsmot(), "true", today().toString());
		assertThat(ApiClient.token(port, expiring).get("/api/v1/me").status()).isEqualTo(200);
		// its last day passes
		jdbc.sql("update api_token set expires_at = current_timestamp - interval '1' minute where token_hash = ?")
			.param(ApiTokenHashes.hash(expiring))
			.update();
		String revoking = create(browser, "Atšauksiu", nsmot(), "true", TODAY_PLUS_30);
		browser.post("/account", "/account/tokens/" + tokenId(revoking) + "/revoke", Map.of());

		ApiClient.Response expired = ApiClient.token(port, expiring).get("/api/v1/me");
		ApiClient.Response revoked = ApiClient.token(port, revoking).get("/api/v1/me");
		ApiClient.Response unknown = ApiClient.token(port, "tk_niekada_nebuvo").get("/api/v1/me");
		for (ApiClient.Response refused : List.of(expired, revoked, unknown)) {
			assertThat(refused.status()).isEqualTo(401);
			assertThat(refused.contentType()).startsWith("application/problem+json");
			assertThat(refused.<String>json("$.title")).isEqualTo("Neprisijungta");
		}
		assertThat(expired.<String>json("$.detail"))
			.isEqualTo("Šio rakto galiojimas baigėsi: sukurkite naują savo paskyros puslapyje.");
		assertThat(revoked.<String>json("$.detail"))
			.isEqualTo("Šis raktas atšauktas: sukurkite naują savo paskyros puslapyje.");
		assertThat(unknown.<String>json("$.detail")).startsWith("Toks raktas nežinomas");
		assertThat(ApiClient.token(port, expiring).inLanguage("en").get("/api/v1/me").<String>json("$.detail"))
			.isEqualTo("This token has expired: make a new one on your account page.");
		assertThat(ApiClient.token(port, revoking).inLanguage("en").get("/api/v1/me").<String>json("$.detail"))
			.isEqualTo("This token has been revoked: make a new one on your account page.");

		String page = browser.get("/account").text();
		assertThat(page).contains("Baigsis", "Nebegalioja: baigėsi galiojimas", "Atšauktas " + today());
		// neither can be revoked again: only the tokens in force have the button
		assertThat(browser.get("/account").body()).doesNotContain("/account/tokens/" + tokenId(expiring) + "/revoke")
			.doesNotContain("/account/tokens/" + tokenId(revoking) + "/revoke");
	}

	@Test
	void aTokenIsMadeOnlyWithinItsRulesAndBadWishesMakeNone() {
		String email = TestUsers.newStaff(networks, users, "taisykles");
		WebSession browser = WebSession.signedIn(port, email, TestUsers.PASSWORD);
		FreshNetwork notMine = otherNetwork();
		long notMineId = networks.bySlug(notMine.slug()).orElseThrow().id();

		assertThat(refusal(browser, "Visur", "platform", "true", TODAY_PLUS_30))
			.contains("Visuose tinkluose galiojantį raktą gali sukurti tik platformos administratorius.");
		assertThat(refusal(browser, "Svetimas", String.valueOf(notMineId), "true", TODAY_PLUS_30))
			.contains("Šiame tinkle neturite vaidmens");
		assertThat(refusal(browser, "Praeitis", nsmot(), "true", today().minusDays(1).toString()))
			.contains("Raktas negali baigti galioti praeityje");
		String latest = today().plusYears(1).toString();
		assertThat(refusal(browser, "Per ilgai", nsmot(), "true", today().plusYears(1).plusDays(1).toString()))
			.contains("Raktas gali galioti ne ilgiau kaip metus: pasirinkite " + latest + " ar ankstesnę dieną.");
		assertThat(refusal(browser, "Ne data", nsmot(), "true", "kitą savaitę"))
			.contains("Tai ne data: rašykite MMMM-MM-DD");
		assertThat(refusal(browser, "", nsmot(), "true", TODAY_PLUS_30)).contains("Įrašykite rakto pavadinimą.");
		assertThat(refusal(browser, "Be tinklo", "", "true", TODAY_PLUS_30))
			.contains("Pasirinkite, kuriame tinkle raktas galios.");
		assertThat(refusal(browser, "Be prieigos", nsmot(), "", TODAY_PLUS_30))
			.contains("Pasirinkite, ar raktas galės tik skaityti, ar ir keisti įrašus.");
		assertThat(tokensOf(email)).isZero();

		// the form offers the user's own network, already chosen, read-only and 90 days by default
		String form = browser.get("/account").html();
		assertThat(form).contains("value=\"" + today().plusDays(90) + "\"")
			.containsPattern("<option value=\"" + nsmot() + "\" selected=\"selected\">")
			.doesNotContain("value=\"platform\"");
		// the last day may be the latest allowed; the token then runs through that whole day
		create(browser, "Metams", nsmot(), "true", latest);
		assertThat(jdbc.sql("select expires_at > current_timestamp + interval '365' day from api_token t join user_account u "
				+ "on u.id = t.user_id where u.email = ?").param(email).query(Boolean.class).single()).isTrue();
	}

	@Test
	void thePlatformAdminMayMakeATokenForEveryNetwork() {
		String second = otherNetwork().slug();
		WebSession admin = WebSession.signedIn(port, DemoAccounts.PLATFORM_ADMIN, DemoAccounts.PASSWORD);
		assertThat(admin.get("/account").html()).contains("value=\"platform\"");
		ApiClient everywhere = ApiClient.token(port, create(admin, "Platforma", "platform", "true", TODAY_PLUS_30));
		assertThat(everywhere.get("/api/v1/networks").<List<String>>json("$[*].slug")).contains("nsmot", second);
		assertThat(everywhere.get("/api/v1/me").<Boolean>json("$.platformAdmin")).isTrue();
		assertThat(admin.get("/account").text()).contains("Platforma", "Visi tinklai (visa platforma)");
	}

	@Test
	void theAccountPageShowsWhenAndFromWhereATokenWasLastUsed() {
		String email = TestUsers.newStaff(networks, users, "naudota");
		WebSession browser = WebSession.signedIn(port, email, TestUsers.PASSWORD);
		String token = create(browser, "Naudojamas", nsmot(), "true", TODAY_PLUS_30);
		assertThat(browser.get("/account").text()).contains("Naudojamas", "Nenaudotas");

		assertThat(ApiClient.token(port, token).get("/api/v1/me").status()).isEqualTo(200);
		Map<String, Object> used = jdbc.sql("select last_used_at, last_used_from from api_token where token_hash = ?")
			.param(ApiTokenHashes.hash(token))
			.query()
			.singleRow();
		assertThat(used.get("last_used_at")).isNotNull();
		String from = (String) used.get("last_used_from");
		assertThat(from).isIn("127.0.0.1", "0:0:0:0:0:0:0:1");
		String row = browser.get("/account").text();
		assertThat(row).contains("Naudojamas").contains("iš " + from).doesNotContain("Nenaudotas");
	}

	@Test
	void noRefusalOfTheApiAsksTheBrowserForAPassword() {
		String email = TestUsers.newStaff(networks, users, "be-iššūkio");
		WebSession browser = WebSession.signedIn(port, email, TestUsers.PASSWORD);
		String revoked = create(browser, "Atšauktas", nsmot(), "true", TODAY_PLUS_30);
		browser.post("/account", "/account/tokens/" + tokenId(revoked) + "/revoke", Map.of());
		List<ApiClient.Response> refusals = List.of(ApiClient.anonymous(port).get("/api/v1/me"),
				ApiClient.anonymous(port).get("/api/v1/networks/nsmot/people"),
				ApiClient.anonymous(port).post("/api/v1/networks/nsmot/people", "{}"),
				ApiClient.basic(port, email, "ne-tas-slaptazodis").get("/api/v1/me"),
				ApiClient.token(port, "tk_nezinomas").get("/api/v1/me"), ApiClient.token(port, revoked).get("/api/v1/me"));
		for (ApiClient.Response refusal : refusals) {
			assertThat(refusal.status()).isEqualTo(401);
			assertThat(refusal.headers().allValues("WWW-Authenticate")).isNotEmpty()
				.allSatisfy(challenge -> assertThat(challenge).startsWithIgnoringCase("Bearer")
					.doesNotContainIgnoringCase("basic"));
		}
		// HTTP Basic still signs a program in
		assertThat(ApiClient.basic(port, email, TestUsers.PASSWORD).get("/api/v1/me").status()).isEqualTo(200);
	}

	@Test
	void aChangeTheBrowserCouldBeLedToSendIsRefusedAndChangesNothing() throws Exception {
		long before = applications();
		String json = """
				{"legalCode":"110003978","name":"Formos asociacija","foundedOn":"2020-01-01","ngoStatusSince":"2021-01-01",
				 "contactName":"Ona","contactEmail":"ona@formos.lt"}""";
		String path = "/api/v1/networks/nsmot/membership-applications";
		for (String formType : List.of("application/x-www-form-urlencoded", "multipart/form-data; boundary=x",
				"text/plain;charset=UTF-8")) {
			HttpResponse<String> forged = raw("POST", path, formType, json, null);
			assertThat(forged.statusCode()).as(formType).isEqualTo(415);
			assertThat(forged.headers().firstValue("Content-Type").orElse("")).startsWith("application/problem+json");
			assertThat(forged.body()).contains("Content-Type: application/json");
		}
		assertThat(raw("POST", path, null, "", null).statusCode()).isEqualTo(415);
		assertThat(applications()).isEqualTo(before);

		// the same application as JSON is taken from anyone
		assertThat(raw("POST", path, "application/json", json, null).statusCode()).isEqualTo(201);
		assertThat(applications()).isEqualTo(before + 1);

		// a program that signs in may send what the endpoint takes: the check is then the endpoint's
		String basic = "Basic " + Base64.getEncoder()
			.encodeToString((DemoAccounts.NSMOT_STAFF.email() + ":" + DemoAccounts.PASSWORD).getBytes(StandardCharsets.UTF_8));
		HttpResponse<String> signed = raw("POST", "/api/v1/networks/nsmot/people", "text/plain", "{}", basic);
		assertThat(signed.statusCode()).isEqualTo(415);
		assertThat(signed.body()).doesNotContain("Authorization");
		// a bodiless change by a program with its token is not refused for its missing type
		String email = TestUsers.newStaff(networks, users, "be-turinio");
		String token = create(WebSession.signedIn(port, email, TestUsers.PASSWORD), "Trynimas", nsmot(), "false",
				TODAY_PLUS_30);
		assertThat(raw("DELETE", "/api/v1/networks/nsmot/consent-kinds/999999", null, null, "Bearer " + token)
			.statusCode()).isEqualTo(404);
	}

	// ---

	/** Today where the tokens' days are counted. */
	private static LocalDate today() {
		return LocalDate.now(Formats.VILNIUS);
	}

	private String nsmot() {
		return String.valueOf(networks.bySlug("nsmot").orElseThrow().id());
	}

	private synchronized FreshNetwork otherNetwork() {
		if (other == null) {
			other = FreshNetwork.create(port, "raktu-tinklas", "Raktų tinklas");
		}
		return other;
	}

	/** Makes a token on the account page and returns it, as the page shows it once. */
	private String create(WebSession browser, String name, String reach, String readOnly, String expiresOn) {
		WebSession.Page created = browser.post("/account", "/account/tokens", form(name, reach, readOnly, expiresOn));
		assertThat(created.body()).as(created.text()).contains("<code id=\"new-token\">");
		// the form is empty again for the next token
		assertThat(created.html()).doesNotContain("value=\"" + name + "\"");
		return created.body().replaceAll("(?s).*<code id=\"new-token\">([^<]+)</code>.*", "$1");
	}

	/** What the page says when the token is refused; it then shows no token. */
	private String refusal(WebSession browser, String name, String reach, String readOnly, String expiresOn) {
		WebSession.Page refused = browser.post("/account", "/account/tokens", form(name, reach, readOnly, expiresOn));
		assertThat(refused.status()).isEqualTo(200);
		assertThat(refused.body()).doesNotContain("new-token");
		return refused.text();
	}

	private static Map<String, String> form(String name, String reach, String readOnly, String expiresOn) {
		Map<String, String> form = new LinkedHashMap<>();
		form.put("name", name);
		form.put("reach", reach);
		if (!readOnly.isEmpty()) {
			form.put("readOnly", readOnly);
		}
		form.put("expiresOn", expiresOn);
		return form;
	}

	private long tokenId(String token) {
		return jdbc.sql("select id from api_token where token_hash = ?")
			.param(ApiTokenHashes.hash(token))
			.query(Long.class)
			.single();
	}

	private long tokensOf(String email) {
		return jdbc.sql("select count(*) from api_token t join user_account u on u.id = t.user_id where u.email = ?")
			.param(email)
			.query(Long.class)
			.single();
	}

	/** How many people of NSMOT have the e-mail of this JSON person. */
	private long people(String json) {
		String email = json.replaceAll("(?s).*\"email\":\"([^\"]+)\".*", "$1");
		return jdbc.sql("select count(*) from person where email = ?").param(email).query(Long.class).single();
	}

	private long applications() {
		return jdbc.sql("select count(*) from membership_application").query(Long.class).single();
	}

	private HttpResponse<String> raw(String method, String path, String contentType, String body, String authorization)
			throws IOException, InterruptedException {
		HttpRequest.Builder request = HttpRequest.newBuilder(URI.create("http://localhost:" + port + path))
			.header("Accept", "application/json, application/problem+json")
			.header("Accept-Language", "en")
			.method(method, body == null ? HttpRequest.BodyPublishers.noBody()
					: HttpRequest.BodyPublishers.ofString(body, StandardCharsets.UTF_8));
		if (contentType != null) {
			request.header("Content-Type", contentType);
		}
		if (authorization != null) {
			request.header("Authorization", authorization);
		}
		return HttpClient.newHttpClient().send(request.build(), HttpResponse.BodyHandlers.ofString());
	}
}
