package lt.tinklas.browser;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import java.util.Map;

import lt.tinklas.demo.DemoAccounts;
import lt.tinklas.generator.DataGenerator;
import lt.tinklas.shared.text.SearchText;
import lt.tinklas.testing.GeneratedNetworks;
import lt.tinklas.testing.TestDatabase;
import lt.tinklas.testing.TinklasTest;
import lt.tinklas.testing.WebSession;
import org.jsoup.Jsoup;
import org.jsoup.nodes.Document;
import org.jsoup.nodes.Element;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;
import org.openqa.selenium.By;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.jdbc.core.simple.JdbcClient;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.ObjectMapper;

/**
 * A network with more people and organizations than a page can list (here 330 and 320, over the
 * 300 listed in full): its forms offer only what is chosen and find the rest as one types, while
 * the demo network's forms still list everyone. Generated beside the demo and removed afterwards.
 */
@TinklasTest
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
class PickerJourneyTest {

	static final Map<String, String> MANY = Map.of("networks", "1", "organizations", "320", "people", "330", "events",
			"20", "participations", "100", "ratings", "10", "positions", "2", "meetings", "2", "projects", "1", "slug",
			"many");

	static final String STAFF = "darbuotoja@many.bench";

	static final String PASSWORD = "tinklas-bench";

	@LocalServerPort
	int port;

	@Autowired
	DataGenerator generator;

	/** The database as its owner sees it, for the test's own setup and checks. */
	JdbcClient jdbc = TestDatabase.ownerJdbc();

	@Autowired
	ObjectMapper json;

	@BeforeAll
	void generate() {
		GeneratedNetworks.generate(generator, MANY);
	}

	@AfterAll
	void remove() {
		GeneratedNetworks.remove(jdbc, List.of("many", "importas"));
	}

	@Test
	void aLongChoiceOffersOnlyWhatIsChosenAndAShortOneListsEveryone() {
		WebSession many = WebSession.signedIn(port, STAFF, PASSWORD);
		Element speakers = select(many.get("/n/many/events/new"), "speakerIds");
		assertThat(speakers.attr("data-search-url")).isEqualTo("/n/many/people/choices");
		assertThat(speakers.select("option")).isEmpty();
		Element affiliation = select(many.get("/n/many/people/new"), "affiliations0.organizationId");
		assertThat(affiliation.attr("data-search-url")).isEqualTo("/n/many/organizations/choices");
		assertThat(affiliation.select("option")).extracting(Element::text).containsExactly("nenurodyta");

		// the demo network's 81 people and 57 organizations are few: listed in full, nothing to search
		WebSession nsmot = WebSession.signedIn(port, DemoAccounts.NSMOT_STAFF.email(), DemoAccounts.PASSWORD);
		long people = count("person", "nsmot");
		Element listed = select(nsmot.get("/n/nsmot/events/new"), "speakerIds");
		assertThat(listed.hasAttr("data-search-url")).isFalse();
		assertThat(listed.select("option")).hasSize((int) people);
		Element organizations = select(nsmot.get("/n/nsmot/people/new"), "affiliations0.organizationId");
		assertThat(organizations.hasAttr("data-search-url")).isFalse();
		assertThat(organizations.select("option")).hasSize((int) count("organization", "nsmot") + 1);
	}

	@Test
	void theSearchFindsByPartOfANameWithoutDiacriticsAFewAtATimeInTheNetworkOnly() {
		WebSession many = WebSession.signedIn(port, STAFF, PASSWORD);
		Map<String, Object> person = jdbc.sql("""
				select p.id, p.first_name, p.last_name from person p join network n on n.id = p.network_id
				where n.slug = 'many' order by p.id limit 1""").query().singleRow();
		String typed = SearchText.normalize((String) person.get("last_name")).substring(0, 4);
		JsonNode found = found(many, "/n/many/people/choices?q=" + typed);
		assertThat(found.size()).isBetween(1, 20);
		assertThat(found.valueStream().map(f -> f.get("id").asLong())).contains(((Number) person.get("id")).longValue());
		found.valueStream()
			.forEach(f -> assertThat(SearchText.normalize(f.get("text").asString())).contains(typed));

		JsonNode organizations = found(many, "/n/many/organizations/choices?q=" + "vsi");
		assertThat(organizations.size()).isBetween(1, 20);

		// one letter finds nothing yet; signs that mean something to SQL are only letters
		assertThat(found(many, "/n/many/people/choices?q=a").isEmpty()).isTrue();
		assertThat(found(many, "/n/many/people/choices?q=%25_").isEmpty()).isTrue();

		// another network's staff do not find this network at all, nor its people in their own
		WebSession nsmot = WebSession.signedIn(port, DemoAccounts.NSMOT_STAFF.email(), DemoAccounts.PASSWORD);
		assertThat(nsmot.get("/n/many/people/choices?q=" + typed).status()).isEqualTo(404);
		JsonNode own = found(nsmot, "/n/nsmot/people/choices?q=" + typed);
		own.valueStream().forEach(f -> assertThat(f.get("id").asLong()).isNotEqualTo(((Number) person.get("id")).longValue()));
	}

	@Test
	void aPersonIsAddedWithAnOrganizationFoundByTyping() {
		Map<String, Object> organization = jdbc.sql("""
				select o.id, o.name from organization o join network n on n.id = o.network_id
				where n.slug = 'many' order by o.id desc limit 1""").query().singleRow();
		String name = (String) organization.get("name");
		try (Browser browser = new Browser(port)) {
			browser.open("/login");
			browser.type(By.id("username"), STAFF)
				.type(By.id("password"), PASSWORD)
				.click(By.cssSelector("form[action='/login'] button[type=submit]"));
			browser.open("/n/many/people/new");
			browser.type(By.id("firstName"), "Rūta").type(By.id("lastName"), "Paieškaitė").type(By.id("email"),
					"ruta.paieskaite@many.bench");
			browser.pick(By.id("affiliations0.organizationId"), name.substring(0, name.length() - 2), name);
			assertThat(browser.accessibilityProblems()).isEmpty();
			browser.click(By.cssSelector("form button[type=submit].btn-primary"));
			assertThat(browser.path()).matches("/n/many/people/\\d+");
			assertThat(browser.text()).contains("Išsaugota.");
		}
		Long saved = jdbc.sql("""
				select a.organization_id from person_affiliation a join person p on p.id = a.person_id
				where p.email = 'ruta.paieskaite@many.bench'""").query(Long.class).single();
		assertThat(saved).isEqualTo(((Number) organization.get("id")).longValue());
	}

	private static Element select(WebSession.Page page, String id) {
		assertThat(page.status()).isEqualTo(200);
		Document document = Jsoup.parse(page.body());
		Element select = document.getElementById(id);
		assertThat(select).as(id).isNotNull();
		return select;
	}

	private JsonNode found(WebSession session, String path) {
		WebSession.Page page = session.get(path);
		assertThat(page.status()).as(path).isEqualTo(200);
		return json.readTree(page.body());
	}

	private long count(String table, String slug) {
		return jdbc.sql("select count(*) from " + table + " t join network n on n.id = t.network_id where n.slug = ?")
			.param(slug)
			.query(Long.class)
			.single();
	}

}
