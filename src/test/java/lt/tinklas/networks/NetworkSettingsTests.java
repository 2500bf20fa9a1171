package lt.tinklas.networks;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;

import lt.tinklas.demo.DemoAccounts;
import lt.tinklas.testing.ApiClient;
import lt.tinklas.testing.TinklasTest;
import lt.tinklas.testing.WebSession;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;
import tools.jackson.databind.json.JsonMapper;

/**
 * The settings page: a save shows in the history (who, which field, from what to what); a save
 * over a stale version is refused with what changed meanwhile and keeps what was typed; invalid
 * input is marked per field and changes nothing. The network used here exists for this test only.
 */
@TinklasTest
class NetworkSettingsTests {

	static final String ADMIN = "admin@istorija.lt";
	static final String PASSWORD = "istorijos-slaptazodis";

	@LocalServerPort
	int port;

	@Autowired
	Networks networks;

	long network(String slug) {
		return networks.bySlug(slug).orElseGet(() -> networks.create(new Networks.NewNetwork(slug,
				"Istorijos tinklas", slug + "-" + ADMIN, "Rasa Istorikė", PASSWORD, false), Locale.ROOT))
			.id();
	}

	Map<String, String> form(NetworkSettings settings) {
		Map<String, String> form = new HashMap<>();
		form.put("name", settings.name());
		form.put("letterNumberPattern", settings.letterNumberPattern());
		form.put("mission", settings.mission() == null ? "" : settings.mission());
		form.put("version", String.valueOf(settings.version()));
		return form;
	}

	@Test
	void aSaveIsKeptInTheHistoryWithWhoAndWhatChanged() {
		long id = network("istorija");
		WebSession admin = WebSession.signedIn(port, "istorija-" + ADMIN, PASSWORD);
		Map<String, String> form = form(networks.settings(id));
		form.put("mission", "Stiprinti bendruomenes");

		WebSession.Page saved = admin.post("/n/istorija/settings", "/n/istorija/settings", form);
		assertThat(saved.location()).endsWith("/n/istorija/settings");

		String page = admin.get("/n/istorija/settings").text();
		assertThat(page).contains("Išsaugota.", "Rasa Istorikė", "pakeista", "Misija", "Stiprinti bendruomenes");
		assertThat(networks.settings(id).mission()).isEqualTo("Stiprinti bendruomenes");
	}

	@Test
	void aStaleSaveIsRefusedShowingWhatChangedMeanwhileAndKeepsWhatWasTyped() {
		long id = network("senas");
		WebSession first = WebSession.signedIn(port, "senas-" + ADMIN, PASSWORD);
		NetworkSettings loaded = networks.settings(id);

		Map<String, String> other = form(loaded);
		other.put("name", "Pervadintas tinklas");
		assertThat(first.post("/n/senas/settings", "/n/senas/settings", other).status()).isEqualTo(302);

		Map<String, String> mine = form(loaded);
		mine.put("mission", "Mano nauja misija");
		WebSession.Page refused = first.post("/n/senas/settings", "/n/senas/settings", mine);
		assertThat(refused.status()).isEqualTo(200);
		assertThat(refused.text()).contains("Kol redagavote, šį įrašą išsaugojo kitas naudotojas",
				"Pavadinimas: Istorijos tinklas → Pervadintas tinklas", "Mano nauja misija");
		assertThat(networks.settings(id).mission()).isNull();
		assertThat(networks.settings(id).name()).isEqualTo("Pervadintas tinklas");
	}

	@Test
	void invalidInputIsMarkedPerFieldAndChangesNothing() {
		long id = network("klaidos");
		WebSession admin = WebSession.signedIn(port, "klaidos-" + ADMIN, PASSWORD);
		NetworkSettings before = networks.settings(id);
		Map<String, String> form = form(before);
		form.put("name", "");
		form.put("website", "www.be-protokolo.lt");
		form.put("letterNumberPattern", "NR/{yy}");
		form.put("mission", "Įvesta, bet neišsaugota");

		WebSession.Page page = admin.post("/n/klaidos/settings", "/n/klaidos/settings", form);
		assertThat(page.status()).isEqualTo(200);
		assertThat(page.text()).contains("Pataisykite pažymėtus laukus.", "Šis laukas privalomas.",
				"Nuoroda turi prasidėti http://, https:// arba mailto:.",
				"Šablone turi būti eilės numeris {seq} arba {seq:2}.");
		assertThat(page.text()).contains("Įvesta, bet neišsaugota");
		assertThat(page.body()).contains("value=\"www.be-protokolo.lt\"");
		assertThat(networks.settings(id)).isEqualTo(before);
	}

	@Test
	void theApiRefusesAStaleVersionWithTheFieldsChangedMeanwhile() {
		long id = network("api-senas");
		ApiClient admin = ApiClient.basic(port, "api-senas-" + ADMIN, PASSWORD);
		NetworkSettings loaded = networks.settings(id);
		JsonMapper json = new JsonMapper();

		NetworkSettings renamed = new NetworkSettings("Naujas vardas", null, null, null, null, null, null, null, null,
				loaded.letterNumberPattern(), false, null, null, null, null, null, null, null, null, loaded.version());
		assertThat(admin.put("/api/v1/networks/api-senas/settings", json.writeValueAsString(renamed)).status())
			.isEqualTo(200);

		ApiClient.Response stale = admin.put("/api/v1/networks/api-senas/settings", json.writeValueAsString(
				new NetworkSettings("Kitas vardas", null, null, null, null, null, "Misija", null, null,
						loaded.letterNumberPattern(), false, null, null, null, null, null, null, null, null,
						loaded.version())));
		assertThat(stale.status()).isEqualTo(409);
		assertThat(stale.<List<String>>json("$.changedMeanwhile[*].field")).containsExactly("name");
		assertThat(stale.<List<String>>json("$.changedMeanwhile[*].to")).containsExactly("Naujas vardas");
		assertThat(networks.settings(id).name()).isEqualTo("Naujas vardas");
		assertThat(networks.settings(id).mission()).isNull();
	}
}
