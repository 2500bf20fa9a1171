package lt.tinklas;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.UUID;

import lt.tinklas.demo.DemoAccounts;
import lt.tinklas.networks.Networks;
import lt.tinklas.shared.text.SearchText;
import lt.tinklas.testing.ApiClient;
import lt.tinklas.testing.TestMail;
import lt.tinklas.testing.WebSession;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.test.context.DynamicPropertyRegistry;
import org.springframework.test.context.DynamicPropertySource;

/**
 * The README's first command in miniature: an H2 file database (PostgreSQL mode), the migrations,
 * the demo data, and the main pages rendered for the demo's users.
 */
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT,
		properties = { "tinklas.demo.enabled=true", "spring.datasource.username=sa", "spring.datasource.password=",
				"tinklas.security.platform-admin-second-factor=false" })
class EmbeddedDefaultTests {

	@DynamicPropertySource
	static void embeddedDatabase(DynamicPropertyRegistry registry) {
		registry.add("spring.datasource.url", () -> "jdbc:h2:file:./target/h2-test/tinklas-" + UUID.randomUUID()
				+ ";MODE=PostgreSQL;DATABASE_TO_LOWER=TRUE;DEFAULT_NULL_ORDERING=HIGH");
		registry.add("spring.mail.host", () -> "127.0.0.1");
		registry.add("spring.mail.port", TestMail::port);
	}

	@LocalServerPort
	int port;

	@Autowired
	Networks networks;

	@Autowired
	JdbcClient jdbc;

	@Test
	void startsMigratesAndLoadsTheSeedsNetworks() {
		assertThat(networks.all()).extracting(Networks.NetworkSummary::name)
			.containsExactly("Nacionalinis skurdo mažinimo organizacijų tinklas", "NVO vaikams konfederacija");
		long nsmot = networks.bySlug("nsmot").orElseThrow().id();
		assertThat(networks.settings(nsmot).mission())
			.isEqualTo("Mažinti skurdą ir socialinę atskirtį, telkiant ir stiprinant NVO.");
		assertThat(networks.settings(nsmot).values()).startsWith("Pagarba žmogaus teisėms");
	}

	@Test
	void rendersTheMainPagesForTheDemoUsers() {
		WebSession anonymous = new WebSession(port);
		assertThat(anonymous.get("/").text()).contains("NVO vaikams konfederacija");
		assertThat(anonymous.get("/login").text()).contains("Prisijungimas");

		WebSession admin = WebSession.signedIn(port, DemoAccounts.NSMOT_ADMIN.email(), DemoAccounts.PASSWORD);
		assertThat(admin.get("/").text()).contains("Mano tinklai", "Tinklo administratorius");
		assertThat(admin.get("/n/nsmot").text()).contains("NVO balsas, reikšmingai keičiantis socialinę politiką.",
				"Solidarumas");
		assertThat(admin.get("/n/nsmot/settings").text()).contains("NSMOT/{yy}/{mm}/{dd}/{seq:2}",
				"Pakeitimų istorija");
		assertThat(admin.get("/n/nsmot/users").text()).contains(DemoAccounts.NSMOT_MEMBER.name(), "Nario atstovas");
		assertThat(admin.get("/account").text()).contains("Asmeniniai API raktai");
		// where members are missing and the campaign's figures: their SQL runs on H2 too
		assertThat(admin.get("/n/nsmot/growth?municipality=LT-46").text()).contains("Šilutės vaikų dienos centras „Saulutė“",
				"atitinka pavadinimu", "Registro duomenys 2026-11-30");
		assertThat(admin.get("/n/nsmot/growth/campaigns").text()).contains("2026 kvietimas prisijungti");

		// the yearly report asks every metric, so each one's SQL runs on H2 too
		WebSession children = WebSession.signedIn(port, DemoAccounts.CHILDREN_ADMIN.email(), DemoAccounts.PASSWORD);
		assertThat(children.get("/n/nvo-vaikams/reports/annual/2018").text()).contains("Apdovanojimų laureatų 5 0 ",
				"Projektų dalyvių 0 0 ");

		// H2 sorts and pages names in Lithuanian order too (its function lithuanian(), db/vendor/h2)
		ApiClient api = ApiClient.basic(port, DemoAccounts.NSMOT_STAFF.email(), DemoAccounts.PASSWORD);
		assertThat(api.get("/api/v1/networks/nsmot/people?q=%40pavyzdys").<List<String>>json("$[*].lastName"))
			.containsExactly("Ąžuolienė", "Cibulskis", "Čepulis", "Černiauskas", "Ivanauskienė", "Šilinskaitė",
					"Žukauskaitė");
		List<String> organizations = new ArrayList<>();
		for (int page = 0; page < 6; page++) {
			organizations.addAll(api.get("/api/v1/networks/nsmot/organizations?size=10&page=" + page)
				.<List<String>>json("$.items[*].name"));
		}
		assertThat(organizations).hasSize(57).isSortedAccordingTo(SearchText.collator());
		assertThat(admin.get("/n/nsmot/organizations?q=silutes").text()).contains("Šilutės");

		WebSession platform = WebSession.signedIn(port, DemoAccounts.PLATFORM_ADMIN, DemoAccounts.PASSWORD);
		assertThat(platform.get("/admin/networks").text()).contains("nvo-vaikams", "nsmot");
		assertThat(platform.get("/admin/outbox").status()).isEqualTo(200);
	}

