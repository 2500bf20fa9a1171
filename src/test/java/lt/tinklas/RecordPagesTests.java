package lt.tinklas;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;
import java.util.List;
import java.util.Map;

import lt.tinklas.demo.DemoAccounts;
import lt.tinklas.events.Events;
import lt.tinklas.events.ParticipationStatus;
import lt.tinklas.events.application.ParticipantView;
import lt.tinklas.networks.Networks;
import lt.tinklas.organizations.OrganizationFilter;
import lt.tinklas.organizations.OrganizationView;
import lt.tinklas.organizations.Organizations;
import lt.tinklas.people.People;
import lt.tinklas.people.PersonData;
import lt.tinklas.shared.tenancy.Tenancy;
import lt.tinklas.testing.ApiClient;
import lt.tinklas.testing.TinklasTest;
import lt.tinklas.testing.WebSession;
import org.jsoup.Jsoup;
import org.jsoup.nodes.Element;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;

/**
 * A record's page: its header and tabs each at an address of its own, text for those who may not
 * edit, attendance saved at once, a participant picked or typed in, and histories naming people.
 */
@TinklasTest
class RecordPagesTests {

	@LocalServerPort
	int port;

	@Autowired
	Organizations organizations;

	@Autowired
	Networks networks;

	@Autowired
	People people;

	@Autowired
	Events events;

	long network(String slug) {
		return networks.bySlug(slug).orElseThrow().id();
	}

	long organization(String name) {
		return Tenancy.runAs(network("nsmot"), () -> organizations
			.search(new OrganizationFilter(name, null, null, null, null, null), 0, 1)
			.items()
			.get(0)
			.id());
	}

	WebSession staffPages() {
		return WebSession.signedIn(port, DemoAccounts.NSMOT_STAFF.email(), DemoAccounts.PASSWORD);
	}

	ApiClient staff() {
		return ApiClient.basic(port, DemoAccounts.NSMOT_STAFF.email(), DemoAccounts.PASSWORD);
	}

	long person(String slug, String first, String last) {
		return Tenancy.runAs(network(slug), () -> people.create(new PersonData(first, last,
				first.toLowerCase() + "." + System.nanoTime() + "@irasai.lt", null, "lt", List.of(), List.of())).id());
	}

	int startedEvent(String title) {
		ApiClient.Response created = staff().post("/api/v1/networks/nsmot/events", """
				{"type":"TRAINING","title":"%s","startsAt":"2025-03-01T10:00:00+02:00","endsAt":"2025-03-01T14:00:00+02:00",
				 "format":"LIVE","hours":4,"municipality":"LT-57"}""".formatted(title));
		assertThat(created.status()).as(created.body()).isEqualTo(201);
		return created.json("$.id");
	}

	/** The form fields of a page's main part, and anything disabled or read-only there. */
	static List<String> formFields(String html) {
		return Jsoup.parse(html).select("main input, main select, main textarea, main [disabled], main [readonly]")
			.stream()
			.map(Element::outerHtml)
			.toList();
	}

	List<ParticipantView> participants(int event) {
		return Tenancy.runAs(network("nsmot"), () -> events.participants(event));
	}

	@Test
	void aMemberRepresentativeReadsAnOrganizationAsTextWithoutAnyFormField() {
		WebSession representative = WebSession.signedIn(port, DemoAccounts.NSMOT_MEMBER.email(), DemoAccounts.PASSWORD);
		long food = organization("Maisto bankas");
		long other = organization("Caritas");

		WebSession.Page page = representative.get("/n/nsmot/organizations/" + other);
		assertThat(page.status()).isEqualTo(200);
		assertThat(formFields(page.body())).isEmpty();
		assertThat(page.text()).contains("Juridinio asmens kodas", "Apžvalga").doesNotContain("Redaguoti",
				"Pakeitimų istorija");
		// the edit tab asked for by its address is not theirs: the overview opens instead
		assertThat(formFields(representative.get("/n/nsmot/organizations/" + other + "?tab=edit").body())).isEmpty();

		// their own organization they may edit: its overview is text too, its form on the edit tab
		String own = representative.get("/n/nsmot/organizations/" + food).body();
		assertThat(own).contains("?tab=edit");
		assertThat(formFields(own)).isEmpty();
		assertThat(representative.get("/n/nsmot/organizations/" + food + "?tab=edit").body())
			.contains("name=\"name\"", "name=\"version\"");
	}

