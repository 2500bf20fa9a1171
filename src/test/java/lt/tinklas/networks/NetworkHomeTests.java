package lt.tinklas.networks;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;
import java.time.LocalTime;
import java.time.ZonedDateTime;
import java.time.format.DateTimeFormatter;
import java.util.UUID;

import lt.tinklas.demo.DemoAccounts;
import lt.tinklas.identity.Role;
import lt.tinklas.identity.Users;
import lt.tinklas.organizations.LegalCode;
import lt.tinklas.shared.web.Formats;
import lt.tinklas.testing.ApiClient;
import lt.tinklas.testing.FreshNetwork;
import lt.tinklas.testing.TestDatabase;
import lt.tinklas.testing.TinklasTest;
import lt.tinklas.testing.WebSession;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.jdbc.core.simple.JdbcClient;

/**
 * The home of each role on a network made for this test, with one record of each kind that waits:
 * the staff see what needs doing, the figures and the latest changes; the board the applications and
 * the figures; a member representative their organization, its people, the events open to them,
 * their certificates and consultations. Each role is also shown what it does not see.
 */
@TinklasTest
class NetworkHomeTests {

	static final String PASSWORD = "namu-slaptazodis";

	@LocalServerPort
	int port;

	@Autowired
	Users users;

	/** The database as its owner sees it, for the test's own setup and checks. */
	JdbcClient jdbc = TestDatabase.ownerJdbc();

	@Autowired
	Networks networks;

	static FreshNetwork fresh;

	static String slug;

	@BeforeEach
	void network() {
		if (fresh != null) {
			return;
		}
		slug = "namai";
		fresh = FreshNetwork.create(port, slug, "Namų tinklas");
		long network = networks.bySlug(slug).orElseThrow().id();
		ApiClient admin = fresh.admin();
		users.addToNetwork(network, "Namų tinklas", new Users.NewMember("sekretore@namai.lt", "Sigita Sekretorė", "lt",
				Role.STAFF, null, PASSWORD));
		LocalDate today = LocalDate.now(Formats.VILNIUS);
		long organization = fresh.organization("30000001", "Asociacija Saulėgrąža", "2020-01-01");
		long person = FreshNetwork.created(admin.post(fresh.api() + "/people", """
				{"firstName":"Ona","lastName":"Onaitė","email":"ona@saulegraza.lt","language":"lt",
				 "affiliations":[{"organizationId":%d,"from":"2020-01-01"}]}""".formatted(organization)));
		// an event this week, at noon today
		String noon = ZonedDateTime.of(today, LocalTime.NOON, Formats.VILNIUS).toOffsetDateTime().toString();
		String noonEnd = ZonedDateTime.of(today, LocalTime.of(14, 0), Formats.VILNIUS).toOffsetDateTime().toString();
		fresh.event("NETWORKING_MEETING", "Šios savaitės pusryčiai", noon, noonEnd, 2);
		// a training held ten days ago, attended by Ona, whose feedback link was never sent
		LocalDate held = today.minusDays(10);
		long training = fresh.event("TRAINING", "Mokymai apie skurdą",
				ZonedDateTime.of(held, LocalTime.of(10, 0), Formats.VILNIUS).toOffsetDateTime().toString(),
				ZonedDateTime.of(held, LocalTime.of(16, 0), Formats.VILNIUS).toOffsetDateTime().toString(), 6);
		assertThat(admin.post(fresh.api() + "/events/" + training + "/participants", """
				{"personId":%d,"organizationId":%d,"status":"ATTENDED"}""".formatted(person, organization)).status())
			.isEqualTo(201);
		jdbc.sql("update event set status = 'HELD' where id = ?").param(training).update();
		// an event next month, open for registration
		LocalDate later = today.plusDays(30);
		fresh.event("TRAINING", "Būsimi mokymai",
				ZonedDateTime.of(later, LocalTime.of(10, 0), Formats.VILNIUS).toOffsetDateTime().toString(),
				ZonedDateTime.of(later, LocalTime.of(16, 0), Formats.VILNIUS).toOffsetDateTime().toString(), 6);
		// a position sent seventy days ago with no outcome, and a seat whose term ends in a month
		long institution = FreshNetwork.created(ApiClient.basic(port, "sekretore@namai.lt", PASSWORD).post(fresh.api() + "/institutions", """
				{"name":"Socialinės apsaugos ministerija","kind":"MINISTRY"}"""));
		FreshNetwork.created(admin.post(fresh.api() + "/positions", """
				{"title":"Dėl minimalių pajamų","kind":"POSITION","sentOn":"%s","addressees":[%d]}"""
			.formatted(today.minusDays(70), institution)));
		FreshNetwork.created(admin.post(fresh.api() + "/council-seats", """
				{"institutionId":%d,"body":"Trišalė taryba","personId":%d,"role":"MEMBER","from":"2024-01-01","until":"%s"}"""
			.formatted(institution, person, today.plusDays(30))));
		// an application waiting
		assertThat(ApiClient.anonymous(port).post("/api/v1/networks/" + slug + "/membership-applications", """
				{"legalCode":"%s","name":"Asociacija Laukianti","foundedOn":"2010-01-01","ngoStatusSince":"2011-01-01",
				 "contactName":"Rimas","contactEmail":"rimas@laukianti.lt"}""".formatted(LegalCode.complete("30000002").orElseThrow()))
			.status()).isEqualTo(201);
		// a mail that failed for good here, and one in another network
		failedMail(network, "Kvietimas, kuris neišėjo");
		failedMail(networks.bySlug("nsmot").orElseThrow().id(), "Kito tinklo laiškas");
		users.addToNetwork(network, "Namų tinklas", new Users.NewMember("valdyba@namai.lt", "Vida Valdybienė", "lt",
				Role.BOARD, null, PASSWORD));
		users.addToNetwork(network, "Namų tinklas", new Users.NewMember("atstove@namai.lt", "Aldona Atstovė", "lt",
				Role.MEMBER_REP, organization, PASSWORD));
	}

