package lt.tinklas.identity;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.Locale;
import java.util.Map;

import lt.tinklas.demo.DemoAccounts;
import lt.tinklas.networks.Networks;
import lt.tinklas.shared.tenancy.Tenancy;
import lt.tinklas.testing.TestMail;
import lt.tinklas.testing.TinklasTest;
import lt.tinklas.testing.WebSession;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;

/** The network admin adds people, changes their roles and removes them; each change is in the history. */
@TinklasTest
class NetworkUsersTests {

	@LocalServerPort
	int port;

	@Autowired
	Networks networks;

	@Autowired
	Users users;

	@Test
	void addChangeAndRemoveAUserWithEveryStepInTheHistory() {
		long id = networks.create(new Networks.NewNetwork("zmones", "Žmonių tinklas", "admin@zmones.lt",
				"Admina Zmonienė", "zmoniu-slaptazodis", false), Locale.ROOT).id();
		WebSession admin = WebSession.signedIn(port, "admin@zmones.lt", "zmoniu-slaptazodis");

		WebSession.Page added = admin.post("/n/zmones/users", "/n/zmones/users",
				Map.of("displayName", "Naujas Darbuotojas", "email", "naujas@zmones.lt", "role", "STAFF"));
		assertThat(added.location()).endsWith("/n/zmones/users");
		assertThat(TestMail.body(TestMail.latestTo("naujas@zmones.lt"))).contains("Žmonių tinklas");
		assertThat(admin.get("/n/zmones/users").text()).contains("Naujas Darbuotojas", "Pakviestas");

		WebSession.Page twice = admin.post("/n/zmones/users", "/n/zmones/users",
				Map.of("displayName", "Naujas Darbuotojas", "email", "NAUJAS@zmones.lt", "role", "BOARD"));
		assertThat(twice.text()).contains("Šis asmuo jau turi vaidmenį šiame tinkle.");

		long roleId = Tenancy.runAs(id, () -> users.inCurrentNetwork())
			.stream()
			.filter(u -> u.email().equals("naujas@zmones.lt"))
			.findFirst()
			.orElseThrow()
			.roleId();
		String page = "/n/zmones/users/" + roleId;
		assertThat(admin.post(page, page, Map.of("role", "BOARD", "version", "0")).location()).endsWith(page);
		assertThat(admin.get(page).text()).contains("Vaidmuo: Sekretoriato darbuotojas → Valdybos narys", "Admina Zmonienė");

		WebSession.Page stale = admin.post(page, page, Map.of("role", "MEMBER_REP", "version", "0"));
		assertThat(stale.text()).contains("Kol redagavote", "Sekretoriato darbuotojas → Valdybos narys");
		assertThat(Tenancy.runAs(id, () -> users.member(roleId)).role()).isEqualTo(Role.BOARD);

		assertThat(admin.post(page, page + "/delete", Map.of()).location()).endsWith("/n/zmones/users");
		assertThat(admin.get("/n/zmones/users").text()).doesNotContain("Naujas Darbuotojas");
		assertThat(admin.get(page).status()).isEqualTo(404);

		// the deletion is recorded: the network's audit log shows it, with who did it
		String log = admin.get("/n/zmones/history").text();
		assertThat(log).contains("Naudotojo vaidmuo", "ištrinta", "Admina Zmonienė",
				"Vaidmuo: Sekretoriato darbuotojas → Valdybos narys")
			.doesNotContain("#" + roleId);
		WebSession otherAdmin = WebSession.signedIn(port, DemoAccounts.NSMOT_ADMIN.email(),
				DemoAccounts.PASSWORD);
		assertThat(otherAdmin.get("/n/nsmot/history").text()).doesNotContain("Admina Zmonienė");
	}

	@Test
	void theLastAdminCannotBeRemovedOrDemoted() {
		long id = networks.create(new Networks.NewNetwork("vienas", "Vieno admino tinklas", "vienas@vienas.lt",
				"Vienas Adminas", "vieno-slaptazodis", false), Locale.ROOT).id();
		WebSession admin = WebSession.signedIn(port, "vienas@vienas.lt", "vieno-slaptazodis");
		long roleId = Tenancy.runAs(id, () -> users.inCurrentNetwork()).get(0).roleId();
		String page = "/n/vienas/users/" + roleId;

		assertThat(admin.post(page, page, Map.of("role", "STAFF", "version", "0")).text())
			.contains("Tinklas turi turėti bent vieną administratorių.");
		admin.post(page, page + "/delete", Map.of());
		assertThat(admin.get(page).text()).contains("Tinklas turi turėti bent vieną administratorių.");
		assertThat(Tenancy.runAs(id, () -> users.member(roleId)).role()).isEqualTo(Role.NETWORK_ADMIN);
	}
}
