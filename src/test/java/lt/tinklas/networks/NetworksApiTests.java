package lt.tinklas.networks;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import java.util.Map;

import jakarta.mail.internet.MimeMessage;
import lt.tinklas.demo.DemoAccounts;
import lt.tinklas.testing.ApiClient;
import lt.tinklas.testing.TestMail;
import lt.tinklas.testing.TinklasTest;
import lt.tinklas.testing.WebSession;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;

/** The platform admin creates networks and their first admins through the API. */
@TinklasTest
class NetworksApiTests {

	@LocalServerPort
	int port;

	@Autowired
	Networks networks;

	ApiClient platform() {
		return ApiClient.basic(port, DemoAccounts.PLATFORM_ADMIN, DemoAccounts.PASSWORD);
	}

	@Test
	void createsANetworkWhoseAdminSignsInWithTheGivenPassword() {
		ApiClient.Response created = platform().post("/api/v1/networks", """
				{"slug":"seniorai","name":"Senjorų organizacijų tinklas","adminEmail":"Vadove@Seniorai.lt","adminPassword":"labai-slaptas-1"}""");

		assertThat(created.status()).isEqualTo(201);
		assertThat(created.<String>json("$.slug")).isEqualTo("seniorai");
		assertThat(created.<String>json("$.name")).isEqualTo("Senjorų organizacijų tinklas");
		ApiClient admin = ApiClient.basic(port, "vadove@seniorai.lt", "labai-slaptas-1");
		assertThat(admin.get("/api/v1/networks").<List<String>>json("$[*].slug")).containsExactly("seniorai");
		assertThat(admin.get("/api/v1/networks/seniorai/settings").<String>json("$.name"))
			.isEqualTo("Senjorų organizacijų tinklas");
		assertThat(admin.get("/api/v1/me").<String>json("$.networks[0].role")).isEqualTo("NETWORK_ADMIN");
	}

	@Test
	void withoutAPasswordTheFirstAdminIsInvitedByMailAndSetsOne() {
		ApiClient.Response created = platform().post("/api/v1/networks", """
				{"slug":"jaunimas","name":"Jaunimo organizacijų tinklas","adminEmail":"koordinatore@jaunimas.lt"}""");
		assertThat(created.status()).isEqualTo(201);

		MimeMessage invitation = TestMail.latestTo("koordinatore@jaunimas.lt");
		assertThat(TestMail.body(invitation)).contains("Jaunimo organizacijų tinklas");
		// a network without a short name signs with its name
		assertThat(TestMail.sender(invitation)).startsWith("Jaunimo organizacijų tinklas per Tinklas <");
		String link = TestMail.linkPath(invitation, "/password-reset/");

		WebSession browser = new WebSession(port);
		assertThat(browser.get(link).text()).contains("Naujas slaptažodis");
		assertThat(browser.post(link, link, Map.of("password", "naujas-slaptazodis", "repeat", "naujas-slaptazodis"))
			.location()).endsWith("/login?passwordSet");
		WebSession admin = WebSession.signedIn(port, "koordinatore@jaunimas.lt", "naujas-slaptazodis");
		assertThat(admin.get("/n/jaunimas/settings").status()).isEqualTo(200);
	}

