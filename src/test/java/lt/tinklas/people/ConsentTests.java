package lt.tinklas.people;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;
import java.util.List;
import java.util.Map;

import jakarta.mail.internet.MimeMessage;
import lt.tinklas.demo.DemoAccounts;
import lt.tinklas.organizations.LegalCode;
import lt.tinklas.shared.web.Formats;
import lt.tinklas.testing.ApiClient;
import lt.tinklas.testing.FreshNetwork;
import lt.tinklas.testing.TestDatabase;
import lt.tinklas.testing.TestMail;
import lt.tinklas.testing.TinklasTest;
import lt.tinklas.testing.WebSession;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.jdbc.core.simple.JdbcClient;

/**
 * Consent: the network's kinds kept by its keepers, consent asked and recorded on the public forms
 * with the text shown, invitations only to people who agreed (the others listed with the reason
 * before anything is sent), and withdrawal from the mailed link without signing in.
 */
@TinklasTest
class ConsentTests {

	static final String INVITATIONS_TEXT = "Sutinku gauti kvietimus į tinklo renginius el. paštu.";

	@LocalServerPort
	int port;

	/** The database as its owner sees it, for the test's own setup and checks. */
	JdbcClient jdbc = TestDatabase.ownerJdbc();

	ApiClient staff() {
		return ApiClient.basic(port, DemoAccounts.NSMOT_STAFF.email(), DemoAccounts.PASSWORD);
	}

