package lt.tinklas.organizations;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.charset.StandardCharsets;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;

import lt.tinklas.networks.Networks;
import lt.tinklas.shared.tenancy.Tenancy;
import lt.tinklas.testing.ApiClient;
import lt.tinklas.testing.TinklasTest;
import lt.tinklas.testing.WebSession;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;

/**
 * The directory as a user sees it, filtered, counted, sorted and paged by the database: in a network
 * of its own with eight organizations whose names begin with A, Ą, C, Č, S, Š, Z and Ž, so that
 * every count is exact and every page boundary falls between such letters.
 */
@TinklasTest
class OrganizationListTests {

	static final String SLUG = "sarasu-tinklas";
	static final String ADMIN = "admin@sarasai.lt";
	static final String PASSWORD = "sarasu-slaptazodis";
	static final String LIST = "/api/v1/networks/" + SLUG + "/organizations";

	/** Lithuanian order: Ą with A, C before Č, S before Š, Z before Ž. */
	static final List<String> IN_ORDER = List.of("Azoto draugija", "Ąžuolo bendrija", "Cukraus asociacija",
			"Čekų draugija", "Saulės klubas", "Šaltinio fondas", "Zuikio namai", "Žmogaus teisių centras");

	@LocalServerPort
	int port;

	@Autowired
	Networks networks;

	@Autowired
	Organizations organizations;

	ApiClient admin() {
		return ApiClient.basic(port, ADMIN, PASSWORD);
	}

	List<String> names(String query) {
		ApiClient.Response page = admin().get(LIST + query);
		assertThat(page.status()).as(page.body()).isEqualTo(200);
		return page.json("$.items[*].name");
	}

	int total(String query) {
		return admin().get(LIST + query).json("$.total");
	}

	/**
	 * Seats and fields: Azoto LT-41 (Marijampolė county), Ąžuolo LT-19 (Šiauliai), Cukraus LT-57
	 * (Vilnius) working in LT-41 too, Čekų LT-57, Saulės LT-41, Šaltinio no seat but working in
	 * LT-19, Zuikio LT-19 working in LT-57, Žmogaus LT-57. Membership: see each line.
	 */
	@BeforeEach
	void network() {
		if (networks.bySlug(SLUG).isPresent()) {
			return;
		}
		long network = networks.create(new Networks.NewNetwork(SLUG, "Sąrašų tinklas", ADMIN, "Sąrašų administratorė",
				PASSWORD, false), Locale.ROOT).id();
		Tenancy.runAs(network, () -> {
			// listed out of order, so that the order shown is the database's
			add(7, "Zuikio namai", "LT-19", List.of("LT-57"), List.of(TargetGroup.SENIORS, TargetGroup.YOUTH), null);
			add(1, "Ąžuolo bendrija", "LT-19", List.of(), List.of(TargetGroup.YOUTH), LocalDate.of(2021, 5, 1));
			change(1, MembershipChange.LEFT, LocalDate.of(2023, 1, 1));
			add(3, "Čekų draugija", "LT-57", List.of(), List.of(TargetGroup.SENIORS), LocalDate.of(2019, 3, 1));
			change(3, MembershipChange.SUSPENDED, LocalDate.of(2024, 2, 1));
			add(0, "Azoto draugija", "LT-41", List.of(), List.of(TargetGroup.SENIORS), LocalDate.of(2020, 1, 1));
			add(5, "Šaltinio fondas", null, List.of("LT-19"), List.of(TargetGroup.SENIORS), LocalDate.of(2018, 1, 1));
			add(2, "Cukraus asociacija", "LT-57", List.of("LT-41"), List.of(TargetGroup.SENIORS), null);
			add(4, "Saulės klubas", "LT-41", List.of(), List.of(TargetGroup.YOUTH), LocalDate.of(2022, 1, 1));
			add(6, "Žmogaus teisių centras", "LT-57", List.of(), List.of(TargetGroup.SENIORS), LocalDate.of(2020, 6, 1));
		});
	}

	private final Map<Integer, Long> ids = new HashMap<>();

	private void add(int serial, String name, String seat, List<String> works, List<TargetGroup> groups,
			LocalDate memberSince) {
		String code = LegalCode.complete("6100000" + serial).or(() -> LegalCode.complete("6200000" + serial))
			.orElseThrow();
		ids.put(serial, organizations.create(new OrganizationData(code, name, null, LegalForm.ASSOCIATION, null, null,
				null, seat, works, groups, List.of(), null, null, null, null, null, null, memberSince, null)).id());
	}

	private void change(int serial, MembershipChange change, LocalDate on) {
		organizations.changeMembership(ids.get(serial), change, on, null, null, "Sąrašų bandymas");
	}

