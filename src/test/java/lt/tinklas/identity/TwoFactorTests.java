package lt.tinklas.identity;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.net.CookieManager;
import java.net.URI;
import java.net.URLEncoder;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.time.Instant;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import lt.tinklas.identity.factors.OneTimeCodes;
import lt.tinklas.identity.factors.Passkeys;
import lt.tinklas.identity.factors.SecondFactorPolicy;
import lt.tinklas.identity.factors.SecondFactorRequirement;
import lt.tinklas.networks.Networks;
import lt.tinklas.testing.ApiClient;
import lt.tinklas.testing.FreshNetwork;
import lt.tinklas.testing.TestDatabase;
import lt.tinklas.testing.TestMail;
import lt.tinklas.testing.TinklasTest;
import lt.tinklas.testing.TotpCodes;
import lt.tinklas.testing.WebSession;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.security.web.webauthn.api.AuthenticatorTransport;
import org.springframework.security.web.webauthn.api.Bytes;
import org.springframework.security.web.webauthn.api.ImmutableCredentialRecord;
import org.springframework.security.web.webauthn.api.ImmutablePublicKeyCose;
import org.springframework.security.web.webauthn.api.ImmutablePublicKeyCredentialUserEntity;
import org.springframework.security.web.webauthn.api.PublicKeyCredentialType;
import org.springframework.security.web.webauthn.api.PublicKeyCredentialUserEntity;
import org.springframework.security.web.webauthn.management.PublicKeyCredentialUserEntityRepository;
import org.springframework.security.web.webauthn.management.UserCredentialRepository;

/**
 * One-time codes and passkeys over real HTTP: a code taken once and only in its window, recovery
 * codes once each, another user's passkey neither removed nor used, a network that requires a
 * second factor, and the platform admin's rule.
 */
@TinklasTest
class TwoFactorTests {

	private static final Pattern SECRET = Pattern.compile("<code id=\"totp-secret\">([^<]+)</code>");
	private static final Pattern RECOVERY = Pattern.compile("<li>([a-z0-9]{5}-[a-z0-9]{5})</li>");

	@LocalServerPort
	int port;

	@Autowired
	Networks networks;

	@Autowired
	Users users;

	/** The database as its owner sees it, for the test's own setup and checks. */
	JdbcClient jdbc = TestDatabase.ownerJdbc();

	@Autowired
	UserCredentialRepository credentials;

	@Autowired
	PublicKeyCredentialUserEntityRepository userEntities;

	@Autowired
	SecondFactorPolicy policy;

	@Autowired
	OneTimeCodes codes;

	@Autowired
	Passkeys passkeys;

