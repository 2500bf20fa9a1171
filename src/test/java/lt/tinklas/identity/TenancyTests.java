package lt.tinklas.identity;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import java.util.Map;

import lt.tinklas.demo.DemoAccounts;
import lt.tinklas.networks.NetworkSettings;
import lt.tinklas.networks.Networks;
import lt.tinklas.shared.tenancy.Tenancy;
import lt.tinklas.testing.ApiClient;
import lt.tinklas.testing.TinklasTest;
import lt.tinklas.testing.WebSession;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;
import tools.jackson.databind.json.JsonMapper;

/**
 * Signed in as network A's admin (NSMOT), reading and writing network B's records (the NGO
 * Confederation for Children) through pages and the API, by URL and by guessed ids: every attempt
 * is answered 404 and nothing of B changes.
 */
@TinklasTest
class TenancyTests {

	@LocalServerPort
	int port;

	@Autowired
	Networks networks;

	@Autowired
	Users users;

	@Test
	void networkBsPagesDoNotExistForNetworkAsAdmin() {
		WebSession admin = WebSession.signedIn(port, DemoAccounts.NSMOT_ADMIN.email(), DemoAccounts.PASSWORD);
		long b = networkB();
		NetworkSettings before = networks.settings(b);
		long bStaffRole = roleIdIn(b, DemoAccounts.CHILDREN_STAFF.email());

		assertThat(admin.get("/n/nvo-vaikams").status()).isEqualTo(404);
		assertThat(admin.get("/n/nvo-vaikams/settings").status()).isEqualTo(404);
		assertThat(admin.get("/n/nvo-vaikams/users").status()).isEqualTo(404);
		assertThat(admin.get("/n/nvo-vaikams/users/" + bStaffRole).status()).isEqualTo(404);
		assertThat(admin.post("/n/nsmot", "/n/nvo-vaikams/settings", Map.of("name", "Pakeista", "letterNumberPattern",
				"X/{seq}", "version", String.valueOf(before.version()))).status()).isEqualTo(404);
		assertThat(admin.post("/n/nsmot", "/n/nvo-vaikams/users", Map.of("email", "isibrovelis@nsmot.demo",
				"displayName", "Įsibrovėlis", "role", "STAFF")).status()).isEqualTo(404);

		// guessed ids: B's role through A's own address
		assertThat(admin.get("/n/nsmot/users/" + bStaffRole).status()).isEqualTo(404);
		assertThat(admin.post("/n/nsmot", "/n/nsmot/users/" + bStaffRole,
				Map.of("role", "BOARD", "version", "0")).status()).isEqualTo(404);
		assertThat(admin.post("/n/nsmot", "/n/nsmot/users/" + bStaffRole + "/delete", Map.of()).status())
			.isEqualTo(404);

		assertThat(networks.settings(b)).isEqualTo(before);
		assertThat(roleIdIn(b, DemoAccounts.CHILDREN_STAFF.email())).isEqualTo(bStaffRole);
		assertThat(Tenancy.runAs(b, () -> users.member(bStaffRole)).role()).isEqualTo(Role.STAFF);
		assertThat(users.exists("isibrovelis@nsmot.demo")).isFalse();
	}

	@Test
	void networkBsApiDoesNotExistForNetworkAsAdmin() {
		ApiClient admin = ApiClient.basic(port, DemoAccounts.NSMOT_ADMIN.email(), DemoAccounts.PASSWORD);
		long b = networkB();
		NetworkSettings before = networks.settings(b);

		ApiClient.Response read = admin.get("/api/v1/networks/nvo-vaikams/settings");
		assertThat(read.status()).isEqualTo(404);
		assertThat(read.contentType()).startsWith("application/problem+json");
		assertThat(read.body()).doesNotContain(before.name());

		ApiClient.Response write = admin.put("/api/v1/networks/nvo-vaikams/settings",
				json(withReading(renamed(before, "Pakeista"), true)));
		assertThat(write.status()).isEqualTo(404);

		ApiClient.Response list = admin.get("/api/v1/networks");
		assertThat(list.<List<String>>json("$[*].slug")).containsExactly("nsmot");

		assertThat(networks.settings(b)).isEqualTo(before);
	}