	@Test
	void theBoardReadsAPersonAsTextAndTheStaffEditIt() {
		long food = organization("Maisto bankas");
		long person = Tenancy.runAs(network("nsmot"), () -> people.create(new PersonData("Skaitoma", "Tekstaitė",
				"skaitoma." + System.nanoTime() + "@irasai.lt", "+37060000001", "lt",
				List.of(new PersonData.AffiliationData(food, "Koordinatorė", LocalDate.of(2024, 1, 1), null)), List.of())).id());
		String page = "/n/nsmot/people/" + person;
		WebSession board = WebSession.signedIn(port, DemoAccounts.NSMOT_BOARD.email(), DemoAccounts.PASSWORD);
		WebSession.Page read = board.get(page);
		assertThat(formFields(read.body())).isEmpty();
		assertThat(read.text()).contains("Tekstaitė", "+37060000001", "Maisto bankas", "Koordinatorė", "2024-01-01");
		assertThat(staffPages().get(page).body()).contains("name=\"firstName\"").doesNotContain("disabled=\"disabled\"");
	}

	@Test
	void eachTabOpensByItsAddressAndMarksItselfCurrent() {
		WebSession staff = staffPages();
		long food = organization("Maisto bankas");
		String organization = "/n/nsmot/organizations/" + food;
		assertThat(staff.get(organization).body()).contains("id=\"tab-overview\"", "aria-current=\"page\"",
				"id=\"membership\"");
		String history = staff.get(organization + "?tab=history").body();
		assertThat(history).contains("id=\"history-heading\"").doesNotContain("id=\"membership\"");
		assertThat(history).containsPattern("id=\"tab-history\"[^>]*aria-current=\"page\"");

		int event = startedEvent("Skiltys");
		String page = "/n/nsmot/events/" + event;
		assertThat(staff.get(page).body()).contains("id=\"participants\"").doesNotContain("id=\"feedback\"");
		assertThat(staff.get(page + "?tab=feedback").body()).contains("id=\"feedback\"").doesNotContain("id=\"participants\"");
		assertThat(staff.get(page + "?tab=materials").body()).contains("id=\"materials\"");
		assertThat(staff.get(page + "?tab=invitations").body()).contains("id=\"invitations\"");
		assertThat(staff.get(page + "?tab=edit").body()).contains("name=\"title\"");
		assertThat(staff.get(page + "?tab=history").body()).contains("id=\"history-heading\"");
		// a tab that is not one opens the first; the board has no invitations or edit tab
		assertThat(staff.get(page + "?tab=nera").body()).contains("id=\"participants\"");
		WebSession board = WebSession.signedIn(port, DemoAccounts.NSMOT_BOARD.email(), DemoAccounts.PASSWORD);
		String boardPage = board.get(page + "?tab=edit").body();
		assertThat(boardPage).contains("id=\"participants\"").doesNotContain("id=\"tab-edit\"", "id=\"tab-invitations\"",
				"name=\"title\"");
	}

	@Test
	void attendanceIsTickedForAllAndSavedOnceAndAStrangersIdRefusesTheWholeSave() {
		int event = startedEvent("Vienas mygtukas");
		long ona = person("nsmot", "Ona", "Žilienė");
		long jonas = person("nsmot", "Jonas", "Abaris");
		long stranger = person("nsmot", "Kitas", "Svetimas");
		WebSession staff = staffPages();
		String page = "/n/nsmot/events/" + event;
		for (long id : List.of(ona, jonas)) {
			assertThat(staff.post(page, page + "/participants", Map.of("personId", String.valueOf(id), "status", "REGISTERED"))
				.location()).endsWith("#participants");
		}
		String shown = staff.get(page).text();
		// the list says "Surname, Name" as its header does, in that order
		assertThat(shown).contains("Pavardė, vardas", "Abaris, Jonas", "Žilienė, Ona");
		assertThat(shown.indexOf("Abaris, Jonas")).isLessThan(shown.indexOf("Žilienė, Ona"));
		assertThat(staff.get(page).body()).contains("id=\"attendance-save\"", "name=\"attended\"")
			.doesNotContain("id=\"status-" + ona + "\"");

		// a person not on the list: nothing saved
		staff.post(page, page + "/attendance/marks", Map.of("listed", String.valueOf(stranger), "attended",
				String.valueOf(stranger)));
		assertThat(staff.get(page + "?tab=participants").text()).contains("nėra šio renginio dalyvių sąraše");
		assertThat(participants(event)).extracting(ParticipantView::status)
			.containsOnly(ParticipationStatus.REGISTERED);

		WebSession.Page saved = staff.postRaw(page + "/attendance/marks", Map.of());
		assertThat(saved.status()).isEqualTo(403); // no token: refused
		String form = "listed=" + ona + "&listed=" + jonas + "&attended=" + ona;
		staff.post(page, page + "/attendance/marks?" + form, Map.of());
		assertThat(participants(event)).extracting(p -> p.personId() + ":" + p.status())
			.containsExactlyInAnyOrder(ona + ":ATTENDED", jonas + ":ABSENT");
		assertThat(staff.get(page + "?tab=participants").text()).contains("Dalyvavimas išsaugotas.");
	}

