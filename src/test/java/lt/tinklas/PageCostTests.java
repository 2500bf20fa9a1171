package lt.tinklas;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;

import lt.tinklas.demo.DemoAccounts;
import lt.tinklas.networks.Networks;
import lt.tinklas.organizations.LegalCode;
import lt.tinklas.organizations.LegalForm;
import lt.tinklas.organizations.OrganizationData;
import lt.tinklas.organizations.Organizations;
import lt.tinklas.organizations.TargetGroup;
import lt.tinklas.people.People;
import lt.tinklas.people.PersonData;
import lt.tinklas.shared.tenancy.Tenancy;
import lt.tinklas.testing.ApiClient;
import lt.tinklas.testing.SqlStatements;
import lt.tinklas.testing.TestDatabase;
import lt.tinklas.testing.TinklasTest;
import lt.tinklas.testing.WebSession;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.jdbc.core.simple.JdbcClient;

/**
 * What the main pages cost in SQL statements on the demo (NSMOT: 57 organizations, 2025's 14
 * trainings), each against a bound stated beside it. A count is deterministic where a stopwatch is
 * not: a page that starts loading a collection row by row, or recomputing what it could reuse,
 * fails here long before anyone measures it slow. The load benchmark measures the time.
 */
@TinklasTest
class PageCostTests {

	/**
	 * The most statements each page may run: page address, its bound. Measured before collections
	 * were fetched in batches, metrics counted only what a figure needs and a list of events counted
	 * its seats in one query: organizations 116, an organization 131, people 279, events 69, the
	 * yearly report 688 (page and API), the public home 694 (it computes the last published report),
	 * the public members 117; after: 6, 21, 9, 6, 198 and 204, 7. Since lists are paged in SQL
	 * their cost no longer grows with the network (see the test below): organizations 7, people 7,
	 * the public members 9, the yearly report 186. The report is then kept per network, year and
	 * data version: the page computes it (or finds it computed by an earlier test), and the public
	 * home and the API that come after it reuse it (11 and 5 statements). The bounds leave a little
	 * room above what is measured now, for the records other tests add to the demo network (a
	 * second batch of a hundred people, the public home's upcoming events and news).
	 */
	static final Map<String, Integer> STAFF_PAGES = new LinkedHashMap<>();
	static {
		// the home, 5 when it showed only the mission; now also what waits (a query a card), the year's
		// figures (ten metric values, kept per data version) and the latest changes (two statements
		// whatever the size of the log, and the names of who made them): 24 when the figures are kept,
		// 50 when the data changed since and the ten values are counted again (one to four statements
		// each, whatever the number of records); and the session kept in the database, read when the request
		// begins and its last use written when it ends
		STAFF_PAGES.put("/n/nsmot", 57);
		STAFF_PAGES.put("/n/nsmot/organizations", 10);
		// a member no other test changes: an organization's page reads its history, one revision at a time
		// its overview (measured 28) lists what the other modules know of it, one read each whatever the number of
		// rows: its people, participations by year, consultations, quality stages, projects, the seat's agreements;
		// its history moved to a tab of its own (measured 16)
		STAFF_PAGES.put("/n/nsmot/organizations/{untouched}", 32);
		STAFF_PAGES.put("/n/nsmot/organizations/{untouched}?tab=history", 25);
		// a held training with its participants: the header counts them, the list names them, one read each
		STAFF_PAGES.put("/n/nsmot/events/{training}", 25);
		STAFF_PAGES.put("/n/nsmot/events/{training}?tab=feedback", 25);
		STAFF_PAGES.put("/n/nsmot/events/{training}?tab=history", 40);
		STAFF_PAGES.put("/n/nsmot/people", 10);
		STAFF_PAGES.put("/n/nsmot/events?from=2025-01-01&to=2025-12-31", 10);
		STAFF_PAGES.put("/n/nsmot/events/stats?year=2025", 80);
		STAFF_PAGES.put("/n/nsmot/reports/annual/2025", 215);
		STAFF_PAGES.put("/n/nsmot/strategy", 55);
		// the network's search: one statement for each of the five kinds of record; 7 in all measured, and the
		// session kept in the database (read when the request begins, its last use written when it ends)
		STAFF_PAGES.put("/n/nsmot/search?q=maisto", 10);
		// where members are missing: the members by municipality (two), the eligible counted in one grouped query,
		// the network's standing by legal code (two), keywords, legal forms, the extract (14 measured); with a county
		// the register's organizations there, the prospects and letters once each, the campaigns with their
		// letters and applications (25 measured); the campaigns and prospects lists read each table once (8, 9)
		STAFF_PAGES.put("/n/nsmot/growth", 16);
		STAFF_PAGES.put("/n/nsmot/growth?county=LT-KL", 28);
		STAFF_PAGES.put("/n/nsmot/growth/campaigns", 10);
		STAFF_PAGES.put("/n/nsmot/growth/prospects", 11);
	}

