package lt.tinklas.people;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Locale;
import java.util.Random;

import lt.tinklas.networks.Networks;
import lt.tinklas.shared.tenancy.Tenancy;
import lt.tinklas.shared.text.SearchText;
import lt.tinklas.testing.ApiClient;
import lt.tinklas.testing.TinklasTest;
import lt.tinklas.testing.WebSession;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;

/**
 * The people list a page at a time, in Lithuanian order by last name: in a network of its own with
 * twenty-seven people, so that the page of twenty-five ends between Z and Ž.
 */
@TinklasTest
class PeopleListTests {

	static final String SLUG = "zmoniu-sarasas";
	static final String ADMIN = "admin@zmoniu-sarasas.lt";
	static final String PASSWORD = "zmoniu-slaptazodis";
	static final String LIST = "/api/v1/networks/" + SLUG + "/people";

	static final List<String> IN_ORDER = List.of("Adomaitis", "Ąžuolaitis", "Baranauskas", "Butkus", "Cibulskis",
			"Čepulis", "Dambrauskas", "Eidukas", "Gudaitis", "Ivanauskas", "Jankauskas", "Kazlauskas", "Lukšys",
			"Mockus", "Navickas", "Orlovas", "Petrauskas", "Rimkus", "Sabaliauskas", "Stankevičius", "Šimkus",
			"Tamošiūnas", "Urbonas", "Vasiliauskas", "Zabiela", "Žukas", "Žvirblis");

	@LocalServerPort
	int port;

	@Autowired
	Networks networks;

	@Autowired
	People people;

	ApiClient admin() {
		return ApiClient.basic(port, ADMIN, PASSWORD);
	}

	@BeforeEach
	void network() {
		if (networks.bySlug(SLUG).isPresent()) {
			return;
		}
		long network = networks.create(new Networks.NewNetwork(SLUG, "Žmonių sąrašo tinklas", ADMIN, "Administratorius",
				PASSWORD, false), Locale.ROOT).id();
		List<String> shuffled = new ArrayList<>(IN_ORDER);
		Collections.shuffle(shuffled, new Random(3));
		Tenancy.runAs(network, () -> shuffled.forEach(last -> people.create(new PersonData("Ona", last,
				SearchText.normalize(last) + "@sarasas.lt", null, "lt",
				List.of(), List.of(new PersonData.ConsentData("Naujienlaiškis", LocalDate.of(2025, 1, 2),
						null))))));
	}

	@Test
	void pagesFollowTheLithuanianAlphabetAcrossTheirBoundaries() {
		for (int size : new int[] { 1, 2, 5, 25 }) {
			List<String> shown = new ArrayList<>();
			for (int page = 0; page * size < IN_ORDER.size(); page++) {
				ApiClient.Response answer = admin().get(LIST + "?size=" + size + "&page=" + page);
				assertThat(answer.status()).as(answer.body()).isEqualTo(200);
				assertThat(answer.header("X-Total-Count")).isEqualTo("27");
				shown.addAll(answer.<List<String>>json("$[*].lastName"));
			}
			assertThat(shown).as("pages of %d", size).containsExactlyElementsOf(IN_ORDER);
		}
		// fifty by default, each with the collections of a person
		ApiClient.Response all = admin().get(LIST);
		assertThat(all.<List<String>>json("$[*].lastName")).containsExactlyElementsOf(IN_ORDER);
		assertThat(all.<List<String>>json("$[*].consents[0].purpose")).hasSize(27).containsOnly("Naujienlaiškis");
		ApiClient.Response searched = admin().get(LIST + "?q=SIMK");
		assertThat(searched.<List<String>>json("$[*].lastName")).containsExactly("Šimkus");
		assertThat(searched.header("X-Total-Count")).isEqualTo("1");
		ApiClient.Response past = admin().get(LIST + "?page=3&size=10");
		assertThat(past.<List<Object>>json("$")).isEmpty();
		assertThat(past.header("X-Total-Count")).isEqualTo("27");
	}

	@Test
	void thePageShowsTwentyFivePeopleAndLinksToTheRest() {
		WebSession pages = WebSession.signedIn(port, ADMIN, PASSWORD);
		WebSession.Page first = pages.get("/n/" + SLUG + "/people");
		assertThat(first.text()).contains("Rasta asmenų: 27", "Zabiela, Ona").doesNotContain("Žukas");
		assertThat(first.html()).contains("/n/" + SLUG + "/people?page=1");
		WebSession.Page second = pages.get("/n/" + SLUG + "/people?page=1");
		assertThat(second.text()).contains("Rasta asmenų: 27", "Žukas, Ona", "Žvirblis, Ona").doesNotContain("Zabiela");
		assertThat(second.text().indexOf("Žukas")).isLessThan(second.text().indexOf("Žvirblis"));
		// the search keeps its text in the page links
		assertThat(pages.get("/n/" + SLUG + "/people?q=ona").html()).contains("people?q=ona&page=1");

		// a page number that is not one shows the first page, one past the end the last
		assertThat(pages.get("/n/" + SLUG + "/people?page=-1").text()).contains("Adomaitis, Ona");
		assertThat(pages.get("/n/" + SLUG + "/people?page=du").text()).contains("Adomaitis, Ona");
		assertThat(pages.get("/n/" + SLUG + "/people?page=7").text()).contains("Žvirblis, Ona").doesNotContain("Adomaitis");
	}

	@Test
	void theApiDescriptionDocumentsThePagingAndTheTotal() {
		ApiClient.Response description = ApiClient.anonymous(port).get("/api/docs/openapi.json");
		String operation = "$.paths['/api/v1/networks/{slug}/people'].get";
		assertThat(description.<List<String>>json(operation + ".parameters[*].name")).contains("q", "page", "size");
		assertThat(description.<String>json(operation + ".description")).contains("at most 500", "X-Total-Count");
		assertThat(description.<String>json(operation + ".responses['200'].content['application/json'].schema.type"))
			.isEqualTo("array");
		assertThat(description.<Object>json(operation + ".responses['200'].headers['X-Total-Count']")).isNotNull();
	}

	@Test
	void badPagingInTheApiIsRefusedWithAMessage() {
		ApiClient.Response negative = admin().get(LIST + "?page=-1");
		assertThat(negative.status()).isEqualTo(400);
		assertThat(negative.<List<String>>json("$.errors[*].message"))
			.containsExactly("Puslapio numeris turi būti ne mažesnis nei 0, dydis – nuo 1 iki 500.");
		ApiClient.Response huge = admin().inLanguage("en").get(LIST + "?size=100000");
		assertThat(huge.status()).isEqualTo(400);
		assertThat(huge.<List<String>>json("$.errors[*].field")).containsExactly("size");
		assertThat(huge.<List<String>>json("$.errors[*].message"))
			.containsExactly("The page must be 0 or more and the size from 1 to 500.");
		assertThat(admin().get(LIST + "?size=daug").status()).isEqualTo(400);
		assertThat(admin().get(LIST + "?size=500").status()).isEqualTo(200);
	}
}
