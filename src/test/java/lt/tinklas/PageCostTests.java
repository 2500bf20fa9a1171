package lt.tinklas;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.LinkedHashMap;
import java.util.Map;

import lt.tinklas.demo.DemoAccounts;
import lt.tinklas.support.ApiClient;
import lt.tinklas.support.SqlStatements;
import lt.tinklas.support.TinklasTest;
import lt.tinklas.support.WebSession;
import org.junit.jupiter.api.Test;
import org.springframework.boot.test.web.server.LocalServerPort;

/**
 * What the main pages cost in SQL statements on the demo (NSMOT: 56 organizations, 2025's 14
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
	 * the public members 117; after: 6, 21, 9, 6, 198 and 204, 7. The report is then kept per
	 * network, year and data version: the page computes it (or finds it computed by an earlier test),
	 * and the public home and the API that come after it reuse it (11 and 5 statements). The bounds
	 * leave a little room above what is measured now, for the records other tests add to the demo
	 * network (a second batch of a hundred people, the public home's upcoming events and news).
	 */
	static final Map<String, Integer> STAFF_PAGES = new LinkedHashMap<>();
	static {
		STAFF_PAGES.put("/n/nsmot", 5);
		STAFF_PAGES.put("/n/nsmot/organizations", 10);
		// a member no other test changes: an organization's page reads its history, one revision at a time
		STAFF_PAGES.put("/n/nsmot/organizations/{untouched}", 25);
		STAFF_PAGES.put("/n/nsmot/people", 14);
		STAFF_PAGES.put("/n/nsmot/events?from=2025-01-01&to=2025-12-31", 10);
		STAFF_PAGES.put("/n/nsmot/events/stats?year=2025", 80);
		STAFF_PAGES.put("/n/nsmot/reports/annual/2025", 215);
		STAFF_PAGES.put("/n/nsmot/strategy", 55);
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
		// reused: sign-in, the network, its data version
		API.put("/api/v1/networks/nsmot/reports/annual/2025", 8);
		API.put("/api/v1/networks/nsmot/organizations", 12);
	}

	@LocalServerPort
	int port;

	@org.springframework.beans.factory.annotation.Autowired
	org.springframework.jdbc.core.simple.JdbcClient jdbc;

	@Test
	void eachMainPageRunsNoMoreStatementsThanItsBound() {
		Map<String, String> over = new LinkedHashMap<>();
		Map<String, Integer> measured = new LinkedHashMap<>();
		WebSession staff = WebSession.signedIn(port, DemoAccounts.NSMOT_STAFF.email(), DemoAccounts.PASSWORD);
		long untouched = jdbc.sql("""
				select o.id from organization o join network n on n.id = o.network_id
				where n.slug = 'nsmot' and o.name = 'Kazlų Rūdos neįgaliųjų draugija'""").query(Long.class).single();
		STAFF_PAGES.forEach((page, bound) -> {
			String path = page.replace("{untouched}", String.valueOf(untouched));
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

	private static void check(String path, int bound, Map<String, Integer> measured, Map<String, String> over) {
		int count = SqlStatements.ofLastRequestTo(path);
		measured.put(path, count);
		if (count > bound) {
			over.put(path, count + " > " + bound);
		}
	}
}