	@Test
	void oneTimeCodesAreSetUpWithAQrCodeAndAskedAfterThePassword() {
		String email = TestUsers.newStaff(networks, users, "kodai");
		WebSession browser = WebSession.signedIn(port, email, TestUsers.PASSWORD);
		WebSession.Page setup = browser.get("/account/two-factor");
		assertThat(setup.text()).contains("Nuskenuokite šį QR kodą", "įveskite šį raktą");
		assertThat(setup.body()).contains("src=\"data:image/svg+xml;base64,");
		String secret = secretOf(setup);

		// a code from another time is refused and turns nothing on
		WebSession.Page wrong = browser.post("/account/two-factor", "/account/two-factor",
				Map.of("code", TotpCodes.at(secret, Instant.now().plusSeconds(600))));
		assertThat(wrong.text()).contains("Kodas neteisingas arba per senas.");
		assertThat(browser.post("/account/two-factor", "/account/two-factor", Map.of("code", "abc")).text())
			.contains("Kodas neteisingas arba per senas.");
		assertThat(WebSession.signedIn(port, email, TestUsers.PASSWORD).get("/account").status()).isEqualTo(200);
		// the page shows the same secret until it is confirmed
		assertThat(secretOf(browser.get("/account/two-factor"))).isEqualTo(secret);

		WebSession.Page confirmed = browser.post("/account/two-factor", "/account/two-factor",
				Map.of("code", TotpCodes.at(secret, Instant.now())));
		assertThat(confirmed.text()).contains("Vienkartiniai kodai įjungti.", "jie rodomi tik šį kartą");
		List<String> recovery = recoveryCodesOf(confirmed);
		assertThat(recovery).hasSize(10).doesNotHaveDuplicates();
		assertThat(jdbc.sql("select code_hash from user_recovery_code r join user_account u on u.id = r.user_id where u.email = ?")
			.param(email).query(String.class).list()).hasSize(10).noneMatch(hash -> recovery.stream()
				.anyMatch(code -> hash.contains(code.replace("-", ""))));
		assertThat(jdbc.sql("select secret from user_totp t join user_account u on u.id = t.user_id where u.email = ?")
			.param(email).query(String.class).single()).doesNotContain(secret.replace(" ", ""));
		WebSession.Page account = browser.get("/account");
		assertThat(account.text()).contains("Vienkartiniai kodai įjungti. Liko atkūrimo kodų: 10.");
		// the secret is not shown again
		assertThat(browser.get("/account/two-factor").body()).doesNotContain("totp-secret");

		// the password alone no longer signs in: the session waits for the code
		WebSession second = new WebSession(port);
		assertThat(second.post("/login", "/login", Map.of("username", email, "password", TestUsers.PASSWORD)).location())
			.endsWith("/login/second-factor");
		assertThat(second.get("/account").location()).endsWith("/login");
		// nor does it open the API: that takes a personal token from a user with two factors
		ApiClient.Response basic = ApiClient.basic(port, email, TestUsers.PASSWORD).get("/api/v1/me");
		assertThat(basic.status()).isEqualTo(401);
		assertThat(basic.<String>json("$.detail")).isEqualTo(
				"Ši paskyra jungiasi su antruoju veiksniu, todėl API slaptažodžiu nepasiekiama: naudokite asmeninį API raktą.");
		assertThat(basic.header("WWW-Authenticate")).doesNotContainIgnoringCase("basic");
		assertThat(second.get("/login/second-factor").text()).contains("Antrasis prisijungimo žingsnis", "Kodas iš programėlės");
		assertThat(second.post("/login/second-factor", "/login/second-factor", Map.of("code", "")).text())
			.contains("Įveskite kodą iš programėlės.");
		// a code from a window long gone is refused
		assertThat(second.post("/login/second-factor", "/login/second-factor",
				Map.of("code", TotpCodes.at(secret, Instant.now().minusSeconds(120)))).text())
			.contains("Kodas neteisingas arba per senas.");
		assertThat(second.get("/account").location()).endsWith("/login");
		String code = TotpCodes.next(secret);
		WebSession.Page signedIn = second.post("/login/second-factor", "/login/second-factor", Map.of("code", code));
		assertThat(signedIn.status()).isEqualTo(302);
		assertThat(signedIn.location()).doesNotContain("/login");
		assertThat(second.get("/account").text()).contains(email);

		// the same code again, in another browser: refused as used
		WebSession third = new WebSession(port);
		third.post("/login", "/login", Map.of("username", email, "password", TestUsers.PASSWORD));
		assertThat(third.post("/login/second-factor", "/login/second-factor", Map.of("code", code)).text())
			.contains("Šis kodas jau panaudotas. Palaukite, kol programėlė parodys kitą kodą.");
		assertThat(third.get("/account").location()).endsWith("/login");

		// a recovery code works once
		assertThat(third.post("/login/second-factor", "/login/second-factor", Map.of("code", recovery.get(0).toUpperCase()))
			.location()).doesNotContain("/login");
		assertThat(third.get("/account").text()).contains("Liko atkūrimo kodų: 9.");
		// the owner hears of each change to how they sign in, and of a recovery code used
		assertThat(noticesTo(email, "Prisijungta vienu iš jūsų atsarginių kodų"))
			.contains("Jūsų paskyrai įjungti vienkartiniai kodai");
		WebSession fourth = new WebSession(port);
		fourth.post("/login", "/login", Map.of("username", email, "password", TestUsers.PASSWORD));
		assertThat(fourth.post("/login/second-factor", "/login/second-factor", Map.of("code", recovery.get(0))).text())
			.contains("Šis kodas jau panaudotas.");
		assertThat(fourth.get("/account").location()).endsWith("/login");
	}

