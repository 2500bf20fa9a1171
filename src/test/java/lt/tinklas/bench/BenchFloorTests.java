package lt.tinklas.bench;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.Locale;
import java.util.UUID;

import lt.tinklas.TinklasApplication;
import lt.tinklas.demo.DemoAccounts;
import lt.tinklas.networks.Networks;
import lt.tinklas.shared.tenancy.NetworkRef;
import lt.tinklas.testing.ApiClient;
import lt.tinklas.testing.TinklasTest;
import lt.tinklas.testing.WebSession;
import org.junit.jupiter.api.Nested;
import org.junit.jupiter.api.Test;
import org.springframework.boot.builder.SpringApplicationBuilder;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.boot.web.server.context.WebServerApplicationContext;
import org.springframework.context.ConfigurableApplicationContext;

/** The load benchmark's floor answers only in the profile {@code bench}, and there to anyone. */
class BenchFloorTests {

	@Nested
	@TinklasTest
	class WithoutTheProfile {

		@LocalServerPort
		int port;

		@Test
		void theFloorDoesNotExist() {
			WebSession staff = WebSession.signedIn(port, DemoAccounts.NSMOT_STAFF.email(), DemoAccounts.PASSWORD);
			assertThat(staff.get("/bench/floor").status()).isEqualTo(404);
			assertThat(staff.get("/bench/floor.json").status()).isEqualTo(404);
			assertThat(staff.get("/n/nsmot/bench/layout").status()).isEqualTo(404);
			assertThat(ApiClient.basic(port, DemoAccounts.NSMOT_STAFF.email(), DemoAccounts.PASSWORD)
				.get("/api/v1/bench/floor")
				.status()).isEqualTo(404);
		}

		@Test
		void anAnonymousCallerIsSentToSignIn() {
			WebSession.Page page = new WebSession(port).get("/bench/floor");
			assertThat(page.status()).isEqualTo(302);
			assertThat(page.location()).endsWith("/login");
		}
	}

	@Test
	void inTheProfileTheFloorNamesANetworkToAnyoneAndTheApiFloorWantsASignIn() {
		try (ConfigurableApplicationContext context = new SpringApplicationBuilder(TinklasApplication.class)
			.profiles("bench")
			.properties("spring.main.banner-mode=off")
			.run("--server.port=0",
					"--spring.datasource.url=jdbc:h2:mem:bench-" + UUID.randomUUID()
							+ ";MODE=PostgreSQL;DATABASE_TO_LOWER=TRUE;DEFAULT_NULL_ORDERING=HIGH;DB_CLOSE_DELAY=-1",
					"--tinklas.admin.email=platforma@bench.test", "--tinklas.admin.password=ilgas-slaptazodis")) {
			NetworkRef network = context.getBean(Networks.class)
				.create(new Networks.NewNetwork("grindys", "Grindų tinklas", "admin@bench.test", "Administratorė",
						"ilgas-slaptazodis", false), Locale.forLanguageTag("lt"));
			int port = ((WebServerApplicationContext) context).getWebServer().getPort();

			WebSession.Page page = new WebSession(port).get("/bench/floor?id=" + network.id());
			assertThat(page.status()).isEqualTo(200);
			assertThat(page.text()).contains("Grindų tinklas");
			assertThat(new WebSession(port).get("/bench/floor?id=" + (network.id() + 1000)).status()).isEqualTo(404);
			assertThat(ApiClient.anonymous(port).get("/bench/floor.json?id=" + network.id()).body())
				.contains("Grindų tinklas");

			assertThat(ApiClient.anonymous(port).get("/api/v1/bench/floor?id=" + network.id()).status()).isEqualTo(401);
			// (the network's admin: the platform admin of a production start reaches the API by token only)
			ApiClient.Response signedIn = ApiClient.basic(port, "admin@bench.test", "ilgas-slaptazodis")
				.get("/api/v1/bench/floor?id=" + network.id());
			assertThat(signedIn.status()).isEqualTo(200);
			assertThat(signedIn.body()).contains("Grindų tinklas");

			// the floor in a staff page's frame: for the network's signed-in people only
			WebSession admin = WebSession.signedIn(port, "admin@bench.test", "ilgas-slaptazodis");
			WebSession.Page framed = admin.get("/n/grindys/bench/layout");
			assertThat(framed.status()).isEqualTo(200);
			assertThat(framed.text()).contains("Grindų tinklas", "Atsijungti");
			assertThat(new WebSession(port).get("/n/grindys/bench/layout").location()).endsWith("/login");
		}
	}
}