	@Test
	void keepersListAddEditAndDeleteKindsBadInputChangesNothingAndAMemberRepresentativeIsRefused() {
		FreshNetwork network = FreshNetwork.create(port, "sutikimai", "Sutikimų tinklas");
		ApiClient admin = network.admin();
		assertThat(admin.get(network.api() + "/consent-kinds").<List<String>>json("$[*].nameLt"))
			.containsExactly("Kvietimai į renginius", "Naujienlaiškiai", "Nuotraukos");

		ApiClient.Response created = admin.post(network.api() + "/consent-kinds", """
				{"nameLt":"Apklausos","nameEn":"Surveys","statementLt":"Sutinku dalyvauti apklausose.",
				 "offeredOnForms":true}""");
		assertThat(created.status()).as(created.body()).isEqualTo(201);
		long id = FreshNetwork.created(created);
		assertThat(created.<String>json("$.purpose")).isEqualTo("OTHER");
		assertThat(created.<Boolean>json("$.active")).isTrue();

		// bad input: blank names, a name taken in another case, a use another kind has; nothing is kept
		ApiClient.Response blank = admin.post(network.api() + "/consent-kinds", """
				{"nameLt":" ","nameEn":""}""");
		assertThat(blank.status()).isEqualTo(400);
		ApiClient.Response taken = admin.post(network.api() + "/consent-kinds", """
				{"nameLt":"apklausos","nameEn":"Polls"}""");
		assertThat(taken.status()).isEqualTo(400);
		assertThat(taken.<List<String>>json("$.errors[*].message")).containsExactly("Sutikimo rūšis „apklausos“ jau yra.");
		ApiClient.Response twice = admin.post(network.api() + "/consent-kinds", """
				{"nameLt":"Kiti kvietimai","nameEn":"Other invitations","purpose":"INVITATIONS"}""");
		assertThat(twice.status()).isEqualTo(400);
		assertThat(twice.<List<String>>json("$.errors[*].message"))
			.containsExactly("Tam jau naudojama rūšis „Kvietimai į renginius“.");
		ApiClient.Response unknownUse = admin.post(network.api() + "/consent-kinds", """
				{"nameLt":"Keista","nameEn":"Odd","purpose":"SOMETHING"}""");
		assertThat(unknownUse.status()).isEqualTo(400);
		ApiClient.Response noVersion = admin.put(network.api() + "/consent-kinds/" + id, """
				{"nameLt":"Apklausos","nameEn":"Surveys"}""");
		assertThat(noVersion.status()).isEqualTo(400);
		assertThat(admin.get(network.api() + "/consent-kinds").<List<String>>json("$[*].nameLt")).hasSize(4);

		// the page: the list, an edit, a deletion that asks first
		WebSession pages = network.signedIn();
		String list = network.pages() + "/consent-kinds";
		assertThat(pages.get(list).text()).contains("Sutikimų rūšys", "Apklausos", "Kvietimai į renginius");
		assertThat(pages.get(list).html()).contains("data-confirm=\"Ištrinti sutikimo rūšį „Apklausos“?\"");
		WebSession.Page refused = pages.post(list, list, Map.of("nameLt", "", "nameEn", "Empty"));
		assertThat(refused.status()).isEqualTo(200);
		assertThat(refused.html()).contains("is-invalid");
		WebSession.Page added = pages.post(list, list, Map.of("nameLt", "Vaizdo įrašai", "nameEn", "Videos",
				"purpose", "OTHER", "active", "true"));
		assertThat(added.location()).endsWith(list);
		long version = admin.get(network.api() + "/consent-kinds/" + id).<Integer>json("$.version");
		WebSession.Page edited = pages.post(list + "/" + id, list + "/" + id, Map.of("nameLt", "Apklausos ir tyrimai",
				"nameEn", "Surveys and research", "purpose", "OTHER", "version", String.valueOf(version)));
		assertThat(edited.location()).endsWith(list);
		assertThat(admin.get(network.api() + "/consent-kinds/" + id).<String>json("$.nameEn"))
			.isEqualTo("Surveys and research");
		assertThat(admin.get(network.api() + "/consent-kinds/" + id).<Boolean>json("$.active")).isFalse();

		// a kind in use is not deleted; one nobody names is, and the history keeps it
		long invitations = kindId(admin, network.api(), "Kvietimai į renginius");
		ApiClient.Response person = admin.post(network.api() + "/people", """
				{"firstName":"Sutinkanti","lastName":"Asmenė","email":"sutinka@sutikimai.lt",
				 "consents":[{"kind":%d,"givenOn":"2026-01-05","source":"PAPER","text":"Sutinku."}]}""".formatted(invitations));
		assertThat(person.status()).as(person.body()).isEqualTo(201);
		assertThat(admin.delete(network.api() + "/consent-kinds/" + invitations).status()).isEqualTo(409);
		pages.post(list, list + "/" + invitations + "/delete", Map.of());
		assertThat(pages.get(list).text()).contains("Rūšies „Kvietimai į renginius“ ištrinti negalima: ją nurodo 1 asmenų sutikimai.");
		assertThat(admin.delete(network.api() + "/consent-kinds/" + id).status()).isEqualTo(204);
		assertThat(admin.get(network.api() + "/consent-kinds/" + id).status()).isEqualTo(404);
		assertThat(jdbc.sql("select count(*) from consent_kind_aud where id = ? and revtype = 2").param(id)
			.query(Long.class).single()).isOne();
		// the other network's kinds are untouched
		assertThat(staff().get("/api/v1/networks/nsmot/consent-kinds").<List<String>>json("$[*].nameLt"))
			.contains("Kvietimai į renginius").doesNotContain("Vaizdo įrašai");

		// a member representative reads the kinds but may not change them
		ApiClient representative = ApiClient.basic(port, DemoAccounts.NSMOT_MEMBER.email(), DemoAccounts.PASSWORD);
		assertThat(representative.post("/api/v1/networks/nsmot/consent-kinds", """
				{"nameLt":"Atstovo","nameEn":"Representative's"}""").status()).isEqualTo(403);
		assertThat(WebSession.signedIn(port, DemoAccounts.NSMOT_MEMBER.email(), DemoAccounts.PASSWORD)
			.get("/n/nsmot/consent-kinds").status()).isEqualTo(403);
	}

