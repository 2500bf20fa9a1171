package lt.tinklas;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.OffsetDateTime;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import lt.tinklas.demo.DemoAccounts;
import lt.tinklas.identity.Role;
import lt.tinklas.testing.TestDatabase;
import lt.tinklas.testing.TinklasTest;
import lt.tinklas.testing.WebSession;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.web.util.HtmlUtils;

/**
 * A date, date-time or time field is filled in ISO form whatever the page's language: a browser's
 * {@code <input type=date>} shows anything else as empty, and saving the form would erase the date.
 */
@TinklasTest
class DateInputsTests {

	static final Pattern INPUT = Pattern.compile("<input\\b[^>]*>");
	static final Pattern ISO = Pattern.compile("^\\d{4}-\\d{2}-\\d{2}(T\\d{2}:\\d{2}(:\\d{2})?)?$");
	static final Pattern ISO_TIME = Pattern.compile("^\\d{2}:\\d{2}(:\\d{2})?$");

	@LocalServerPort
	int port;

	/** The database as its owner sees it, for the test's own setup and checks. */
	JdbcClient jdbc = TestDatabase.ownerJdbc();

	@ParameterizedTest
	@ValueSource(strings = { "lt", "en" })
	void everyDateOfTheEditFormsIsFilledInIsoForm(String language) {
		Map<String, List<String>> problems = new LinkedHashMap<>();
		for (EditForm form : editForms()) {
			WebSession.Page page = session(form.network()).inLanguage(language).get(form.path());
			assertThat(page.status()).as(form.path()).isEqualTo(200);
			assertThat(page.body()).as("the page in the language asked").contains("<html lang=\"" + language + "\"");
			List<String> wrong = new ArrayList<>();
			Map<String, String> values = dateInputs(page.body());
			values.forEach((id, value) -> {
				boolean iso = value.isEmpty() || ISO.matcher(value).matches() || ISO_TIME.matcher(value).matches();
				if (!iso) {
					wrong.add(id + "=" + value);
				}
			});
			form.expected().forEach((id, value) -> {
				if (values.get(id) == null || !values.get(id).startsWith(value)) {
					wrong.add(id + " should be " + value + " but is " + values.get(id));
				}
			});
			if (!wrong.isEmpty()) {
				problems.put(form.path(), wrong);
			}
		}
		assertThat(problems).as("date fields not in ISO form (%s)", language).isEmpty();
	}

	/**
	 * The demo's records with dates, one of each kind that has an edit form with date fields (in the demo's
	 * networks, whose admins the test signs in as; other tests make networks of their own).
	 */
	List<EditForm> editForms() {
		List<EditForm> forms = new ArrayList<>();
		jdbc.sql("""
				select n.slug, o.id, o.founded_on, o.ngo_since from organization o join network n on n.id = o.network_id and n.demo
				where o.founded_on is not null and o.ngo_since is not null order by o.id limit 1""")
			.query((rs, i) -> forms.add(new EditForm(rs.getString(1), "/n/" + rs.getString(1) + "/organizations/" + rs.getLong(2) + "?tab=edit",
					Map.of("foundedOn", rs.getString(3), "ngoStatusSince", rs.getString(4)))))
			.list();
		jdbc.sql("""
				select n.slug, p.id, min(c.given_on) from person p join network n on n.id = p.network_id and n.demo
				join person_consent c on c.person_id = p.id group by n.slug, p.id
				having count(*) = 1 order by p.id limit 1""")
			.query((rs, i) -> forms.add(new EditForm(rs.getString(1), "/n/" + rs.getString(1) + "/people/" + rs.getLong(2),
					Map.of("consents0.givenOn", rs.getString(3)))))
			.list();
		jdbc.sql("""
				select n.slug, e.id, e.starts_at, e.registration_from from event e join network n on n.id = e.network_id and n.demo
				order by e.registration_from is null, e.id limit 1""")
			.query((rs, i) -> {
				Map<String, String> expected = new LinkedHashMap<>();
				expected.put("startsAt", inVilnius(rs.getObject(3, OffsetDateTime.class)));
				if (rs.getString(4) != null) {
					expected.put("registrationFrom", rs.getString(4));
				}
				return forms.add(new EditForm(rs.getString(1), "/n/" + rs.getString(1) + "/events/" + rs.getLong(2) + "?tab=edit", expected));
			})
			.list();
		single(forms, "select n.slug, x.id, x.starts_on from project x join network n on n.id = x.network_id and n.demo order by x.id limit 1",
				"/projects/%d/edit", "startsOn");
		single(forms, """
				select n.slug, x.id, x.signed_on from municipal_agreement x join network n on n.id = x.network_id and n.demo
				where x.signed_on is not null order by x.id limit 1""", "/municipal-agreements/%d/edit", "signedOn");
		single(forms, "select n.slug, x.id, x.held_on from decision_maker_meeting x join network n on n.id = x.network_id and n.demo order by x.id limit 1",
				"/decision-maker-meetings/%d", "heldOn");
		single(forms, "select n.slug, x.id, x.valid_from from council_seat x join network n on n.id = x.network_id and n.demo order by x.id limit 1",
				"/council-seats/%d", "from");
		single(forms, "select n.slug, x.id, x.held_on from consultation x join network n on n.id = x.network_id and n.demo order by x.id limit 1",
				"/consultations/%d/edit", "heldOn");
		single(forms, """
				select n.slug, x.id, x.approved_on from strategy x join network n on n.id = x.network_id and n.demo
				where x.approved_on is not null order by x.id limit 1""", "/strategies/%d", "approvedOn");
		assertThat(forms).as("the demo has a record of each kind with a date").hasSize(9);
		return forms;
	}

	private void single(List<EditForm> forms, String sql, String path, String field) {
		jdbc.sql(sql)
			.query((rs, i) -> forms.add(new EditForm(rs.getString(1),
					"/n/" + rs.getString(1) + path.formatted(rs.getLong(2)), Map.of(field, rs.getString(3)))))
			.list();
	}

	private static String inVilnius(OffsetDateTime at) {
		return at.atZoneSameInstant(ZoneId.of("Europe/Vilnius")).toLocalDateTime().toString().substring(0, 16);
	}

	/** The value of every date, date-time and time field of a page, by the field's id. */
	static Map<String, String> dateInputs(String html) {
		Map<String, String> values = new LinkedHashMap<>();
		Matcher input = INPUT.matcher(html);
		while (input.find()) {
			String tag = input.group();
			String type = attribute(tag, "type");
			if (type != null && List.of("date", "datetime-local", "time").contains(type)) {
				String id = attribute(tag, "id");
				String value = attribute(tag, "value");
				values.put(id == null ? attribute(tag, "name") : id,
						value == null ? "" : HtmlUtils.htmlUnescape(value));
			}
		}
		return values;
	}

	private static String attribute(String tag, String name) {
		Matcher matcher = Pattern.compile("\\s" + name + "=\"([^\"]*)\"").matcher(tag);
		return matcher.find() ? matcher.group(1) : null;
	}

	private WebSession session(String network) {
		String email = DemoAccounts.NETWORK_USERS.stream()
			.filter(user -> user.network().equals(network) && user.role() == Role.NETWORK_ADMIN)
			.findFirst()
			.orElseThrow()
			.email();
		return WebSession.signedIn(port, email, DemoAccounts.PASSWORD);
	}

	record EditForm(String network, String path, Map<String, String> expected) {
	}
}