	static final Map<String, Integer> PUBLIC_PAGES = new LinkedHashMap<>();
	static {
		// the yearly report shown there is the one the staff page above computed
		PUBLIC_PAGES.put("/n/nsmot/public", 20);
		PUBLIC_PAGES.put("/n/nsmot/public/members", 10);
		PUBLIC_PAGES.put("/n/nsmot/public/news", 6);
	}

	static final Map<String, Integer> API = new LinkedHashMap<>();
	static {
		// reused: sign-in, the network, its data version; and four for the rate limits: the check of the
		// sign-in delay before the password, the caller's API bucket (advisory lock, read, write); and one
		// that the password alone may open the API (the user has no second factor); the list of organizations
		// one more: a member list read is written in the access log
		API.put("/api/v1/networks/nsmot/reports/annual/2025", 13);
		API.put("/api/v1/networks/nsmot/organizations", 18);
	}

	@LocalServerPort
	int port;

	/** The database as its owner sees it, for the test's own setup and checks. */
	JdbcClient jdbc = TestDatabase.ownerJdbc();

	@Autowired
	Networks networks;

	@Autowired
	Organizations organizations;

	@Autowired
	People people;

	@Test
	void eachMainPageRunsNoMoreStatementsThanItsBound() {
		Map<String, String> over = new LinkedHashMap<>();
		Map<String, Integer> measured = new LinkedHashMap<>();
		WebSession staff = WebSession.signedIn(port, DemoAccounts.NSMOT_STAFF.email(), DemoAccounts.PASSWORD);
		long untouched = jdbc.sql("""
				select o.id from organization o join network n on n.id = o.network_id
				where n.slug = 'nsmot' and o.name = 'Kazlų Rūdos neįgaliųjų draugija'""").query(Long.class).single();
		long training = jdbc.sql("""
				select e.id from event e join network n on n.id = e.network_id
				where n.slug = 'nsmot' and e.title = 'Socialinių paslaugų kokybės nacionalinių reikalavimų įgyvendinimas'
				order by e.id""").query(Long.class).list().get(0);
		STAFF_PAGES.forEach((page, bound) -> {
			String path = page.replace("{untouched}", String.valueOf(untouched)).replace("{training}", String.valueOf(training));
			assertThat(staff.get(path).status()).as(path).isEqualTo(200);
			check(path, bound, measured, over);
		});
		WebSession anyone = new WebSession(port);
		PUBLIC_PAGES.forEach((path, bound) -> {
			assertThat(anyone.get(path).status()).as(path).isEqualTo(200);
			check(path, bound, measured, over);
		});
		ApiClient api = ApiClient.basic(port, DemoAccounts.NSMOT_STAFF.email(), DemoAccounts.PASSWORD);
		API.forEach((path, bound) -> {
			assertThat(api.get(path).status()).as(path).isEqualTo(200);
			check(path, bound, measured, over);
		});
		assertThat(over).as("pages over their bound of SQL statements; all measured: %s", measured).isEmpty();
	}