	@Test
	void wrongCodesMakeTheNextCodeWaitWhateverPasswordSignInsComeBetween() {
		String email = TestUsers.newStaff(networks, users, "spejimai");
		String secret = turnOnCodes(WebSession.signedIn(port, email, TestUsers.PASSWORD));
		WebSession guesser = new WebSession(port);
		guesser.post("/login", "/login", Map.of("username", email, "password", TestUsers.PASSWORD));
		for (int attempt = 1; attempt <= 5; attempt++) {
			guesser.post("/login/second-factor", "/login/second-factor", Map.of("code", "000000"));
		}
		// the password again gives five more guesses no more: the codes wait, the right one too
		guesser.post("/login", "/login", Map.of("username", email, "password", TestUsers.PASSWORD));
		WebSession.Page refused = guesser.post("/login/second-factor", "/login/second-factor",
				Map.of("code", TotpCodes.next(secret)));
		assertThat(refused.status()).isEqualTo(429);
		assertThat(refused.text()).contains("Per daug bandymų per trumpą laiką. Bandykite vėl po");
		assertThat(guesser.get("/account").location()).endsWith("/login");

		// once the wait is over the right code signs in, and the wrong ones are forgotten
		jdbc.sql("update sign_in_failure set wait_until = ? where subject = ?")
			.params(java.sql.Timestamp.from(Instant.now().minusSeconds(1)), "second-step:" + email)
			.update();
		assertThat(guesser.post("/login/second-factor", "/login/second-factor", Map.of("code", TotpCodes.next(secret)))
			.location()).doesNotContain("/login");
		assertThat(guesser.get("/account").status()).isEqualTo(200);
		assertThat(jdbc.sql("select count(*) from sign_in_failure where subject = ?").param("second-step:" + email)
			.query(Integer.class).single()).isZero();
	}

	@Test
	void fiveWrongCodesEndTheWaitingSignIn() {
		String email = TestUsers.newStaff(networks, users, "penki");
		WebSession browser = WebSession.signedIn(port, email, TestUsers.PASSWORD);
		String secret = turnOnCodes(browser);
		WebSession other = new WebSession(port);
		other.post("/login", "/login", Map.of("username", email, "password", TestUsers.PASSWORD));
		for (int attempt = 1; attempt <= 4; attempt++) {
			assertThat(other.post("/login/second-factor", "/login/second-factor", Map.of("code", "000000")).status())
				.isEqualTo(200);
		}
		assertThat(other.post("/login/second-factor", "/login/second-factor", Map.of("code", "000000")).location())
			.endsWith("/login?secondFactorExpired");
		assertThat(other.get("/login?secondFactorExpired").text()).contains("Prisijunkite iš naujo.");
		// the right code no longer helps: the password is asked again
		assertThat(other.get("/login/second-factor").location()).endsWith("/login?secondFactorExpired");
		assertThat(other.post("/login", "/login/second-factor", Map.of("code", TotpCodes.next(secret))).location())
			.endsWith("/login?secondFactorExpired");
		assertThat(other.get("/account").location()).endsWith("/login");
	}

	@Test
	void codesAreTurnedOffOnlyWithACurrentCodeOrThePassword() {
		String email = TestUsers.newStaff(networks, users, "isjungti");
		WebSession browser = WebSession.signedIn(port, email, TestUsers.PASSWORD);
		turnOnCodes(browser);
		WebSession.Page refused = browser.post("/account/two-factor", "/account/two-factor/disable",
				Map.of("code", "123", "password", "ne-tas"));
		assertThat(refused.text()).contains("Įveskite dabartinį kodą iš programėlės arba savo slaptažodį.");
		assertThat(browser.get("/account").text()).contains("Vienkartiniai kodai įjungti.");
		assertThat(browser.post("/account/two-factor", "/account/two-factor/disable",
				Map.of("code", "", "password", TestUsers.PASSWORD)).location()).endsWith("/account");
		assertThat(browser.get("/account").text()).contains("Vienkartiniai kodai išjungti.", "Įjungti vienkartinius kodus");
		assertThat(noticesTo(email, "Jūsų paskyrai išjungti vienkartiniai kodai")).contains("Jūsų paskyrai įjungti vienkartiniai kodai");
		// one factor again: the password opens the API again
		assertThat(ApiClient.basic(port, email, TestUsers.PASSWORD).get("/api/v1/me").status()).isEqualTo(200);
		WebSession.signedIn(port, email, TestUsers.PASSWORD);
	}