	@Test
	void refusesBadInputWithOneEntryPerFieldInTheCallersLanguageAndCreatesNothing() {
		int before = networks.all().size();

		ApiClient.Response invalid = platform().post("/api/v1/networks", """
				{"slug":"","name":"","adminEmail":"ne-adresas"}""");
		assertThat(invalid.status()).isEqualTo(400);
		assertThat(invalid.contentType()).startsWith("application/problem+json");
		assertThat(invalid.<List<String>>json("$.errors[*].field")).containsExactlyInAnyOrder("slug", "name",
				"adminEmail");
		assertThat(invalid.<List<String>>json("$.errors[?(@.field == 'adminEmail')].message"))
			.containsExactly("Neteisingas el. pašto adresas.");

		ApiClient.Response english = platform().inLanguage("en").post("/api/v1/networks", """
				{"slug":"nsmot","name":"Kitas","adminEmail":"kitas@example.lt","adminPassword":"ilgas-slaptazodis"}""");
		assertThat(english.status()).isEqualTo(400);
		assertThat(english.<List<String>>json("$.errors[*].message"))
			.containsExactly("The address word \"nsmot\" is already taken.");

		ApiClient.Response badSlug = platform().post("/api/v1/networks", """
				{"slug":"Šilutė tinklas","name":"Kitas","adminEmail":"kitas@example.lt"}""");
		assertThat(badSlug.<List<String>>json("$.errors[*].field")).containsExactly("slug");

		ApiClient.Response shortPassword = platform().post("/api/v1/networks", """
				{"slug":"trumpas","name":"Kitas","adminEmail":"kitas@example.lt","adminPassword":"trumpas"}""");
		assertThat(shortPassword.status()).isEqualTo(400);
		assertThat(shortPassword.<List<String>>json("$.errors[*].field")).containsExactly("adminPassword");

		ApiClient.Response notJson = platform().post("/api/v1/networks", "{\"slug\": ");
		assertThat(notJson.status()).isEqualTo(400);
		assertThat(notJson.<String>json("$.detail")).contains("JSON");

		assertThat(networks.all()).hasSize(before);
		assertThat(networks.bySlug("trumpas")).isEmpty();
	}

	@Test
	void aBadAddressOrATakenSlugInvitesNobodyAndCreatesNothing() {
		int before = networks.all().size();
		ApiClient.Response badEmail = platform().inLanguage("en").post("/api/v1/networks", """
				{"slug":"be-adreso","name":"Be adreso","adminEmail":"vadove.be-adreso.lt"}""");
		assertThat(badEmail.status()).isEqualTo(400);
		assertThat(badEmail.<List<String>>json("$.errors[*].field")).containsExactly("adminEmail");
		assertThat(badEmail.<List<String>>json("$.errors[*].message")).allSatisfy(m -> assertThat(m).isNotBlank());

		ApiClient.Response taken = platform().post("/api/v1/networks", """
				{"slug":"nsmot","name":"Antras NSMOT","adminEmail":"antras@nsmot-kitas.lt"}""");
		assertThat(taken.status()).isEqualTo(400);
		assertThat(taken.<List<String>>json("$.errors[*].field")).containsExactly("slug");

		assertThat(networks.all()).hasSize(before);
		assertThat(networks.bySlug("be-adreso")).isEmpty();
		assertThat(TestMail.countTo("antras@nsmot-kitas.lt")).isZero();
		assertThat(ApiClient.basic(port, "antras@nsmot-kitas.lt", "bet-koks-slaptazodis").get("/api/v1/me").status())
			.isEqualTo(401);
	}

	@Test
	void theApiDescriptionSaysTheFirstAdminIsInvitedAndThePasswordIsOptional() {
		ApiClient.Response docs = ApiClient.anonymous(port).get("/api/docs/openapi.json");
		assertThat(docs.<String>json("$.paths['/api/v1/networks'].post.description"))
			.contains("invited by mail", "adminPassword is accepted for automation");
		assertThat(docs.<List<String>>json("$.components.schemas.CreateNetwork.required"))
			.containsExactlyInAnyOrder("slug", "name", "adminEmail");
	}

	@Test
	void onlyThePlatformAdminCreatesNetworks() {
		String body = """
				{"slug":"neleista","name":"Neleista","adminEmail":"x@example.lt","adminPassword":"ilgas-slaptazodis"}""";
		ApiClient.Response staff = ApiClient.basic(port, DemoAccounts.NSMOT_ADMIN.email(), DemoAccounts.PASSWORD)
			.post("/api/v1/networks", body);
		assertThat(staff.status()).isEqualTo(403);
		assertThat(staff.contentType()).startsWith("application/problem+json");
		ApiClient.Response anonymous = ApiClient.anonymous(port).post("/api/v1/networks", body);
		assertThat(anonymous.status()).isEqualTo(401);
		assertThat(anonymous.<String>json("$.title")).isEqualTo("Neprisijungta");
		assertThat(networks.bySlug("neleista")).isEmpty();
	}
}
