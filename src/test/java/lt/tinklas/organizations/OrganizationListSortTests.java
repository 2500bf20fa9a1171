package lt.tinklas.organizations;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.Optional;
import java.util.stream.IntStream;

import lt.tinklas.testing.FreshNetwork;
import lt.tinklas.testing.TinklasTest;
import lt.tinklas.testing.WebSession;
import org.jsoup.Jsoup;
import org.jsoup.nodes.Document;
import org.jsoup.nodes.Element;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;
import org.springframework.boot.test.web.server.LocalServerPort;

/**
 * The organizations list sorted by its column headers: by name in Lithuanian order (C, Č, D ...
 * S, Š, Z, Ž), by legal code, by the seat's municipality (those without one last), either way;
 * the filters stay, the export follows the order, and an order the list does not know is its usual
 * one, never an error.
 */
@TinklasTest
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
class OrganizationListSortTests {

	@LocalServerPort
	int port;

	FreshNetwork network;

	WebSession staff;

	@BeforeAll
	void organizations() {
		network = FreshNetwork.create(port, "rikiuoja", "Rikiuojantis tinklas");
		// legal codes in this order: Žiedas has the smallest, Dobilas the largest
		organization(30600001, "Žiedas", "LT-43");
		organization(30600101, "Cukrus", "LT-15");
		organization(30600201, "Čiobrelis", "LT-13");
		organization(30600301, "Saulė", null);
		organization(30600401, "Šilas", "LT-18");
		organization(30600501, "Dobilas", "LT-13");
		staff = network.signedIn();
	}

	@Test
	void byNameInLithuanianOrderThenReversed() {
		Document list = list("");
		assertThat(names(list)).containsExactly("Cukrus", "Čiobrelis", "Dobilas", "Saulė", "Šilas", "Žiedas");
		assertThat(header(list, 0).attr("aria-sort")).isEqualTo("ascending");
		assertThat(header(list, 1).hasAttr("aria-sort")).isFalse();
		// the sorted column's link reverses the order, another column's sorts by it from the start
		assertThat(header(list, 0).selectFirst("a").attr("href")).endsWith("sort=name&dir=desc");
		assertThat(header(list, 2).selectFirst("a").attr("href")).endsWith("sort=seat&dir=asc");

		Document reversed = list("?sort=name&dir=desc");
		assertThat(names(reversed)).containsExactly("Žiedas", "Šilas", "Saulė", "Dobilas", "Čiobrelis", "Cukrus");
		assertThat(header(reversed, 0).attr("aria-sort")).isEqualTo("descending");
	}

	@Test
	void bySeatAndByLegalCode() {
		// Kaišiadorių, Kauno, Kėdainių, Šiaulių; the one without a seat last either way
		assertThat(names(list("?sort=seat&dir=asc")))
			.containsExactly("Čiobrelis", "Dobilas", "Cukrus", "Šilas", "Žiedas", "Saulė");
		assertThat(names(list("?sort=seat&dir=desc")))
			.containsExactly("Žiedas", "Šilas", "Cukrus", "Čiobrelis", "Dobilas", "Saulė");
		assertThat(header(list("?sort=seat&dir=desc"), 2).attr("aria-sort")).isEqualTo("descending");
		assertThat(names(list("?sort=code")))
			.containsExactly("Žiedas", "Cukrus", "Čiobrelis", "Saulė", "Šilas", "Dobilas");
		assertThat(names(list("?sort=code&dir=desc")))
			.containsExactly("Dobilas", "Šilas", "Saulė", "Čiobrelis", "Cukrus", "Žiedas");
	}

	@Test
	void aSortTheListDoesNotKnowIsItsUsualOrder() {
		for (String bad : List.of("?sort=o.name%3Bdrop+table+organization--", "?sort=password",
				"?sort=name&dir=sideways", "?sort=&dir=", "?sort=NAME")) {
			WebSession.Page page = staff.get(network.pages() + "/organizations" + bad);
			assertThat(page.status()).as(bad).isEqualTo(200);
			Document list = Jsoup.parse(page.body());
			assertThat(names(list)).as(bad).startsWith("Cukrus", "Čiobrelis");
		}
		// “password” is not a column: its descending order is still a known one's
		assertThat(names(list("?sort=password&dir=desc"))).startsWith("Žiedas");
		assertThat(staff.download(network.pages() + "/organizations/export.csv?sort=%27%3B--&dir=x")).isNotEmpty();
	}

	@Test
	void theFiltersStayAndTheExportFollowsTheOrder() {
		Document filtered = list("?q=LAS&sort=seat&dir=desc");
		// the names with “las”: Šilas in Kėdainiai before Dobilas in Kaišiadorys
		assertThat(names(filtered)).containsExactly("Šilas", "Dobilas");
		assertThat(header(filtered, 0).selectFirst("a").attr("href")).contains("q=LAS&").doesNotContain("page=");
		Element csv = filtered.selectFirst("a[href*=export.csv]");
		assertThat(csv.attr("href")).contains("q=LAS").contains("sort=seat").contains("dir=desc");
		assertThat(filtered.selectFirst("input[type=hidden][name=sort]").attr("value")).isEqualTo("seat");

		String exported = new String(staff.download(network.pages() + "/organizations/export.csv?sort=name&dir=desc"),
				StandardCharsets.UTF_8);
		List<Integer> at = List.of("Žiedas", "Šilas", "Saulė", "Dobilas", "Čiobrelis", "Cukrus")
			.stream()
			.map(exported::indexOf)
			.toList();
		assertThat(at).doesNotContain(-1).isSorted();
	}

	private Document list(String query) {
		WebSession.Page page = staff.get(network.pages() + "/organizations" + query);
		assertThat(page.status()).as(query).isEqualTo(200);
		return Jsoup.parse(page.body());
	}

	private static List<String> names(Document list) {
		return list.select("#organizations tbody tr td:first-child").eachText();
	}

	private static Element header(Document list, int column) {
		return list.select("#organizations thead th").get(column);
	}

	private void organization(int firstEight, String name, String seat) {
		String code = IntStream.range(firstEight, firstEight + 99)
			.mapToObj(first -> LegalCode.complete(String.valueOf(first)))
			.flatMap(Optional::stream)
			.findFirst()
			.orElseThrow();
		FreshNetwork.created(network.admin().post(network.api() + "/organizations", seat == null
				? "{\"legalCode\":\"%s\",\"name\":\"%s\"}".formatted(code, name)
				: "{\"legalCode\":\"%s\",\"name\":\"%s\",\"seatMunicipality\":\"%s\"}".formatted(code, name, seat)));
	}
}
