package lt.tinklas.people;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import java.util.Map;

import lt.tinklas.demo.DemoAccounts;
import lt.tinklas.networks.Networks;
import lt.tinklas.testing.FreshNetwork;
import lt.tinklas.testing.TestDatabase;
import lt.tinklas.testing.TinklasTest;
import lt.tinklas.testing.WebSession;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.jdbc.core.simple.JdbcClient;

/**
 * People without activity for the network's years: listed only when the network set the years,
 * erased through the erasure's question or kept with a recorded reason; a board member may not see them.
 */
@TinklasTest
class InactivePeopleTests {

	@LocalServerPort
	int port;

	@Autowired
	Networks networks;

	/** The database as its owner sees it, for the test's own setup and checks. */
	JdbcClient jdbc = TestDatabase.ownerJdbc();

	@Test
	void staffEraseOrKeepThoseInactiveForTheNetworksYears() {
		FreshNetwork fresh = FreshNetwork.create(port, "neaktyvus", "Neaktyvių tinklas");
		long networkId = networks.bySlug("neaktyvus").orElseThrow().id();
		long old = fresh.person("Senas", "Narys", "senas@neaktyvus.lt");
		long kept = fresh.person("Paliekamas", "Narys", "paliekamas@neaktyvus.lt");
		long recent = fresh.person("Naujas", "Narys", "naujas@neaktyvus.lt");
		long attended = fresh.person("Dalyvis", "Narys", "dalyvis@neaktyvus.lt");
		long event = fresh.event("TRAINING", "Neseni mokymai", "2026-03-02T10:00:00+02:00", "2026-03-02T12:00:00+02:00", 2);
		assertThat(fresh.admin().post(fresh.api() + "/events/" + event + "/participants",
				"{\"personId\":" + attended + ",\"status\":\"ATTENDED\"}").status()).isEqualTo(201);
		// their records were made six years ago
		jdbc.sql("update person set created_at = created_at - interval '6 years' where id in (:ids)")
			.param("ids", List.of(old, kept, attended)).update();
		jdbc.sql("""
				update revinfo set changed_at = changed_at - 6 * 365 * 86400000::bigint
				where id in (select rev from person_aud where id in (:ids))""")
			.param("ids", List.of(old, kept, attended)).update();

		WebSession admin = fresh.signedIn();
		assertThat(admin.get("/n/neaktyvus/people/inactive").text())
			.contains("Tinklas nesiūlo ištrinti nė vieno žmogaus").doesNotContain("Senas Narys");

		admin.post("/n/neaktyvus/settings", "/n/neaktyvus/settings/retention", Map.of("outboxBodyDays", "90",
				"unconfirmedRegistrationDays", "30", "feedbackLinkDays", "180", "inactivePersonYears", "5"));
		String listed = admin.get("/n/neaktyvus/people/inactive").text();
		assertThat(listed).contains("Senas Narys", "Paliekamas Narys").doesNotContain("Naujas Narys", "Dalyvis Narys");

		String page = "/n/neaktyvus/people/inactive";
		WebSession.Page refused = admin.post(page, "/n/neaktyvus/people/" + kept + "/keep", Map.of("reason", " "));
		assertThat(refused.status()).isEqualTo(200);
		assertThat(refused.text()).contains("Nurodykite, kodėl žmogų paliekate.");
		assertThat(admin.post(page, "/n/neaktyvus/people/" + kept + "/keep", Map.of("reason", "x".repeat(1001))).text())
			.contains("Priežastis gali būti ne ilgesnė nei 1000 simbolių.");
		assertThat(keptReasons(kept)).isZero();

		assertThat(admin.post(page, "/n/neaktyvus/people/" + kept + "/keep",
				Map.of("reason", "Tęsiama paramos sutartis")).location()).endsWith(page);
		assertThat(admin.get(page).text()).contains("Paliktas; priežastis įrašyta.", "Senas Narys")
			.doesNotContain("Paliekamas Narys");
		assertThat(jdbc.sql("select reason from person_kept where person_id = ?").param(kept).query(String.class)
			.single()).isEqualTo("Tęsiama paramos sutartis");

		// erasing goes through the erasure's question with the request's reference
		assertThat(admin.get(page).html()).contains("/n/neaktyvus/people/" + old + "/erasure");
		String erasure = "/n/neaktyvus/people/" + old + "/erasure";
		assertThat(admin.post(erasure, erasure, Map.of("reference", "Saugojimo terminas 2026-12")).status())
			.isEqualTo(302);
		assertThat(admin.get(page).text()).doesNotContain("Senas Narys").contains("Nė vienas žmogus");
		assertThat(jdbc.sql("select count(*) from person where id = ? and erased_at is not null and network_id = ?")
			.param(old).param(networkId).query(Long.class).single()).isEqualTo(1);
	}

	long keptReasons(long person) {
		return jdbc.sql("select count(*) from person_kept where person_id = ?").param(person).query(Long.class).single();
	}

	@Test
	void theBoardMayNotSeeOrDecide() {
		WebSession board = WebSession.signedIn(port, DemoAccounts.NSMOT_BOARD.email(), DemoAccounts.PASSWORD);
		assertThat(board.get("/n/nsmot/people/inactive").status()).isEqualTo(403);
	}
}
