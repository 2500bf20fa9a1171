package lt.tinklas.shared.web;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.util.ArrayList;
import java.util.List;

import lt.tinklas.demo.DemoAccounts;
import lt.tinklas.testing.TinklasTest;
import lt.tinklas.testing.WebSession;
import org.junit.jupiter.api.Test;
import org.springframework.boot.test.web.server.LocalServerPort;

/**
 * What a load balancer in front of several nodes asks: the health of a node, its liveness and its
 * readiness (with the database), on the main port, without credentials. It hears only whether the
 * node is up, gets no session, and may ask as often as it likes; nothing else of Actuator is there,
 * not even for the platform admin.
 */
@TinklasTest
class HealthEndpointTests {

	static final List<String> HEALTH = List.of("/actuator/health", "/actuator/health/liveness",
			"/actuator/health/readiness");
	static final List<String> NOT_EXPOSED = List.of("/actuator", "/actuator/env", "/actuator/beans",
			"/actuator/configprops", "/actuator/mappings", "/actuator/metrics", "/actuator/loggers",
			"/actuator/heapdump", "/actuator/threaddump", "/actuator/info", "/actuator/sessions");
	/** A health component by its name: not shown to anyone (a browser, asking for a page, hears 406). */
	static final List<String> COMPONENTS = List.of("/actuator/health/db", "/actuator/health/diskSpace",
			"/actuator/health/ping");

	@LocalServerPort
	int port;

	final HttpClient client = HttpClient.newBuilder().followRedirects(HttpClient.Redirect.NEVER).build();

	@Test
	void anonymousCallerHearsOnlyThatTheNodeIsUpAndGetsNoCookie() {
		for (String path : HEALTH) {
			HttpResponse<String> response = get(path);
			assertThat(response.statusCode()).as(path).isEqualTo(200);
			assertThat(response.body()).as(path).isEqualTo("{\"status\":\"UP\"}");
			assertThat(response.headers().firstValue("Content-Type")).as(path)
				.hasValueSatisfying(type -> assertThat(type).contains("json"));
			assertThat(response.headers().allValues("Set-Cookie")).as(path).isEmpty();
		}
	}

	@Test
	void aProbeEveryFewSecondsIsNeverRefused() {
		List<Integer> statuses = new ArrayList<>();
		for (int i = 0; i < 150; i++) {
			statuses.add(get("/actuator/health/readiness").statusCode());
		}
		assertThat(statuses).containsOnly(200);
	}

	@Test
	void theRestOfActuatorIsNotThereForAnonymousCallers() {
		for (String path : NOT_EXPOSED) {
			assertThat(get(path).statusCode()).as(path).isEqualTo(404);
		}
		for (String path : COMPONENTS) {
			assertThat(get(path).statusCode()).as(path).isEqualTo(404);
		}
	}

	@Test
	void theRestOfActuatorIsNotThereForThePlatformAdminEither() {
		WebSession admin = WebSession.signedIn(port, DemoAccounts.PLATFORM_ADMIN, DemoAccounts.PASSWORD);
		// signed in indeed: the platform's own pages open
		assertThat(admin.get("/admin/networks").status()).isEqualTo(200);
		for (String path : NOT_EXPOSED) {
			assertThat(admin.get(path).status()).as(path).isEqualTo(404);
		}
		for (String path : COMPONENTS) {
			assertThat(admin.get(path).status()).as(path).isIn(404, 406);
		}
	}

	private HttpResponse<String> get(String path) {
		try {
			return client.send(HttpRequest.newBuilder(URI.create("http://localhost:" + port + path)).GET().build(),
					HttpResponse.BodyHandlers.ofString());
		}
		catch (IOException e) {
			throw new AssertionError(e);
		}
		catch (InterruptedException e) {
			Thread.currentThread().interrupt();
			throw new AssertionError(e);
		}
	}
}