	@Test
	void pagesFollowTheLithuanianAlphabetAcrossTheirBoundaries() {
		for (int size : new int[] { 1, 2, 3, 5 }) {
			List<String> shown = new ArrayList<>();
			for (int page = 0; page * size < IN_ORDER.size(); page++) {
				assertThat(total("?size=" + size + "&page=" + page)).isEqualTo(8);
				shown.addAll(names("?size=" + size + "&page=" + page));
			}
			assertThat(shown).as("pages of %d", size).containsExactlyElementsOf(IN_ORDER);
		}
		// a page past the end is empty, with the total
		assertThat(names("?size=5&page=2")).isEmpty();
		assertThat(total("?size=5&page=2")).isEqualTo(8);

		// the page shows them in the same order; the names of the public directory's members too
		String page = WebSession.signedIn(port, ADMIN, PASSWORD).get("/n/" + SLUG + "/organizations").text();
		assertThat(positions(page, IN_ORDER)).isSorted();
		String members = new WebSession(port).get("/n/" + SLUG + "/public/members").text();
		assertThat(positions(members, List.of("Azoto draugija", "Saulės klubas", "Šaltinio fondas",
				"Žmogaus teisių centras"))).isSorted();
	}

	@Test
	void eachFilterCombinesWithPagingAndTheTotal() {
		assertThat(names("?targetGroup=SENIORS&size=4")).containsExactly("Azoto draugija", "Cukraus asociacija",
				"Čekų draugija", "Šaltinio fondas");
		assertThat(names("?targetGroup=SENIORS&size=4&page=1")).containsExactly("Zuikio namai", "Žmogaus teisių centras");
		assertThat(total("?targetGroup=SENIORS&size=4&page=1")).isEqualTo(6);

		// where an organization sits or works
		assertThat(names("?municipality=LT-41&size=2")).containsExactly("Azoto draugija", "Cukraus asociacija");
		assertThat(names("?municipality=LT-41&size=2&page=1")).containsExactly("Saulės klubas");
		assertThat(total("?municipality=LT-41&size=2&page=1")).isEqualTo(3);
		assertThat(names("?county=LT-SA&size=2&page=1")).containsExactly("Zuikio namai");
		assertThat(total("?county=LT-SA&size=2")).isEqualTo(3);
		assertThat(total("?county=LT-XX")).isZero();
		assertThat(admin().get(LIST + "?size=1").<Map<String, Integer>>json("$.countByCounty"))
			.containsEntry("LT-MR", 3)
			.containsEntry("LT-SA", 3)
			.containsEntry("LT-VL", 4)
			.containsEntry("LT-KU", 0)
			.hasSize(10);
		assertThat(admin().get(LIST + "?status=MEMBER&size=1").<Map<String, Integer>>json("$.countByCounty"))
			.containsEntry("LT-MR", 2)
			.containsEntry("LT-SA", 1)
			.containsEntry("LT-VL", 1);

		// membership today
		assertThat(names("?status=MEMBER")).containsExactly("Azoto draugija", "Saulės klubas", "Šaltinio fondas",
				"Žmogaus teisių centras");
		assertThat(names("?status=NOT_MEMBER")).containsExactly("Cukraus asociacija", "Zuikio namai");
		assertThat(names("?status=LEFT")).containsExactly("Ąžuolo bendrija");
		assertThat(names("?status=SUSPENDED")).containsExactly("Čekų draugija");
		assertThat(names("?county=LT-VL&status=MEMBER")).containsExactly("Žmogaus teisių centras");

		// all of them together, a page at a time
		String together = "?q=draugija&targetGroup=SENIORS&status=MEMBER&asOf=2020-01-01&size=1";
		assertThat(names(together)).containsExactly("Azoto draugija");
		assertThat(names(together + "&page=1")).containsExactly("Čekų draugija");
		assertThat(total(together + "&page=1")).isEqualTo(2);
	}

