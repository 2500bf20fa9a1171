package lt.tinklas.networks;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import java.util.Map;

import lt.tinklas.demo.DemoAccounts;
import lt.tinklas.networks.application.NetworkRetention;
import lt.tinklas.networks.application.RetentionSettings;
import lt.tinklas.testing.ApiClient;
import lt.tinklas.testing.FreshNetwork;
import lt.tinklas.testing.TinklasTest;
import lt.tinklas.testing.WebSession;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;

/**
 * The retention periods on the settings page and in the API: the defaults, a save, bad periods
 * marked per field and changing nothing, and staff who may read but not change them.
 */
@TinklasTest
class RetentionSettingsTests {

	@LocalServerPort
	int port;

	@Autowired
	Networks networks;

	@Autowired
	NetworkRetention retention;

	@Test
	void theAdminSetsThePeriodsOnTheSettingsPage() {
		FreshNetwork fresh = FreshNetwork.create(port, "terminai", "Terminų tinklas");
		long id = networks.bySlug("terminai").orElseThrow().id();
		WebSession admin = fresh.signedIn();
		String page = admin.get("/n/terminai/settings").text();
		assertThat(page).contains("Kiek laiko tinklas saugo duomenis", "Išsiųstų laiškų tekstai saugomi (dienų)",
				"Dar nevykdyta.");
		assertThat(retention.settings(id)).isEqualTo(new RetentionSettings(90, 30, 180, null));

		WebSession.Page saved = admin.post("/n/terminai/settings", "/n/terminai/settings/retention",
				Map.of("outboxBodyDays", "60", "unconfirmedRegistrationDays", "14", "feedbackLinkDays", "365",
						"inactivePersonYears", "5"));
		assertThat(saved.location()).contains("/n/terminai/settings");
		assertThat(admin.get("/n/terminai/settings").text()).contains("Išsaugota.");
		assertThat(retention.settings(id)).isEqualTo(new RetentionSettings(60, 14, 365, 5));

		admin.post("/n/terminai/settings", "/n/terminai/settings/retention", Map.of("outboxBodyDays", "60",
				"unconfirmedRegistrationDays", "14", "feedbackLinkDays", "365", "inactivePersonYears", ""));
		assertThat(retention.settings(id).inactivePersonYears()).isNull();
	}

	@Test
	void badPeriodsAreMarkedPerFieldAndChangeNothing() {
		FreshNetwork fresh = FreshNetwork.create(port, "terminai-blogi", "Blogų terminų tinklas");
		long id = networks.bySlug("terminai-blogi").orElseThrow().id();
		WebSession admin = fresh.signedIn();
		RetentionSettings before = retention.settings(id);

		WebSession.Page refused = admin.post("/n/terminai-blogi/settings", "/n/terminai-blogi/settings/retention",
				Map.of("outboxBodyDays", "-1", "unconfirmedRegistrationDays", "100000", "feedbackLinkDays", "",
						"inactivePersonYears", "daug"));
		assertThat(refused.status()).isEqualTo(200);
		assertThat(refused.text()).contains("Pataisykite pažymėtus laukus.", "Šis laukas privalomas.");
		assertThat(refused.body()).contains("value=\"-1\"", "value=\"100000\"");
		assertThat(refused.html()).contains("outboxBodyDays-error", "unconfirmedRegistrationDays-error",
				"feedbackLinkDays-error", "inactivePersonYears-error");
		assertThat(retention.settings(id)).isEqualTo(before);

		ApiClient api = fresh.admin();
		ApiClient.Response bad = api.put("/api/v1/networks/terminai-blogi/retention",
				"{\"outboxBodyDays\":0,\"unconfirmedRegistrationDays\":30,\"feedbackLinkDays\":4000,\"inactivePersonYears\":-2}");
		assertThat(bad.status()).isEqualTo(400);
		assertThat(bad.<List<String>>json("$.errors[*].field"))
			.containsExactlyInAnyOrder("outboxBodyDays", "feedbackLinkDays", "inactivePersonYears");
		assertThat(retention.settings(id)).isEqualTo(before);

		ApiClient.Response good = api.put("/api/v1/networks/terminai-blogi/retention",
				"{\"outboxBodyDays\":30,\"unconfirmedRegistrationDays\":7,\"feedbackLinkDays\":90,\"inactivePersonYears\":null}");
		assertThat(good.status()).isEqualTo(200);
		assertThat(good.<Integer>json("$.feedbackLinkDays")).isEqualTo(90);
		assertThat(api.get("/api/v1/networks/terminai-blogi/retention").<Integer>json("$.outboxBodyDays")).isEqualTo(30);
	}

	@Test
	void staffReadThePeriodsButMayNotChangeThem() {
		long nsmot = networks.bySlug("nsmot").orElseThrow().id();
		RetentionSettings before = retention.settings(nsmot);
		WebSession staff = WebSession.signedIn(port, DemoAccounts.NSMOT_STAFF.email(), DemoAccounts.PASSWORD);
		String page = staff.get("/n/nsmot/settings").text();
		assertThat(page).contains("Kiek laiko tinklas saugo duomenis");
		assertThat(staff.post("/n/nsmot/settings", "/n/nsmot/settings/retention", Map.of("outboxBodyDays", "1",
				"unconfirmedRegistrationDays", "1", "feedbackLinkDays", "1")).status()).isEqualTo(403);
		assertThat(ApiClient.basic(port, DemoAccounts.NSMOT_STAFF.email(), DemoAccounts.PASSWORD)
			.put("/api/v1/networks/nsmot/retention",
					"{\"outboxBodyDays\":1,\"unconfirmedRegistrationDays\":1,\"feedbackLinkDays\":1}")
			.status()).isEqualTo(403);
		assertThat(retention.settings(nsmot)).isEqualTo(before);
	}
}