	@Test
	void anotherUsersPasskeyIsNeitherListedNorRemovedNorUsed() throws Exception {
		String owner = TestUsers.newStaff(networks, users, "savininke");
		String other = TestUsers.newStaff(networks, users, "kitas");
		String credentialId = passkeyOf(owner, "Savininkės raktas");

		WebSession ownerBrowser = WebSession.signedIn(port, owner, TestUsers.PASSWORD);
		assertThat(ownerBrowser.get("/account").text()).contains("Savininkės raktas");
		WebSession otherBrowser = WebSession.signedIn(port, other, TestUsers.PASSWORD);
		assertThat(otherBrowser.get("/account").text()).doesNotContain("Savininkės raktas").contains("Prieigos raktų neturite.");
		assertThat(otherBrowser.post("/account", "/account/passkeys/" + credentialId + "/delete", Map.of()).status())
			.isEqualTo(404);

		// nor through Spring Security's own endpoint
		JsonSession json = JsonSession.signedIn(port, other, TestUsers.PASSWORD);
		assertThat(json.send("DELETE", "/webauthn/register/" + credentialId, null)).isIn(403, 404);
		assertThat(passkeys.of(owner)).extracting(Passkeys.Passkey::id).containsExactly(credentialId);

		// a sign-in naming the owner's passkey without its key is refused
		JsonSession anonymous = JsonSession.anonymous(port);
		assertThat(anonymous.send("POST", "/webauthn/authenticate/options", null)).isEqualTo(200);
		String forged = """
				{"id":"%s","rawId":"%s","response":{"authenticatorData":"SZYN5YgOjGh0NBcPZHZgW4_krrmihjLHmVzzuoMdl2MFAAAAAQ",
				"clientDataJSON":"eyJ0eXBlIjoid2ViYXV0aG4uZ2V0In0","signature":"MEUCIQ","userHandle":"%s"},
				"credType":"public-key","clientExtensionResults":{},"authenticatorAttachment":"platform"}"""
			.formatted(credentialId, credentialId, userEntities.findByUsername(owner).getId().toBase64UrlString());
		assertThat(anonymous.send("POST", "/login/webauthn", forged)).isEqualTo(401);
		assertThat(anonymous.send("GET", "/account", null)).isEqualTo(302);

		// the owner removes it
		assertThat(ownerBrowser.post("/account", "/account/passkeys/" + credentialId + "/delete", Map.of()).location())
			.endsWith("/account");
		assertThat(ownerBrowser.get("/account").text()).contains("Prieigos raktas pašalintas.", "Prieigos raktų neturite.");
	}