	private void failedMail(long network, String subject) {
		jdbc.sql("""
				insert into outbox_mail (network_id, language, recipient, subject, body, created_at, attempts, last_error, message_id)
				values (?, 'lt', 'nera@niekur.lt', ?, 'Tekstas', current_timestamp, 10, 'Connection refused', ?)""")
			.param(network)
			.param(subject)
			.param(UUID.randomUUID())
			.update();
	}

	@Test
	void theStaffSeeWhatNeedsDoingTheFiguresAndTheLatestChanges() {
		String home = fresh.signedIn().get("/n/" + slug).text();
		assertThat(home).contains("Ką reikia padaryti", "Laukiantys prašymai", "Asociacija Laukianti",
				"Šios savaitės renginiai", "Šios savaitės pusryčiai", "užsiregistravo 0",
				"Atsiliepimų prašymai po mokymų", "Mokymai apie skurdą", "1 dalyviams nuoroda nesiųsta",
				"Dėl minimalių pajamų", "išsiųsta " + LocalDate.now(Formats.VILNIUS).minusDays(70).format(DateTimeFormatter.ISO_LOCAL_DATE),
				"Trišalė taryba", "Ona Onaitė, iki", "Neišsiųsti laiškai", "Kvietimas, kuris neišėjo", "nebebandoma siųsti",
				"Šių metų rodikliai", "Įvykę renginiai", "Naujausi pakeitimai", "Misija");
		// the changes name who made them, and what
		assertThat(home).contains("Sigita Sekretorė sukūrė Institucija „Socialinės apsaugos ministerija“");
		// another network's mail is not here
		assertThat(home).doesNotContain("Kito tinklo laiškas");
		// nor the representative's own cards
		assertThat(home).doesNotContain("Jūsų konsultacijos", "Jūsų organizacijos žmonės");
	}

	@Test
	void theBoardSeeTheApplicationsAndTheFiguresOnly() {
		String home = WebSession.signedIn(port, "valdyba@namai.lt", PASSWORD).get("/n/" + slug).text();
		assertThat(home).contains("Laukiantys prašymai", "Asociacija Laukianti", "Šių metų rodikliai");
		assertThat(home).doesNotContain("Neišsiųsti laiškai", "Kvietimas, kuris neišėjo", "Šios savaitės renginiai",
				"Naujausi pakeitimai", "Dėl minimalių pajamų", "Jūsų konsultacijos");
		String english = WebSession.signedIn(port, "valdyba@namai.lt", PASSWORD).inLanguage("en").get("/n/" + slug).text();
		assertThat(english).contains("What needs doing", "Applications waiting", "This year’s figures", "Events held");
	}

	@Test
	void aRepresentativeSeesTheirOrganizationItsPeopleEventsCertificatesAndConsultations() {
		String home = WebSession.signedIn(port, "atstove@namai.lt", PASSWORD).get("/n/" + slug).text();
		assertThat(home).contains("Jūsų organizacija", "Asociacija Saulėgrąža", "Narė", "Jūsų organizacijos žmonės",
				"Ona Onaitė", "Renginiai, į kuriuos galima registruotis", "Būsimi mokymai", "Jūsų žmonių pažymėjimai",
				"Ona Onaitė: Mokymai apie skurdą", "Jūsų konsultacijos", "Konsultacijų dar nebuvo.");
		assertThat(home).doesNotContain("Laukiantys prašymai", "Asociacija Laukianti", "Neišsiųsti laiškai",
				"Kvietimas, kuris neišėjo", "Šių metų rodikliai", "Naujausi pakeitimai", "Dėl minimalių pajamų");
	}

	@Test
	void anEmptyCardSaysSoInWords() {
		WebSession staff = WebSession.signedIn(port, DemoAccounts.NSMOT_STAFF.email(), DemoAccounts.PASSWORD);
		String home = staff.inLanguage("en").get("/n/nsmot").text();
		assertThat(home).contains("What needs doing", "Applications waiting", "Mission");
		// the network's own words in English where it wrote them
		assertThat(home).contains("National Network of Poverty Reduction Organizations",
				"To reduce poverty and social exclusion by bringing NGOs together", "Respect for human rights")
			.doesNotContain("Nacionalinis skurdo mažinimo organizacijų tinklas", "Pagarba žmogaus teisėms");
		// the demo's positions all have outcomes or are recent; its trainings are long past
		assertThat(home).contains("No held training waits for its feedback links.");
	}
}
