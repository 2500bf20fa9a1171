package lt.tinklas.browser;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Objects;

import lt.tinklas.demo.DemoAccounts;
import lt.tinklas.testing.TestDatabase;
import lt.tinklas.testing.TinklasTest;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.openqa.selenium.By;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.jdbc.core.simple.JdbcClient;

/**
 * In English, a record's edit form opened and saved without touching anything keeps every date of
 * the record: a date field the browser cannot read would arrive empty and erase it.
 */
@TinklasTest
class UntouchedSaveJourneyTest {

	@LocalServerPort
	int port;

	/** The database as its owner sees it, for the test's own setup and checks. */
	JdbcClient jdbc = TestDatabase.ownerJdbc();

	@AfterEach
	void backToLithuanian() {
		// the language switch is remembered for the account; the other tests read these accounts in Lithuanian
		jdbc.sql("update user_account set language = 'lt' where email in (:emails)")
			.param("emails", List.of(DemoAccounts.NSMOT_ADMIN.email(), DemoAccounts.CHILDREN_ADMIN.email()))
			.update();
	}

	@Test
	void savingAnEditFormUntouchedInEnglishKeepsEveryDate() {
		List<Form> nsmot = List.of(
				form("organization", """
						select id, founded_on, ngo_since, ngo_until from organization where network_id = :network
						and founded_on is not null and ngo_since is not null order by id limit 1""", "/organizations/%d?tab=edit", "foundedOn"),
				form("person", """
						select p.id, min(c.given_on) consent_given, max(c.withdrawn_on) consent_withdrawn,
						min(a.valid_from) affiliation_from, max(a.valid_until) affiliation_until from person p
						join person_consent c on c.person_id = p.id left join person_affiliation a on a.person_id = p.id
						where p.network_id = :network group by p.id order by p.id limit 1""", "/people/%d", "consents0.givenOn"),
				form("event", """
						select id, starts_at, ends_at, registration_from, registration_until from event
						where network_id = :network order by id limit 1""", "/events/%d?tab=edit", "startsAt"),
				form("project", """
						select id, starts_on, ends_on from project where network_id = :network order by id limit 1""",
						"/projects/%d/edit", "startsOn"),
				form("position", """
						select id, sent_on, outcome_on from advocacy_position where network_id = :network and sent_on is not null
						order by id limit 1""", "/positions/%d", "summary"));
		List<Form> children = List.of(form("agreement", """
				select id, signed_on, valid_until from municipal_agreement where network_id = :network
				and signed_on is not null order by id limit 1""", "/municipal-agreements/%d/edit", "signedOn"));

		List<String> lost = new ArrayList<>();
		lost.addAll(saveUntouched("nsmot", DemoAccounts.NSMOT_ADMIN.email(), nsmot));
		lost.addAll(saveUntouched("nvo-vaikams", DemoAccounts.CHILDREN_ADMIN.email(), children));
		assertThat(lost).isEmpty();
	}

	private List<String> saveUntouched(String slug, String email, List<Form> forms) {
		long network = jdbc.sql("select id from network where slug = ?").param(slug).query(Long.class).single();
		List<String> lost = new ArrayList<>();
		try (Browser browser = new Browser(port)) {
			browser.open("/login");
			browser.type(By.id("username"), email)
				.type(By.id("password"), DemoAccounts.PASSWORD)
				.click(By.cssSelector("form[action='/login'] button[type=submit]"));
			browser.open("/n/" + slug);
			browser.click(By.cssSelector("button[name=lang][value=en]"));
			for (Form form : forms) {
				Map<String, Object> before = jdbc.sql(form.sql()).param("network", network).query().singleRow();
				assertThat(before.values().stream().filter(Objects::nonNull).count())
					.as("the demo's %s has dates", form.kind()).isGreaterThan(1);
				browser.open("/n/" + slug + form.path().formatted(((Number) before.get("id")).longValue()));
				assertThat(browser.find(By.tagName("html")).getAttribute("lang")).isEqualTo("en");
				browser.click(By.xpath("//form[.//*[@id='" + form.field() + "']]//button[@type='submit']"));
				assertThat(browser.text()).as(form.kind()).doesNotContain("Please correct the marked fields");
				Map<String, Object> after = jdbc.sql(form.sql()).param("network", network).query().singleRow();
				if (!String.valueOf(before).equals(String.valueOf(after))) {
					lost.add(form.kind() + ": " + before + " became " + after);
				}
			}
		}
		return lost;
	}

	private static Form form(String kind, String sql, String path, String field) {
		return new Form(kind, sql, path, field);
	}

	record Form(String kind, String sql, String path, String field) {
	}
}