	/**
	 * The lists a network's organizations and people grow, each with its filters and the pages they
	 * open, and the home, whose cards read a few of the records whatever their number.
	 */
	static final List<String> LISTS = List.of("/n/kainos", "/n/kainos/organizations", "/n/kainos/organizations?page=1",
			"/n/kainos/organizations?q=organizacija&status=MEMBER&county=LT-MR&targetGroup=SENIORS",
			"/n/kainos/organizations/map", "/n/kainos/people", "/n/kainos/people?q=vardas&page=1",
			"/n/kainos/people/new", "/n/kainos/public/members", "/n/kainos/search?q=organizacija",
			"/api/v1/networks/kainos/organizations?size=500",
			"/api/v1/networks/kainos/people?size=500");

	/**
	 * A list reads a page of its records and their collections in a fixed number of statements,
	 * however many records there are: the same count with 30 organizations and 30 people as with
	 * 330 of each, in a network of their own.
	 */
	@Test
	void theListsRunTheSameStatementsWhateverTheNumberOfOrganizations() {
		long network = networks.create(new Networks.NewNetwork("kainos", "Kainų tinklas",
				"admin@kainos.lt", "Kainų administratorė", "kainu-slaptazodis", false), Locale.ROOT).id();
		WebSession admin = WebSession.signedIn(port, "admin@kainos.lt", "kainu-slaptazodis");
		ApiClient api = ApiClient.basic(port, "admin@kainos.lt", "kainu-slaptazodis");
		add(network, 0, 30);
		// the first page after signing in writes the new session's attributes, a step the later pages do not
		// repeat; a page that counts no figures, so that the home's figures are counted afresh in both rounds
		assertThat(admin.get("/account").status()).isEqualTo(200);
		// the caller's rate-limit bucket is made by its first call, which costs two statements more
		assertThat(api.get("/api/v1/me").status()).isEqualTo(200);
		Map<String, Integer> few = statements(admin, api);
		add(network, 30, 330);
		Map<String, Integer> many = statements(admin, api);
		assertThat(many).as("with 330 organizations and people; with 30: %s", few).isEqualTo(few);
	}

	private Map<String, Integer> statements(WebSession admin, ApiClient api) {
		Map<String, Integer> counted = new LinkedHashMap<>();
		for (String path : LISTS) {
			int status = path.startsWith("/api/") ? api.get(path).status() : admin.get(path).status();
			assertThat(status).as(path).isEqualTo(200);
			counted.put(path, SqlStatements.ofLastRequestTo(path));
		}
		return counted;
	}

	/** Organizations (members, in two municipalities, serving seniors) and a person working at each. */
	private void add(long network, int from, int to) {
		Tenancy.runAs(network, () -> {
			for (int i = from, serial = 2 * from; i < to; serial++) {
				var code = LegalCode.complete(String.valueOf(70000000 + serial));
				if (code.isEmpty()) {
					continue;
				}
				long id = organizations.create(new OrganizationData(code.get(),
						"Organizacija " + i, null, LegalForm.ASSOCIATION, null, null, null,
						"LT-41", List.of("LT-41", "LT-19"), List.of(TargetGroup.SENIORS),
						List.of(), null, null, null, null, null, null, LocalDate.of(2020, 1, 1), null)).id();
				people.create(new PersonData("Vardas", "Pavardė " + i, "asmuo" + i + "@kainos.lt", null,
						"lt", List.of(new PersonData.AffiliationData(id, "vadovas", null, null)),
						List.of(new PersonData.ConsentData("Naujienos", LocalDate.of(2025, 1, 1),
								null))));
				i++;
			}
		});
	}

	private static void check(String path, int bound, Map<String, Integer> measured, Map<String, String> over) {
		int count = SqlStatements.ofLastRequestTo(path);
		measured.put(path, count);
		if (count > bound) {
			over.put(path, count + " > " + bound);
		}
	}
}