	@Test
	void aPublicRegistrationAsksForConsentUntickedAndRecordsWhatWasGivenWithTheTextShown() {
		ApiClient staff = staff();
		int year = LocalDate.now().getYear() + 2;
		int event = staff.post("/api/v1/networks/nsmot/events", """
				{"type":"TRAINING","title":"Sutikimų mokymai","startsAt":"%d-04-04T10:00:00+03:00",
				 "endsAt":"%d-04-04T14:00:00+03:00","public":true,"capacity":50}""".formatted(year, year)).json("$.id");
		long invitations = kindId(staff, "/api/v1/networks/nsmot", "Kvietimai į renginius");
		String page = "/n/nsmot/public/events/" + event;
		WebSession visitor = new WebSession(port);
		String form = visitor.get(page).html();
		assertThat(form).contains("name=\"consent\"", "value=\"" + invitations + "\"", INVITATIONS_TEXT,
				"href=\"/n/nsmot/public/privacy\"").doesNotContain("checked");

		String email = "sutinkanti." + System.nanoTime() + "@registruojasi.lt";
		// a value that is no kind ticks nothing and breaks nothing
		WebSession.Page sent = visitor.post(page, page, Map.of("firstName", "Sutinkanti", "lastName", "Dalyvė",
				"email", email, "consent", String.valueOf(invitations)));
		assertThat(sent.status()).isEqualTo(200);
		String confirm = TestMail.linkPath(TestMail.latestTo(email), "/n/nsmot/public/registrations/");
		assertThat(visitor.post(confirm, confirm, Map.of()).status()).isEqualTo(200);

		ApiClient.Response found = staff.get("/api/v1/networks/nsmot/people?q=" + email);
		assertThat(found.<List<Integer>>json("$[0].consents[*].kind")).containsExactly((int) invitations);
		assertThat(found.<List<String>>json("$[0].consents[*].source")).containsExactly("FORM");
		assertThat(found.<List<String>>json("$[0].consents[*].text")).containsExactly(INVITATIONS_TEXT);
		assertThat(found.<List<String>>json("$[0].consents[*].purpose")).containsExactly("Kvietimai į renginius");
		assertThat(found.<List<String>>json("$[0].consents[*].givenOn"))
			.containsExactly(LocalDate.now(Formats.VILNIUS).toString());

		// one who ticks nothing gives nothing; a tampered value is ignored
		String other = "nesutinkanti." + System.nanoTime() + "@registruojasi.lt";
		visitor.post(page, page, Map.of("firstName", "Nesutinkanti", "lastName", "Dalyvė", "email", other,
				"consent", "<script>"));
		String otherConfirm = TestMail.linkPath(TestMail.latestTo(other), "/n/nsmot/public/registrations/");
		visitor.post(otherConfirm, otherConfirm, Map.of());
		assertThat(staff.get("/api/v1/networks/nsmot/people?q=" + other).<List<Object>>json("$[0].consents"))
			.isEmpty();
	}

	@Test
	void aMembershipApplicationRecordsTheContactPersonsConsent() {
		long newsletters = kindId(staff(), "/api/v1/networks/nsmot", "Naujienlaiškiai");
		WebSession visitor = new WebSession(port).inLanguage("en");
		String page = "/n/nsmot/public/apply";
		assertThat(visitor.get(page).html()).contains("I agree to receive the network's newsletter by e-mail.",
				"href=\"/n/nsmot/public/privacy\"");
		String email = "kontaktas." + System.nanoTime() + "@prasymas.lt";
		WebSession.Page applied = visitor.post(page, page, Map.of("legalCode", LegalCode.complete("30555123").orElseThrow(), "name",
				"Sutikimų asociacija", "legalForm", "ASSOCIATION", "contactName", "Rasa Kontaktinė", "contactEmail",
				email, "consent", String.valueOf(newsletters)));
		assertThat(applied.status()).isEqualTo(200);
		ApiClient.Response found = staff().get("/api/v1/networks/nsmot/people?q=" + email);
		assertThat(found.<List<String>>json("$[0].consents[*].text"))
			.containsExactly("I agree to receive the network's newsletter by e-mail.");
		assertThat(found.<String>json("$[0].lastName")).isEqualTo("Kontaktinė");
	}

	@Test
	void invitationsShowWhoIsLeftOutAndWhyAndGoOnlyToPeopleWhoAgreedAfterConfirmation() throws Exception {
		ApiClient staff = staff();
		String willing = person(staff, "Sutinkanti", "[{\"purpose\":\"Kvietimai į renginius\",\"givenOn\":\"2025-02-01\"}]");
		String unwilling = person(staff, "Nesutikusi", "[]");
		String withdrawn = person(staff, "Atšaukusi",
				"[{\"purpose\":\"Kvietimai į renginius\",\"givenOn\":\"2025-02-01\",\"withdrawnOn\":\"2025-06-01\"}]");
		int event = staff.post("/api/v1/networks/nsmot/events", """
				{"type":"TRAINING","title":"Tik sutikusiems","startsAt":"2031-05-05T10:00:00+03:00",
				 "endsAt":"2031-05-05T12:00:00+03:00","capacity":50}""").json("$.id");
		WebSession pages = WebSession.signedIn(port, DemoAccounts.NSMOT_STAFF.email(), DemoAccounts.PASSWORD);
		String page = "/n/nsmot/events/" + event;
		Map<String, String> choice = Map.of("segment", "LIST", "emails", willing + " " + unwilling + " " + withdrawn);

		pages.post(page, page + "/invitations", choice);
		String plan = pages.get(page + "?tab=invitations").text();
		assertThat(plan).contains("Kvietimą gautų 1 asm.; praleista būtų 2.", "Nesutikusi Kviestinė",
				"Nėra sutikimo gauti kvietimus", "Atšaukusi Kviestinė", "Sutikimas atšauktas", "Siųsti 1 kvietimų");
		assertThat(TestMail.countTo(willing)).isZero();

		pages.post(page, page + "/invitations", Map.of("segment", "LIST", "emails", choice.get("emails"),
				"confirmed", "true"));
		assertThat(pages.get(page + "?tab=invitations").text()).contains("Išsiųsta kvietimų: 1; praleista: 2.", "Nesutikusi Kviestinė");
		assertThat(TestMail.latestTo(willing).getSubject()).isEqualTo("Kvietimas: Tik sutikusiems");
		assertThat(TestMail.countTo(unwilling)).isZero();
		assertThat(TestMail.countTo(withdrawn)).isZero();
	}

