package lt.tinklas.people;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;

import lt.tinklas.testing.FreshNetwork;
import lt.tinklas.testing.TinklasTest;
import lt.tinklas.testing.WebSession;
import org.jsoup.Jsoup;
import org.jsoup.nodes.Document;
import org.junit.jupiter.api.Test;
import org.springframework.boot.test.web.server.LocalServerPort;

/**
 * The people list sorted by its column headers, by name (last, then first, in Lithuanian order) or
 * by e-mail, either way; an order it does not know is its usual one.
 */
@TinklasTest
class PeopleListSortTests {

	static final List<String> MADE = List.of("Šimkutė, Ona", "Sabaliauskas, Jonas", "Čėsnaitė, Rūta", "Cibulskis, Petras");

	@LocalServerPort
	int port;

	@Test
	void byNameInLithuanianOrderOrByEmailAndAnUnknownOrderIsTheUsualOne() {
		FreshNetwork network = FreshNetwork.create(port, "zmones-rikiuoja", "Žmonių rikiavimo tinklas");
		network.person("Ona", "Šimkutė", "a@zmones.lt");
		network.person("Jonas", "Sabaliauskas", "c@zmones.lt");
		network.person("Rūta", "Čėsnaitė", "b@zmones.lt");
		network.person("Petras", "Cibulskis", "d@zmones.lt");
		WebSession admin = network.signedIn();
		String list = network.pages() + "/people";

		assertThat(names(admin, list)).containsExactly("Cibulskis, Petras", "Čėsnaitė, Rūta", "Sabaliauskas, Jonas",
				"Šimkutė, Ona");
		assertThat(names(admin, list + "?sort=name&dir=desc")).containsExactly("Šimkutė, Ona", "Sabaliauskas, Jonas",
				"Čėsnaitė, Rūta", "Cibulskis, Petras");
		assertThat(names(admin, list + "?sort=email")).containsExactly("Šimkutė, Ona", "Čėsnaitė, Rūta",
				"Sabaliauskas, Jonas", "Cibulskis, Petras");
		Document byEmail = page(admin, list + "?sort=email&dir=desc");
		assertThat(byEmail.select("#people thead th").get(1).attr("aria-sort")).isEqualTo("descending");
		for (String bad : List.of("?sort=p.id%3B--", "?sort=phone&dir=up", "?sort=")) {
			assertThat(names(admin, list + bad)).as(bad).containsExactly("Cibulskis, Petras", "Čėsnaitė, Rūta",
					"Sabaliauskas, Jonas", "Šimkutė, Ona");
		}
	}

	/** The names of the people this test made (the network's admin may be listed too), in the list's order. */
	private static List<String> names(WebSession session, String path) {
		return page(session, path).select("#people tbody tr td:first-child")
			.eachText()
			.stream()
			.filter(MADE::contains)
			.toList();
	}

	private static Document page(WebSession session, String path) {
		WebSession.Page page = session.get(path);
		assertThat(page.status()).as(path).isEqualTo(200);
		return Jsoup.parse(page.body());
	}
}