	@Test
	void aParticipantIsPickedOrTypedInAsANewPersonAndBadInputSavesNothing() {
		int event = startedEvent("Naujas dalyvis");
		WebSession staff = staffPages();
		String page = "/n/nsmot/events/" + event;
		long picked = person("nsmot", "Rasa", "Pasirinktoji");
		assertThat(staff.post(page, page + "/participants", Map.of("personId", String.valueOf(picked), "status", "ATTENDED"))
			.location()).endsWith("#participants");
		assertThat(participants(event)).extracting(ParticipantView::personId).containsExactly(picked);

		// a person of another network is no one here
		long foreign = person("nvo-vaikams", "Svetima", "Kitotinklo");
		staff.post(page, page + "/participants", Map.of("personId", String.valueOf(foreign)));
		assertThat(staff.get(page + "?tab=participants").text()).contains("Tokio asmens tinklo žmonių sąraše nėra");
		staff.post(page, page + "/participants", Map.of("personId", "du"));
		assertThat(staff.get(page + "?tab=participants").text()).contains("Tokio asmens tinklo žmonių sąraše nėra");
		staff.post(page, page + "/participants", Map.of());
		assertThat(staff.get(page + "?tab=participants").text()).contains("Pasirinkite asmenį iš sąrašo arba įrašykite naują asmenį");

		// a new person typed in: empty names and a bad e-mail are each said, nobody is added
		long before = Tenancy.runAs(network("nsmot"), () -> people.search("", null, 0, 1).total());
		staff.post(page, page + "/participants", Map.of("firstName", " ", "lastName", "", "newEmail", "ne-adresas",
				"status", "ATTENDED"));
		String refused = staff.get(page + "?tab=participants").text();
		assertThat(refused).contains("Šis laukas privalomas.", "Neteisingas el. pašto adresas.");
		assertThat(staff.post(page, page + "/participants", Map.of("firstName", "Vardas", "lastName", "Be pašto",
				"newEmail", "bloga@", "status", "ATTENDED")).status()).isEqualTo(302);
		String email = "naujas." + System.nanoTime() + "@irasai.lt";
		staff.post(page, page + "/participants", Map.of("firstName", "Naujas", "lastName", "Žmogus", "newEmail", email,
				"status", "ATTENDED"));
		assertThat(participants(event)).hasSize(2).anySatisfy(p -> {
			assertThat(p.listName()).isEqualTo("Žmogus, Naujas");
			assertThat(p.status()).isEqualTo(ParticipationStatus.ATTENDED);
		});
		assertThat(Tenancy.runAs(network("nsmot"), () -> people.search("", null, 0, 1).total())).isEqualTo(before + 1);
		// the same e-mail again: the person exists, they are not made twice
		staff.post(page, page + "/participants", Map.of("firstName", "Naujas", "lastName", "Žmogus", "newEmail", email));
		assertThat(staff.get(page + "?tab=participants").text()).contains("jau yra tinklo sąraše");
		assertThat(Tenancy.runAs(network("nsmot"), () -> people.search("", null, 0, 1).total())).isEqualTo(before + 1);

		// a registration refused (the event cancelled) leaves no new person behind
		assertThat(staff().post("/api/v1/networks/nsmot/events/" + event + "/cancel", "{}").status()).isEqualTo(200);
		staff.post(page, page + "/participants", Map.of("firstName", "Atšauktojo", "lastName", "Renginio",
				"newEmail", "atsauktas." + System.nanoTime() + "@irasai.lt", "status", "REGISTERED"));
		assertThat(Tenancy.runAs(network("nsmot"), () -> people.search("", null, 0, 1).total())).isEqualTo(before + 1);
	}

	@Test
	void theHistoryNamesWhoChangedThingsNotTheirSignInAddress() {
		OrganizationView saved = Tenancy.runAs(network("nsmot"), () -> organizations.get(organization("Gelbėkit vaikus"), null));
		WebSession staff = staffPages();
		String page = "/n/nsmot/organizations/" + saved.id();
		Map<String, String> form = Map.of("legalCode", saved.legalCode(), "name", saved.name(), "legalForm",
				saved.legalForm().name(), "seatMunicipality", saved.seatMunicipality() == null ? "" : saved.seatMunicipality(),
				"phone", "+37052999999", "version", String.valueOf(saved.version()));
		assertThat(staff.post(page + "?tab=edit", page, form).location()).endsWith(page);
		String history = staff.get(page + "?tab=history").text();
		assertThat(history).contains("Rūta Žemaitienė", "+37052999999").doesNotContain("darbuotoja@nsmot.demo");
		assertThat(staff.get("/n/nsmot/history").text()).contains("Rūta Žemaitienė")
			.doesNotContain("darbuotoja@nsmot.demo");
	}
}