	@Test
	void theMailedLinkWithdrawsConsentWithoutSignInAndATamperedLinkChangesNothing() throws Exception {
		ApiClient staff = staff();
		String email = person(staff, "Atsisakanti",
				"[{\"purpose\":\"Kvietimai į renginius\",\"givenOn\":\"2025-03-01\",\"source\":\"PAPER\"}]");
		int event = staff.post("/api/v1/networks/nsmot/events", """
				{"type":"TRAINING","title":"Su atsisakymo nuoroda","startsAt":"2031-06-06T10:00:00+03:00",
				 "endsAt":"2031-06-06T12:00:00+03:00","capacity":50}""").json("$.id");
		WebSession pages = WebSession.signedIn(port, DemoAccounts.NSMOT_STAFF.email(), DemoAccounts.PASSWORD);
		String page = "/n/nsmot/events/" + event;
		pages.post(page, page + "/invitations", Map.of("segment", "LIST", "emails", email, "confirmed", "true"));
		MimeMessage mail = TestMail.latestTo(email);
		String stop = TestMail.linkPath(mail, "/n/nsmot/public/invitations/");

		WebSession stranger = new WebSession(port);
		String tampered = stop.substring(0, stop.length() - 2) + (stop.endsWith("A") ? "BB" : "AA");
		WebSession.Page wrong = stranger.post(tampered, tampered, Map.of());
		assertThat(wrong.status()).isEqualTo(200);
		assertThat(wrong.text()).contains("Nuoroda neteisinga arba nebegalioja. Niekas nepakeista.");
		assertThat(consent(staff, email, "withdrawnOn")).isNull();

		WebSession.Page stopped = stranger.post(stop, stop, Map.of());
		assertThat(stopped.text()).contains("Kvietimų daugiau nesiųsime.");
		assertThat(consent(staff, email, "withdrawnOn")).isEqualTo(LocalDate.now(Formats.VILNIUS).toString());
		assertThat(consent(staff, email, "withdrawnSource")).isEqualTo("MAIL_LINK");
		// the giving stays beside the withdrawal
		assertThat(consent(staff, email, "givenOn")).isEqualTo("2025-03-01");
		assertThat(consent(staff, email, "source")).isEqualTo("PAPER");

		long id = staff.get("/api/v1/networks/nsmot/people?q=" + email).<Integer>json("$[0].id");
		ApiClient.Response export = staff.get("/api/v1/networks/nsmot/people/" + id + "/export");
		assertThat(export.<List<String>>json("$.sections[?(@.key=='consents')].items[0].kind"))
			.containsExactly("Kvietimai į renginius");
		assertThat(export.<List<String>>json("$.sections[?(@.key=='consents')].items[0].withdrawnSource"))
			.containsExactly("Nuoroda laiške");
	}

	static long kindId(ApiClient client, String api, String nameLt) {
		List<Integer> ids = client.get(api + "/consent-kinds").json("$[?(@.nameLt=='" + nameLt + "')].id");
		assertThat(ids).hasSize(1);
		return ids.get(0);
	}

	static String person(ApiClient staff, String firstName, String consents) {
		String email = firstName.toLowerCase().replaceAll("[^a-z]", "") + "." + System.nanoTime() + "@kvieciami.lt";
		ApiClient.Response created = staff.post("/api/v1/networks/nsmot/people", """
				{"firstName":"%s","lastName":"Kviestinė","email":"%s","consents":%s}"""
			.formatted(firstName, email, consents));
		assertThat(created.status()).as(created.body()).isEqualTo(201);
		return email;
	}

	static Object consent(ApiClient staff, String email, String field) {
		return staff.get("/api/v1/networks/nsmot/people?q=" + email).<List<Object>>json("$[0].consents[*]." + field)
			.get(0);
	}
}