	@Test
	void aNetworkThatRequiresASecondFactorSendsItsStaffToSetOneUp() {
		FreshNetwork network = FreshNetwork.create(port, "saugus-" + System.nanoTime() % 100000, "Saugus tinklas");
		long networkId = networks.bySlug(network.slug()).orElseThrow().id();
		String staff = "darbuotojas-" + System.nanoTime() + "@saugus.lt";
		String board = "valdyba-" + System.nanoTime() + "@saugus.lt";
		users.addToNetwork(networkId, "Saugus tinklas", new Users.NewMember(staff, "Darbuotojas", "lt", Role.STAFF, null,
				TestUsers.PASSWORD));
		users.addToNetwork(networkId, "Saugus tinklas", new Users.NewMember(board, "Valdyba", "lt", Role.BOARD, null,
				TestUsers.PASSWORD));

		WebSession admin = network.signedIn();
		assertThat(admin.get(network.pages() + "/users").text()).contains("Prisijungimo sauga");
		WebSession.Page form = admin.get(network.pages() + "/settings/security");
		assertThat(form.text()).contains("Antrasis veiksnys tinklo darbuotojams ir administratoriams");
		assertThat(admin.post(network.pages() + "/settings/security", network.pages() + "/settings/security",
				Map.of("secondFactor", "visada")).text()).contains("Pasirinkite, ar antrasis veiksnys privalomas.");
		assertThat(policy.required(networkId)).isFalse();

		assertThat(admin.post(network.pages() + "/settings/security", network.pages() + "/settings/security",
				Map.of("secondFactor", "required")).location()).endsWith(network.pages() + "/settings/security");
		assertThat(policy.required(networkId)).isTrue();
		// the policy is the network's own: every other network's stays as it was
		assertThat(policy.required(networks.bySlug("nsmot").orElseThrow().id())).isFalse();
		assertThat(policy.required(networks.bySlug("nvo-vaikams").orElseThrow().id())).isFalse();

		// the admin, the staff: sent to set one up before anything else in the network
		assertThat(admin.get(network.pages() + "/people").location()).endsWith("/account?factorRequired");
		WebSession staffBrowser = WebSession.signedIn(port, staff, TestUsers.PASSWORD);
		assertThat(staffBrowser.get(network.pages()).location()).endsWith("/account?factorRequired");
		assertThat(staffBrowser.get("/account?factorRequired").text())
			.contains("Kad galėtumėte tęsti, nustatykite antrąjį veiksnį");
		// the board is not asked; nor is the staff in a network that does not require it
		assertThat(WebSession.signedIn(port, board, TestUsers.PASSWORD).get(network.pages()).status()).isEqualTo(200);
		assertThat(WebSession.signedIn(port, TestUsers.newStaff(networks, users, "nsmot"), TestUsers.PASSWORD)
			.get("/n/nsmot").status()).isEqualTo(200);

		// with codes on, the staff goes on; and is asked for a code at the next sign-in
		String secret = turnOnCodes(staffBrowser);
		assertThat(staffBrowser.get(network.pages()).status()).isEqualTo(200);
		WebSession again = new WebSession(port);
		assertThat(again.post("/login", "/login", Map.of("username", staff, "password", TestUsers.PASSWORD)).location())
			.endsWith("/login/second-factor");
		again.post("/login/second-factor", "/login/second-factor", Map.of("code", TotpCodes.next(secret)));
		assertThat(again.get(network.pages()).status()).isEqualTo(200);
	}

	@Test
	void thePlatformAdminNeedsASecondFactorWhenTheSettingSaysSo() {
		String email = TestUsers.newStaff(networks, users, "platforma");
		long id = jdbc.sql("select id from user_account where email = ?").param(email).query(Long.class).single();
		SignedInUser asPlatformAdmin = new SignedInUser(id, email, "Platforma", "x", "lt", true, true);
		SignedInUser asStaff = new SignedInUser(id, email, "Darbuotoja", "x", "lt", false, true);
		SecondFactorRequirement production = new SecondFactorRequirement(true, policy, codes, passkeys);
		SecondFactorRequirement demo = new SecondFactorRequirement(false, policy, codes, passkeys);

		assertThat(production.setupNeeded(asPlatformAdmin, null, false)).isTrue();
		assertThat(production.setupNeeded(asStaff, null, false)).isFalse();
		assertThat(demo.setupNeeded(asPlatformAdmin, null, false)).isFalse();

		turnOnCodes(WebSession.signedIn(port, email, TestUsers.PASSWORD));
		assertThat(production.setupNeeded(asPlatformAdmin, null, false)).isFalse();
		assertThat(production.stepNeeded(asPlatformAdmin)).isTrue();
	}

	/** Turns on one-time codes on the account page; gives the secret. */
	private static String turnOnCodes(WebSession browser) {
		String secret = secretOf(browser.get("/account/two-factor"));
		assertThat(browser.post("/account/two-factor", "/account/two-factor",
				Map.of("code", TotpCodes.at(secret, Instant.now()))).text()).contains("Vienkartiniai kodai įjungti.");
		return secret;
	}

	private static String secretOf(WebSession.Page page) {
		Matcher matcher = SECRET.matcher(page.body());
		assertThat(matcher.find()).as("the setup page shows the secret").isTrue();
		return matcher.group(1);
	}