	/** Every kind of a segment's part reads the records on H2 as on PostgreSQL (people's workplaces and consents have no network column there). */
	@Test
	void segmentsOfEveryKindReadTheRecordsOnH2Too() {
		ApiClient api = ApiClient.basic(port, DemoAccounts.NSMOT_STAFF.email(), DemoAccounts.PASSWORD);
		int kind = api.get("/api/v1/networks/nsmot/consent-kinds").<List<Integer>>json("$[?(@.purpose == 'NEWSLETTERS')].id")
			.get(0);
		ApiClient.Response segment = api.post("/api/v1/networks/nsmot/segments", """
				{"name":"Visi būdai","parts":[
				 {"type":"ORGANIZATION_CONTACTS","membershipStatus":"MEMBER","qualityStage":"CERTIFIED"},
				 {"type":"ORGANIZATION_CONTACTS","county":"LT-AL"},
				 {"type":"WORKING_GROUP"},
				 {"type":"EVENT_ATTENDEES","eventType":"TRAINING","from":"2018-01-01","to":"2026-12-31"},
				 {"type":"CONSENT","consentKindId":%d},
				 {"type":"BOARD"},
				 {"type":"LIST","emails":["niekas@niekur.lt"],"exclude":true}]}""".formatted(kind));
		assertThat(segment.status()).as(segment.body()).isEqualTo(201);
		ApiClient.Response preview = api.post("/api/v1/networks/nsmot/segments/" + segment.<Integer>json("$.id") + "/preview",
				null);
		assertThat(preview.status()).as(preview.body()).isEqualTo(200);
		assertThat(preview.<List<Object>>json("$.receivers")).isNotEmpty();
		WebSession staff = WebSession.signedIn(port, DemoAccounts.NSMOT_STAFF.email(), DemoAccounts.PASSWORD);
		assertThat(staff.get("/n/nsmot/newsletters").text()).contains("Naujienlaiškis 2025 m. kovas");
		assertThat(staff.get("/n/nsmot/newsletters/segments/" + segment.<Integer>json("$.id")).text())
			.contains("Auditorija pasiekia");
	}

	/** On H2 the failed sign-ins are counted in its table and the limits kept in memory, as on PostgreSQL. */
	@Test
	void countsFailedSignInsAndLimitsRequestsOnH2Too() {
		ApiClient wrong = ApiClient.basic(port, "niekas@nezinomas.lt", "neteisingas").from("192.0.2.77");
		for (int attempt = 1; attempt <= 5; attempt++) {
			assertThat(wrong.get("/api/v1/me").status()).isEqualTo(401);
		}
		// the fifth failure makes the next try wait; here as if the attack had gone on for a while
		jdbc.sql("update sign_in_failure set wait_until = ? where subject = ?")
			.param(java.sql.Timestamp.from(java.time.Instant.now().plusSeconds(600)))
			.param("account:niekas@nezinomas.lt")
			.update();
		ApiClient.Response waiting = wrong.get("/api/v1/me");
		assertThat(waiting.status()).isEqualTo(429);
		assertThat(waiting.header("Retry-After")).isNotNull();

		WebSession asking = new WebSession(port).from("192.0.2.78");
		for (int i = 0; i < 30; i++) {
			assertThat(asking.post("/password-reset", "/password-reset", Map.of("email", "ne adresas")).status())
				.isEqualTo(200);
		}
		assertThat(asking.post("/password-reset", "/password-reset", Map.of("email", "ne adresas")).status())
			.isEqualTo(429);
	}
}
