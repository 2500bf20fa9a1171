package lt.tinklas.networks;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.ByteArrayInputStream;
import java.nio.charset.StandardCharsets;
import java.time.LocalDate;
import java.util.zip.ZipInputStream;

import lt.tinklas.demo.DemoAccounts;
import lt.tinklas.events.EventType;
import lt.tinklas.events.Events;
import lt.tinklas.shared.tenancy.Tenancy;
import lt.tinklas.shared.web.Formats;
import lt.tinklas.testing.ApiClient;
import lt.tinklas.testing.FreshNetwork;
import lt.tinklas.testing.TestDatabase;
import lt.tinklas.testing.TinklasTest;
import lt.tinklas.testing.WebSession;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.jdbc.core.simple.JdbcClient;

/**
 * The access log: a person's export, a training's certificates in one file and a member list
 * exported (file and API) each leave one entry that the network's admin reads on the page and in
 * its download; a refused reading leaves none; the staff may not read the log; another network's
 * admin sees none of it.
 */
@TinklasTest
class AccessLogTests {

	static final String PERSON = "Prieiga Žurnalaitė";

	@LocalServerPort
	int port;

	/** The database as its owner sees it, for the test's own setup and checks. */
	JdbcClient jdbc = TestDatabase.ownerJdbc();

	@Autowired
	Events events;