	@Test
	void aPlatformAdminReadsANetworkOnlyWhereItsSettingAllowsAndNeverWrites() {
		ApiClient platform = ApiClient.basic(port, DemoAccounts.PLATFORM_ADMIN, DemoAccounts.PASSWORD);
		WebSession platformPages = WebSession.signedIn(port, DemoAccounts.PLATFORM_ADMIN, DemoAccounts.PASSWORD);
		long b = networkB();
		assertThat(platform.get("/api/v1/networks/nvo-vaikams/settings").status()).isEqualTo(404);
		assertThat(platformPages.get("/n/nvo-vaikams/settings").status()).isEqualTo(404);

		ApiClient bAdmin = ApiClient.basic(port, DemoAccounts.CHILDREN_ADMIN.email(), DemoAccounts.PASSWORD);
		NetworkSettings settings = networks.settings(b);
		try {
			assertThat(bAdmin.put("/api/v1/networks/nvo-vaikams/settings", json(withReading(settings, true)))
				.status()).isEqualTo(200);

			assertThat(platform.get("/api/v1/networks/nvo-vaikams/settings").status()).isEqualTo(200);
			WebSession.Page read = platformPages.get("/n/nvo-vaikams/settings");
			assertThat(read.status()).isEqualTo(200);
			// the network admins' form, read: nothing to type in and no save button
			assertThat(read.html()).contains("<fieldset disabled=\"disabled\">").doesNotContain("class=\"btn btn-primary\"");
			NetworkSettings allowed = networks.settings(b);
			assertThat(platform.put("/api/v1/networks/nvo-vaikams/settings", json(renamed(allowed, "Pakeista")))
				.status()).isEqualTo(403);
			assertThat(platformPages.post("/n/nvo-vaikams/settings", "/n/nvo-vaikams/settings",
					Map.of("name", "Pakeista", "letterNumberPattern", "X/{seq}", "version",
							String.valueOf(allowed.version())))
				.status()).isEqualTo(403);
			assertThat(networks.settings(b).name()).isEqualTo(settings.name());
		}
		finally {
			bAdmin.put("/api/v1/networks/nvo-vaikams/settings", json(withReading(networks.settings(b), false)));
		}
		assertThat(platform.get("/api/v1/networks/nvo-vaikams/settings").status()).isEqualTo(404);
	}

	static String json(NetworkSettings settings) {
		return new JsonMapper().writeValueAsString(settings);
	}

	static NetworkSettings withReading(NetworkSettings s, boolean platformAdminMayRead) {
		return new NetworkSettings(s.name(), s.shortName(), s.email(), s.phone(), s.website(), s.address(),
				s.mission(), s.vision(), s.values(), s.letterNumberPattern(), platformAdminMayRead, s.nameEn(),
				s.missionEn(), s.visionEn(), s.valuesEn(), s.colour(), s.signerName(), s.signerPosition(),
				s.signerPositionEn(), s.version());
	}

	static NetworkSettings renamed(NetworkSettings s, String name) {
		return new NetworkSettings(name, s.shortName(), s.email(), s.phone(), s.website(), s.address(), s.mission(),
				s.vision(), s.values(), s.letterNumberPattern(), s.platformAdminMayRead(), s.nameEn(), s.missionEn(),
				s.visionEn(), s.valuesEn(), s.colour(), s.signerName(), s.signerPosition(), s.signerPositionEn(),
				s.version());
	}

	private long networkB() {
		return networks.bySlug("nvo-vaikams").orElseThrow().id();
	}

	private long roleIdIn(long network, String email) {
		return Tenancy.runAs(network, () -> users.inCurrentNetwork())
			.stream()
			.filter(user -> user.email().equals(email))
			.findFirst()
			.orElseThrow()
			.roleId();
	}
}