	@Test
	void theMembershipOnAPastDayIsItsLastStepOnOrBeforeThatDay() {
		// accepted on the day itself counts; later steps do not
		assertThat(names("?status=MEMBER&asOf=2020-01-01")).containsExactly("Azoto draugija", "Čekų draugija",
				"Šaltinio fondas");
		assertThat(names("?status=NOT_MEMBER&asOf=2020-01-01")).containsExactly("Ąžuolo bendrija",
				"Cukraus asociacija", "Saulės klubas", "Zuikio namai", "Žmogaus teisių centras");
		assertThat(names("?status=MEMBER&asOf=2022-12-31&size=2&page=1")).containsExactly("Čekų draugija",
				"Saulės klubas");
		assertThat(total("?status=MEMBER&asOf=2022-12-31")).isEqualTo(6);
		assertThat(names("?status=LEFT&asOf=2023-01-01")).containsExactly("Ąžuolo bendrija");
		assertThat(names("?status=SUSPENDED&asOf=2024-01-31")).isEmpty();

		// each row says where the organization stood that day, and since when it was a member
		ApiClient.Response past = admin().get(LIST + "?q=azuolo&asOf=2022-06-01");
		assertThat(past.<String>json("$.items[0].membershipStatus")).isEqualTo("MEMBER");
		assertThat(past.<String>json("$.items[0].memberSince")).isEqualTo("2021-05-01");
		assertThat(past.<String>json("$.items[0].asOf")).isEqualTo("2022-06-01");
		assertThat(past.<List<String>>json("$.items[0].targetGroups")).containsExactly("YOUTH");
		ApiClient.Response now = admin().get(LIST + "?q=zuikio");
		assertThat(now.<String>json("$.items[0].membershipStatus")).isEqualTo("NOT_MEMBER");
		assertThat(now.<String>json("$.items[0].seatMunicipality")).isEqualTo("LT-19");
		assertThat(now.<List<String>>json("$.items[0].municipalities")).containsExactly("LT-57");
		assertThat(now.<List<String>>json("$.items[0].targetGroups")).containsExactly("SENIORS", "YOUTH");
	}

	@Test
	void theSearchIgnoresDiacriticsAndCaseAndTakesWildcardsLiterally() {
		assertThat(names("?q=zmogaus")).containsExactly("Žmogaus teisių centras");
		assertThat(names("?q=AZUOLO")).containsExactly("Ąžuolo bendrija");
		assertThat(names("?q=%C4%8Cek%C5%B3")).containsExactly("Čekų draugija");
		assertThat(names("?q=saul")).containsExactly("Saulės klubas");
		assertThat(names("?q=" + LegalCode.complete("61000002").orElseThrow())).containsExactly("Cukraus asociacija");
		// % and _ are letters typed, not patterns
		assertThat(total("?q=%25")).isZero();
		assertThat(total("?q=_")).isZero();
		assertThat(WebSession.signedIn(port, ADMIN, PASSWORD).get("/n/" + SLUG + "/organizations?q=zmogaus").text())
			.contains("Žmogaus teisių centras").doesNotContain("Zuikio namai");
	}

	@Test
	void theExportHasTheWholeFilteredListInLithuanianOrder() {
		String csv = new String(WebSession.signedIn(port, ADMIN, PASSWORD)
			.download("/n/" + SLUG + "/organizations/export.csv?targetGroup=SENIORS"), StandardCharsets.UTF_8);
		assertThat(positions(csv, List.of("Azoto draugija", "Cukraus asociacija", "Čekų draugija", "Šaltinio fondas",
				"Zuikio namai", "Žmogaus teisių centras"))).isSorted();
		assertThat(csv).doesNotContain("Saulės klubas", "Ąžuolo bendrija");
	}

	@Test
	void badPagingIsRefusedInTheApiAndTurnedIntoAPageOnThePages() {
		ApiClient.Response negative = admin().get(LIST + "?page=-1");
		assertThat(negative.status()).isEqualTo(400);
		assertThat(negative.<List<String>>json("$.errors[*].field")).containsExactly("page");
		assertThat(negative.<List<String>>json("$.errors[*].message"))
			.containsExactly("Puslapio numeris turi būti ne mažesnis nei 0, dydis – nuo 1 iki 500.");
		ApiClient.Response huge = admin().inLanguage("en").get(LIST + "?size=100000");
		assertThat(huge.status()).isEqualTo(400);
		assertThat(huge.<List<String>>json("$.errors[*].field")).containsExactly("size");
		assertThat(huge.<List<String>>json("$.errors[*].message"))
			.containsExactly("The page must be 0 or more and the size from 1 to 500.");
		ApiClient.Response word = admin().get(LIST + "?page=antras");
		assertThat(word.status()).isEqualTo(400);
		assertThat(word.<List<String>>json("$.errors[*].field")).containsExactly("page");
		assertThat(admin().get(LIST + "?size=0").status()).isEqualTo(400);

		// a page of the list: the first page for a number that is not one, the last past the end
		WebSession pages = WebSession.signedIn(port, ADMIN, PASSWORD);
		for (String page : List.of("-1", "antras", "2147483647", "99999999999")) {
			WebSession.Page shown = pages.get("/n/" + SLUG + "/organizations?page=" + page);
			assertThat(shown.status()).as(page).isEqualTo(200);
			assertThat(shown.text()).as(page).contains("Azoto draugija", "Žmogaus teisių centras");
		}
	}

	/** Where each text first appears in the page, in the order given. */
	static List<Integer> positions(String page, List<String> texts) {
		return texts.stream().map(text -> {
			int at = page.indexOf(text);
			assertThat(at).as(text + " is shown").isNotNegative();
			return at;
		}).toList();
	}
}