	@Test
	void eachReadingLeavesOneEntryTheAdminReadsAndNoOneElseDoes() throws Exception {
		long nsmot = jdbc.sql("select id from network where slug = 'nsmot'").query(Long.class).single();
		WebSession staff = WebSession.signedIn(port, DemoAccounts.NSMOT_STAFF.email(), DemoAccounts.PASSWORD);
		ApiClient staffApi = ApiClient.basic(port, DemoAccounts.NSMOT_STAFF.email(), DemoAccounts.PASSWORD);
		ApiClient.Response made = staffApi.post("/api/v1/networks/nsmot/people", """
				{"firstName":"Prieiga","lastName":"Žurnalaitė","email":"prieiga.zurnalaite@example.lt","language":"lt"}""");
		long person = FreshNetwork.created(made);
		int before = entries(nsmot);

		// a board member may not export a person's data: refused, and not recorded as a read
		WebSession board = WebSession.signedIn(port, DemoAccounts.NSMOT_BOARD.email(), DemoAccounts.PASSWORD);
		assertThat(board.get("/n/nsmot/people/" + person + "/export.json").status()).isEqualTo(403);
		assertThat(entries(nsmot)).isEqualTo(before);

		// the person's data, on the pages and through the API: one entry each
		staff.download("/n/nsmot/people/" + person + "/export.json");
		assertThat(entries(nsmot)).isEqualTo(before + 1);
		assertThat(staffApi.get("/api/v1/networks/nsmot/people/" + person + "/export").status()).isEqualTo(200);
		assertThat(entries(nsmot)).isEqualTo(before + 2);

		// a training's certificates together
		long training = Tenancy.runAs(nsmot,
				() -> events.list(LocalDate.of(2025, 1, 1), LocalDate.of(2025, 12, 31), EventType.TRAINING).get(0).id());
		String title = Tenancy.runAs(nsmot, () -> events.get(training).title());
		int certificates = 0;
		try (var zip = new ZipInputStream(new ByteArrayInputStream(
				staff.download("/n/nsmot/events/" + training + "/certificates.zip")))) {
			while (zip.getNextEntry() != null) {
				certificates++;
			}
		}
		assertThat(entries(nsmot)).isEqualTo(before + 3);

		// the member organizations as a file, filtered, and a page of them through the API
		String csv = new String(staff.download("/n/nsmot/organizations/export.csv?status=MEMBER&q=asociacija"),
				StandardCharsets.UTF_8);
		long exported = csv.lines().count() - 1;
		assertThat(exported).isPositive();
		assertThat(entries(nsmot)).isEqualTo(before + 4);
		assertThat(staffApi.get("/api/v1/networks/nsmot/organizations?size=7").status()).isEqualTo(200);
		assertThat(entries(nsmot)).isEqualTo(before + 5);

		WebSession admin = WebSession.signedIn(port, DemoAccounts.NSMOT_ADMIN.email(), DemoAccounts.PASSWORD);
		String today = LocalDate.now(Formats.VILNIUS).toString();
		String log = admin.get("/n/nsmot/access-log?from=" + today + "&to=" + today).text();
		assertThat(log).contains("Prieigos žurnalas", "Asmens duomenų išrašas", "Asmuo: " + PERSON,
				DemoAccounts.NSMOT_STAFF.email(), "Puslapiai", "API", today + " ");
		assertThat(table(admin.get("/n/nsmot/access-log?kind=CERTIFICATES")))
			.contains("Visi pažymėjimai vienu failu", "Mokymai: " + title)
			.doesNotContain(PERSON, "Narių sąrašo eksportas");
		assertThat(table(admin.get("/n/nsmot/access-log?kind=MEMBER_LIST&from=" + today)))
			.contains("Narių sąrašo eksportas", "Organizacijos", "Pavadinimas ar kodas: asociacija", "Narystė: Narė")
			.doesNotContain(PERSON);
		assertThat(admin.get("/n/nsmot/access-log?kind=PERSONAL_DATA_EXPORT&to=" + LocalDate.now(Formats.VILNIUS)
			.minusDays(1)).text()).doesNotContain(PERSON);
		String rows = admin.get("/n/nsmot/access-log?kind=MEMBER_LIST&sort=rows&dir=desc").html();
		assertThat(rows).contains("aria-sort=\"descending\"");

		String download = new String(admin.download("/n/nsmot/access-log/export.csv?from=" + today),
				StandardCharsets.UTF_8);
		assertThat(download).contains("Kada,Kas,Rūšis,Per,Ką,Filtras,Eilučių", "Asmuo: " + PERSON,
				"Mokymai: " + title + ",," + certificates, "Pavadinimas ar kodas: asociacija; Narystė: Narė," + exported,
				"API,Organizacijos,,7");
		String english = new String(admin.inLanguage("en").download("/n/nsmot/access-log/export.csv?kind=PERSONAL_DATA_EXPORT"),
				StandardCharsets.UTF_8);
		assertThat(english).contains("When,Who,Kind,Through,What,Filter,Rows", "A person's data exported",
				"Person: " + PERSON);

		// the staff who make the readings may not read the log
		assertThat(staff.get("/n/nsmot/access-log").status()).isEqualTo(403);
		assertThat(staff.get("/n/nsmot/access-log/export.csv").status()).isEqualTo(403);

		// another network's admin: their own log holds only their network's readings, and NSMOT's is not found
		FreshNetwork other = FreshNetwork.create(port, "prieigos", "Prieigos tinklas");
		other.organization("30222222", "Asociacija Prieiga", "2020-01-01");
		WebSession otherAdmin = other.signedIn();
		otherAdmin.download(other.pages() + "/organizations/export.xlsx");
		String theirs = table(otherAdmin.get(other.pages() + "/access-log"));
		assertThat(theirs).contains("Narių sąrašo eksportas", other.adminEmail())
			.doesNotContain(PERSON, title, DemoAccounts.NSMOT_STAFF.email());
		assertThat(otherAdmin.get("/n/nsmot/access-log").status()).isEqualTo(404);
		assertThat(admin.get("/n/nsmot/access-log").text()).doesNotContain(other.adminEmail());
	}

	/** What the log's table shows, from its header on (the filter's choices name every kind). */
	private static String table(WebSession.Page page) {
		String text = page.text();
		return text.substring(text.indexOf("Eilučių"));
	}

	private int entries(long network) {
		return jdbc.sql("select count(*) from access_log where network_id = ?").param(network).query(Integer.class).single();
	}
}