	/** The texts of the notices mailed to the user, once one that says {@code awaited} has come (20 s at most). */
	private static String noticesTo(String email, String awaited) {
		String subject = "Tinklas: pakeisti jūsų paskyros prisijungimo duomenys";
		long deadline = System.nanoTime() + java.time.Duration.ofSeconds(20).toNanos();
		String notices = "";
		while (!notices.contains(awaited) && System.nanoTime() < deadline) {
			try {
				Thread.sleep(50);
			}
			catch (InterruptedException e) {
				Thread.currentThread().interrupt();
				break;
			}
			notices = TestMail.allTo(email).stream().filter(mail -> {
				try {
					return subject.equals(mail.getSubject());
				}
				catch (jakarta.mail.MessagingException e) {
					throw new IllegalStateException(e);
				}
			}).map(TestMail::body).reduce("", String::concat);
		}
		return notices;
	}

	private static List<String> recoveryCodesOf(WebSession.Page page) {
		return RECOVERY.matcher(page.body()).results().map(result -> result.group(1)).toList();
	}

	/** A passkey of the user as Spring Security stores one (the key itself is not needed here); gives its id. */
	private String passkeyOf(String email, String label) {
		PublicKeyCredentialUserEntity entity = ImmutablePublicKeyCredentialUserEntity.builder()
			.id(Bytes.random())
			.name(email)
			.displayName("Savininkė")
			.build();
		userEntities.save(entity);
		Bytes credentialId = Bytes.random();
		credentials.save(ImmutableCredentialRecord.builder()
			.credentialId(credentialId)
			.userEntityUserId(entity.getId())
			.publicKey(new ImmutablePublicKeyCose(new byte[] { 1, 2, 3 }))
			.signatureCount(0)
			.uvInitialized(true)
			.backupEligible(false)
			.backupState(false)
			.transports(Set.of(AuthenticatorTransport.INTERNAL))
			.credentialType(PublicKeyCredentialType.PUBLIC_KEY)
			.created(Instant.now())
			.lastUsed(Instant.now())
			.label(label)
			.build());
		return credentialId.toBase64UrlString();
	}

	/** Script calls as the pages' script makes them: JSON with the CSRF token in its header, the session's cookie. */
	static final class JsonSession {

		private static final Pattern CSRF = Pattern.compile("name=\"_csrf\" value=\"([^\"]+)\"");

		private final String base;
		private final HttpClient client = HttpClient.newBuilder()
			.cookieHandler(new CookieManager())
			.followRedirects(HttpClient.Redirect.NEVER)
			.build();

		private JsonSession(int port) {
			this.base = "http://localhost:" + port;
		}

		static JsonSession anonymous(int port) {
			return new JsonSession(port);
		}

		static JsonSession signedIn(int port, String email, String password) throws Exception {
			JsonSession session = new JsonSession(port);
			String form = "username=" + URLEncoder.encode(email, StandardCharsets.UTF_8) + "&password="
					+ URLEncoder.encode(password, StandardCharsets.UTF_8) + "&_csrf=" + session.csrf();
			HttpResponse<String> response = session.client.send(HttpRequest.newBuilder(URI.create(session.base + "/login"))
				.header("Content-Type", "application/x-www-form-urlencoded")
				.POST(HttpRequest.BodyPublishers.ofString(form))
				.build(), HttpResponse.BodyHandlers.ofString());
			assertThat(response.headers().firstValue("Location").orElse("")).doesNotContain("/login");
			return session;
		}

		private String csrf() throws IOException, InterruptedException {
			String page = client.send(HttpRequest.newBuilder(URI.create(base + "/login")).GET().build(),
					HttpResponse.BodyHandlers.ofString()).body();
			Matcher matcher = CSRF.matcher(page);
			assertThat(matcher.find()).isTrue();
			return matcher.group(1);
		}

		int send(String method, String path, String json) throws IOException, InterruptedException {
			HttpRequest.Builder request = HttpRequest.newBuilder(URI.create(base + path))
				.header("X-CSRF-TOKEN", csrf())
				.header("Content-Type", "application/json")
				.method(method, json == null ? HttpRequest.BodyPublishers.noBody() : HttpRequest.BodyPublishers.ofString(json));
			return client.send(request.build(), HttpResponse.BodyHandlers.ofString()).statusCode();
		}
	}
}
