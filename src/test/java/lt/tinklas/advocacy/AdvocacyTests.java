package lt.tinklas.advocacy;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.charset.StandardCharsets;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import lt.tinklas.demo.DemoAccounts;
import lt.tinklas.networks.Networks;
import lt.tinklas.people.People;
import lt.tinklas.people.PersonData;
import lt.tinklas.shared.tenancy.Tenancy;
import lt.tinklas.shared.text.SearchText;
import lt.tinklas.testing.ApiClient;
import lt.tinklas.testing.TestMail;
import lt.tinklas.testing.TinklasTest;
import lt.tinklas.testing.WebSession;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;

/**
 * Working groups and advocacy through the API and the pages: register numbers, outcomes, seats,
 * proposals and their trace, the figures, and every refusal. Records made here are dated 2019
 * (or later years no demo record uses) so the figures asserted are this test's own.
 */
@TinklasTest
class AdvocacyTests {

	private static final String API = "/api/v1/networks/nsmot";

	@LocalServerPort
	int port;

	@Autowired
	People people;

	@Autowired
	Networks networks;

	ApiClient staff() {
		return ApiClient.basic(port, DemoAccounts.NSMOT_STAFF.email(), DemoAccounts.PASSWORD);
	}

	long nsmot() {
		return networks.bySlug("nsmot").orElseThrow().id();
	}

	long newPerson(String name, Long organizationId) {
		return Tenancy.runAs(nsmot(), () -> people.create(new PersonData(name, "Advokataitė",
				SearchText.normalize(name) + "." + System.nanoTime() + "@advokacija.lt", null,
				"lt",
				organizationId == null ? List.of()
						: List.of(new PersonData.AffiliationData(organizationId, "Specialistė", null, null)),
				List.of(new PersonData.ConsentData("Kvietimai į renginius", LocalDate.of(2025, 1, 2), null)))).id());
	}

	int institution(String name) {
		ApiClient.Response created = staff().post(API + "/institutions",
				"{\"name\":\"" + name + "\",\"nameEn\":\"" + name + " (EN)\",\"kind\":\"MINISTRY\"}");
		assertThat(created.status()).as(created.body()).isEqualTo(201);
		return created.json("$.id");
	}

	int direction(String name) {
		ApiClient.Response created = staff().post(API + "/advocacy-directions", "{\"name\":\"" + name + "\"}");
		assertThat(created.status()).as(created.body()).isEqualTo(201);
		return created.json("$.id");
	}

	ApiClient.Response send(String title, String kind, String sentOn, int institution, int direction) {
		return staff().post(API + "/positions", """
				{"title":"%s","kind":"%s","sentOn":"%s","addressees":[%d],"directions":[%d],"summary":"Santrauka"}"""
			.formatted(title, kind, sentOn, institution, direction));
	}

	@Test
	void theDemosYear2025CountsAsTheSeedSays() {
		ApiClient.Response stats = staff().get(API + "/advocacy/stats?from=2025-01-01&to=2025-12-31");
		assertThat(stats.<Integer>json("$.positionsSent")).isEqualTo(26);
		assertThat(stats.<Integer>json("$.decisionMakerMeetings")).isEqualTo(31);
		assertThat(stats.<Integer>json("$.seatsHeld")).isEqualTo(11);
		assertThat(stats.<Integer>json("$.involvementMeetings")).isEqualTo(3);
		assertThat(stats.<Integer>json("$.proposalsInPositions")).isEqualTo(9);
		assertThat(staff().get(API + "/positions?from=2026-01-22&to=2026-01-22").<List<String>>json("$[*].number"))
			.containsExactly("NSMOT/26/01/22/01");
		assertThat(staff().get(API + "/working-groups").<List<String>>json("$[*].name")).contains(
				"Vaikų dienos centrų darbo grupė", "Pagalbos senjorams darbo grupė", "Būsto klausimų darbo grupė");
		ApiClient confederation = ApiClient.basic(port, DemoAccounts.CHILDREN_ADMIN.email(), DemoAccounts.PASSWORD);
		assertThat(confederation.get("/api/v1/networks/nvo-vaikams/council-seats?year=2017").<List<String>>json("$[*].body"))
			.hasSize(6)
			.contains("Tarpžinybinė vaiko gerovės taryba");
	}

	@Test
	void aPositionSentGetsTheNextNumberOfThePatternAndItsOutcomeIsChecked() {
		int ministry = institution("Testų ministerija");
		int direction = direction("Minimalių pajamų testai");
		ApiClient.Response first = send("Dėl minimalių pajamų", "POSITION", "2019-02-11", ministry, direction);
		assertThat(first.status()).as(first.body()).isEqualTo(201);
		assertThat(first.<String>json("$.number")).isEqualTo("NSMOT/19/02/11/01");
		assertThat(first.<String>json("$.outcome")).isEqualTo("PENDING");
		ApiClient.Response second = send("Dėl būsto", "LETTER", "2019-02-11", ministry, direction);
		assertThat(second.<String>json("$.number")).isEqualTo("NSMOT/19/02/11/02");
		assertThat(send("Kitos dienos raštas", "LETTER", "2019-02-12", ministry, direction).<String>json("$.number"))
			.isEqualTo("NSMOT/19/02/12/01");
		int id = first.json("$.id");

		// an answer dated before the sending is refused and changes nothing
		ApiClient.Response early = staff().send("PATCH", API + "/positions/" + id,
				"{\"outcome\":\"ACCEPTED\",\"outcomeOn\":\"2019-02-10\"}");
		assertThat(early.status()).isEqualTo(400);
		assertThat(early.<String>json("$.errors[0].field")).isEqualTo("outcomeOn");
		assertThat(early.<String>json("$.errors[0].message"))
			.isEqualTo("Atsakymas negali būti ankstesnis nei dokumento išsiuntimas (2019-02-11).");
		assertThat(staff().get(API + "/positions/" + id).<String>json("$.outcome")).isEqualTo("PENDING");
		assertThat(staff().inLanguage("en").send("PATCH", API + "/positions/" + id,
				"{\"outcome\":\"ACCEPTED\",\"outcomeOn\":\"2019-02-10\"}").<String>json("$.errors[0].message"))
			.isEqualTo("The answer cannot come before the document was sent (2019-02-11).");

		ApiClient.Response partly = staff().send("PATCH", API + "/positions/" + id,
				"{\"outcome\":\"PARTLY_ACCEPTED\",\"outcomeOn\":\"2019-04-01\",\"outcomeNote\":\"Pritarta iš dalies\"}");
		assertThat(partly.status()).as(partly.body()).isEqualTo(200);
		assertThat(partly.<String>json("$.outcomeOn")).isEqualTo("2019-04-01");
		List<Map<String, Object>> accepted = staff()
			.get(API + "/positions?from=2019-01-01&to=2019-12-31&outcome=PARTLY_ACCEPTED").json("$");
		assertThat(accepted).extracting(p -> p.get("title")).containsExactly("Dėl minimalių pajamų");

		// a draft has no number and no outcome yet; sending it twice is refused
		ApiClient.Response draft = staff().post(API + "/positions", "{\"title\":\"Projektas\",\"kind\":\"PROPOSAL\"}");
		assertThat(draft.status()).isEqualTo(201);
		assertThat(draft.<String>json("$.number")).isNull();
		int draftId = draft.json("$.id");
		assertThat(staff().send("PATCH", API + "/positions/" + draftId, "{\"outcome\":\"REJECTED\",\"outcomeOn\":\"2019-05-01\"}")
			.<String>json("$.errors[0].message")).isEqualTo("Rezultatas įrašomas tik išsiųstam dokumentui.");
		ApiClient.Response sent = staff().post(API + "/positions/" + draftId + "/send", "{\"sentOn\":\"2019-02-11\"}");
		assertThat(sent.<String>json("$.number")).isEqualTo("NSMOT/19/02/11/03");
		assertThat(staff().post(API + "/positions/" + draftId + "/send", "{\"sentOn\":\"2019-02-11\"}").status())
			.isEqualTo(409);

		// unknown addressees, a date in the future and an unknown kind are refused
		assertThat(send("Niekam", "LETTER", "2019-02-11", 999999, direction).<String>json("$.errors[0].message"))
			.isEqualTo("Šiame tinkle nėra institucijos 999999.");
		assertThat(send("Rytojaus", "LETTER", "2099-01-01", ministry, direction).<String>json("$.errors[0].field"))
			.isEqualTo("sentOn");
		assertThat(send("Keista", "SONG", "2019-02-11", ministry, direction).status()).isEqualTo(400);
		assertThat(staff().get(API + "/positions?from=2019-02-11&to=2019-02-11").<List<Object>>json("$")).hasSize(3);
	}

	@Test
	void twoPositionsSentAtTheSameMomentGetConsecutiveNumbers() throws Exception {
		int ministry = institution("Lygiagretumo ministerija");
		int direction = direction("Lygiagretumo kryptis");
		CountDownLatch start = new CountDownLatch(1);
		ExecutorService pool = Executors.newFixedThreadPool(4);
		List<Future<ApiClient.Response>> answers = new ArrayList<>();
		for (int i = 0; i < 4; i++) {
			String title = "Vienu metu " + i;
			answers.add(pool.submit(() -> {
				start.await();
				return send(title, "LETTER", "2019-06-03", ministry, direction);
			}));
		}
		start.countDown();
		List<String> numbers = new ArrayList<>();
		for (Future<ApiClient.Response> answer : answers) {
			ApiClient.Response response = answer.get(30, TimeUnit.SECONDS);
			assertThat(response.status()).as(response.body()).isEqualTo(201);
			numbers.add(response.json("$.number"));
		}
		pool.shutdown();
		assertThat(numbers).containsExactlyInAnyOrder("NSMOT/19/06/03/01", "NSMOT/19/06/03/02", "NSMOT/19/06/03/03",
				"NSMOT/19/06/03/04");
	}

	@Test
	void aRegisterPatternWithoutASequenceIsRefused() {
		ApiClient admin = ApiClient.basic(port, DemoAccounts.NSMOT_ADMIN.email(), DemoAccounts.PASSWORD);
		Map<String, Object> settings = admin.get(API + "/settings").json("$");
		String body = """
				{"name":"%s","letterNumberPattern":"NSMOT/{yy}/{mm}/{dd}","version":%s}"""
			.formatted(settings.get("name"), settings.get("version"));
		ApiClient.Response refused = admin.put(API + "/settings", body);
		assertThat(refused.status()).isEqualTo(400);
		assertThat(refused.<String>json("$.errors[0].field")).isEqualTo("letterNumberPattern");
		assertThat(admin.get(API + "/settings").<String>json("$.letterNumberPattern"))
			.isEqualTo("NSMOT/{yy}/{mm}/{dd}/{seq:2}");
	}

	@Test
	void seatsAreHeldOnADayAndDuringAYear() {
		int ministry = institution("Tarybų ministerija");
		long person = newPerson("Atstovė", null);
		ApiClient.Response seat = staff().post(API + "/council-seats", """
				{"institutionId":%d,"body":"Bandomoji taryba","personId":%d,"role":"MEMBER","from":"2019-03-01","until":"2019-09-30","act":"Įsakymas Nr. A1-1"}"""
			.formatted(ministry, person));
		assertThat(seat.status()).as(seat.body()).isEqualTo(201);
		assertThat(staff().get(API + "/council-seats?on=2019-05-01").<List<String>>json("$[*].body"))
			.contains("Bandomoji taryba");
		assertThat(staff().get(API + "/council-seats?on=2019-10-01").<List<String>>json("$[*].body"))
			.doesNotContain("Bandomoji taryba");
		assertThat(staff().get(API + "/council-seats?year=2019").<List<String>>json("$[*].body"))
			.contains("Bandomoji taryba");

		ApiClient.Response backwards = staff().post(API + "/council-seats", """
				{"institutionId":%d,"body":"Atgal","role":"CHAIR","from":"2019-03-01","until":"2019-02-01"}"""
			.formatted(ministry));
		assertThat(backwards.status()).isEqualTo(400);
		assertThat(backwards.<String>json("$.errors[0].field")).isEqualTo("until");
		assertThat(backwards.<String>json("$.errors[0].message")).isEqualTo("Pabaiga negali būti ankstesnė už pradžią.");
		assertThat(staff().get(API + "/council-seats?year=2019").<List<String>>json("$[*].body")).doesNotContain("Atgal");
	}

	@Test
	void proposalsComeFromInvolvementMeetingsCarryNoPersonalDataAndAreTracedIntoPositions() {
		ApiClient.Response meeting = staff().post(API + "/events", """
				{"type":"INVOLVEMENT_MEETING","title":"Regioninis susitikimas","startsAt":"2019-09-10T10:00:00+03:00",
				 "endsAt":"2019-09-10T13:00:00+03:00","format":"LIVE","headcount":18,"municipality":"LT-41"}""");
		assertThat(meeting.status()).as(meeting.body()).isEqualTo(201);
		int event = meeting.json("$.id");
		ApiClient.Response training = staff().post(API + "/events", """
				{"type":"TRAINING","title":"Ne įtraukimo","startsAt":"2019-09-11T10:00:00+03:00",
				 "endsAt":"2019-09-11T13:00:00+03:00","format":"LIVE"}""");
		int notInvolvement = training.json("$.id");

		ApiClient.Response wrongEvent = staff().post(API + "/events/" + notInvolvement + "/proposals",
				"{\"text\":\"Didinti išmokas\"}");
		assertThat(wrongEvent.status()).isEqualTo(400);
		assertThat(wrongEvent.<String>json("$.errors[0].message"))
			.isEqualTo("Pasiūlymai įrašomi tik renginiams, kurių tipas „įtraukimo susitikimas“.");

		String withCode = "{\"text\":\"Pareiškėjo asmens kodas 38501011239, prašo pagalbos\",\"theme\":\"Parama\"}";
		ApiClient.Response warned = staff().post(API + "/events/" + event + "/proposals", withCode);
		assertThat(warned.status()).isEqualTo(400);
		assertThat(warned.<String>json("$.errors[0].field")).isEqualTo("text");
		assertThat(warned.<String>json("$.errors[0].message")).startsWith("Panašu, kad tekste yra");
		assertThat(staff().get(API + "/events/" + event + "/proposals").<List<Object>>json("$")).isEmpty();
		ApiClient.Response confirmed = staff().post(API + "/events/" + event + "/proposals",
				withCode.replace("}", ",\"confirmNoPersonalData\":true}"));
		assertThat(confirmed.status()).isEqualTo(201);

		int first = staff().post(API + "/events/" + event + "/proposals",
				"{\"text\":\"Minimalios pajamos neatitinka būtinųjų poreikių\",\"theme\":\"Pajamos\",\"municipality\":\"LT-41\"}")
			.json("$.id");
		int second = staff().post(API + "/events/" + event + "/proposals",
				"{\"text\":\"Trūksta socialinio būsto\",\"theme\":\"Būstas\"}").json("$.id");
		int ministry = institution("Įtraukties ministerija");
		int direction = direction("Įtraukties kryptis");
		int position = send("Dėl pajamų ir būsto", "POSITION", "2019-10-01", ministry, direction).json("$.id");
		assertThat(staff().post(API + "/proposals/" + first + "/positions/" + position, "").status()).isEqualTo(200);
		ApiClient.Response linked = staff().post(API + "/proposals/" + second + "/positions/" + position, "");
		assertThat(linked.<List<Integer>>json("$.positionIds")).containsExactly(position);
		assertThat(staff().post(API + "/proposals/" + second + "/positions/" + position, "").<List<Integer>>json("$.positionIds"))
			.containsExactly(position);
		assertThat(staff().get(API + "/positions/" + position + "/proposals").<List<String>>json("$[*].text"))
			.containsExactly("Minimalios pajamos neatitinka būtinųjų poreikių", "Trūksta socialinio būsto");
		staff().send("PATCH", API + "/positions/" + position, "{\"outcome\":\"ACCEPTED\",\"outcomeOn\":\"2019-11-01\"}");

		WebSession board = WebSession.signedIn(port, DemoAccounts.NSMOT_BOARD.email(), DemoAccounts.PASSWORD);
		assertThat(board.get("/n/nsmot/proposals/" + first).text()).contains("Pasiūlymo kelias",
				"Regioninis susitikimas", "Minimalios pajamos neatitinka būtinųjų poreikių", "Dėl pajamų ir būsto",
				"Priimta", "2019-11-01", "Įtraukties ministerija");
		assertThat(board.get("/n/nsmot/positions/" + position + "/trace").text()).contains(
				"Skurdą patiriančių žmonių balsas", "Minimalios pajamos neatitinka būtinųjų poreikių",
				"Trūksta socialinio būsto", "Regioninis susitikimas", "Priimta");

		ApiClient.Response stats = staff().get(API + "/advocacy/stats?from=2019-09-01&to=2019-12-31");
		assertThat(stats.<Integer>json("$.involvementMeetings")).isEqualTo(1);
		assertThat(stats.<Integer>json("$.peoplePresent")).isEqualTo(18);
		assertThat(stats.<Integer>json("$.proposals")).isEqualTo(3);
		assertThat(stats.<Integer>json("$.proposalsInPositions")).isEqualTo(2);
		assertThat(stats.<Integer>json("$.positionsSent")).isEqualTo(1);
		assertThat(stats.<Double>json("$.acceptedShare")).isEqualTo(100.0);
	}

	@Test
	void theFiguresCountByKindOutcomeAndDirectionWithTheRecordsBehindThem() {
		int ministry = institution("Skaičių ministerija");
		int committee = institution("Skaičių komitetas");
		int income = direction("Skaičių pajamos");
		int taxes = direction("Skaičių mokesčiai");
		int a = send("Skaičiai A", "POSITION", "2018-03-01", ministry, income).json("$.id");
		int b = send("Skaičiai B", "LETTER", "2018-03-02", committee, taxes).json("$.id");
		int c = send("Skaičiai C", "POSITION", "2018-03-03", committee, income).json("$.id");
		send("Skaičiai D", "APPEAL", "2018-03-04", ministry, taxes);
		staff().send("PATCH", API + "/positions/" + a, "{\"outcome\":\"ACCEPTED\",\"outcomeOn\":\"2018-04-01\"}");
		staff().send("PATCH", API + "/positions/" + b, "{\"outcome\":\"REJECTED\",\"outcomeOn\":\"2018-04-01\"}");
		staff().send("PATCH", API + "/positions/" + c, "{\"outcome\":\"PARTLY_ACCEPTED\",\"outcomeOn\":\"2018-04-02\"}");
		long official = newPerson("Viceministrė", null);
		long ours = newPerson("Direktorė", null);
		ApiClient.Response met = staff().post(API + "/decision-maker-meetings", """
				{"heldOn":"2018-05-05","institutionId":%d,"topic":"Minimalios pajamos","officials":[%d],"representatives":[%d],"directions":[%d],"agreed":"Parengti pasiūlymus"}"""
			.formatted(ministry, official, ours, income));
		assertThat(met.status()).as(met.body()).isEqualTo(201);
		assertThat(staff().post(API + "/decision-maker-meetings", """
				{"heldOn":"2018-05-05","institutionId":999999,"topic":"Niekur"}""").status()).isEqualTo(400);

		ApiClient.Response stats = staff().get(API + "/advocacy/stats?from=2018-01-01&to=2018-12-31");
		assertThat(stats.<Integer>json("$.positionsSent")).isEqualTo(4);
		assertThat(stats.<Integer>json("$.byKind.POSITION")).isEqualTo(2);
		assertThat(stats.<Integer>json("$.byOutcome.PENDING")).isEqualTo(1);
		assertThat(stats.<Integer>json("$.answered")).isEqualTo(3);
		assertThat(stats.<Integer>json("$.accepted")).isEqualTo(2);
		assertThat(stats.<Double>json("$.acceptedShare")).isEqualTo(66.7);
		assertThat(stats.<Integer>json("$['byDirection']['Skaičių pajamos']")).isEqualTo(2);
		assertThat(stats.<Integer>json("$['byInstitution']['Skaičių komitetas']")).isEqualTo(2);
		assertThat(stats.<Integer>json("$.decisionMakerMeetings")).isEqualTo(1);
		assertThat(staff().get(API + "/advocacy/stats?from=2018-12-31&to=2018-01-01").status()).isEqualTo(400);

		WebSession board = WebSession.signedIn(port, DemoAccounts.NSMOT_BOARD.email(), DemoAccounts.PASSWORD);
		String figures = board.get("/n/nsmot/advocacy/stats?from=2018-01-01&to=2018-12-31").text();
		assertThat(figures).contains("Išsiųstos pozicijos ir raštai 4", "66,7 % (2 iš 3 atsakytų)",
				"Susitikimai su sprendimų priėmėjais 1");
		String drill = board.get("/n/nsmot/metrics/advocacy.positionsSent?from=2018-01-01&to=2018-12-31&kind=POSITION")
			.text();
		assertThat(drill).contains("Pozicija", "Skaičiai A", "Skaičiai C").doesNotContain("Skaičiai B");
		assertThat(board.get("/n/nsmot/metrics/advocacy.acceptedShare?from=2018-01-01&to=2018-12-31&direction=" + income)
			.text()).contains("100", "Skaičiai A", "Skaičiai C");
		assertThat(board.get("/n/nsmot/metrics/advocacy.positionsSent?from=2018-01-01&to=2018-12-31&outcome=NOPE")
			.status()).isEqualTo(404);

		byte[] export = board.download("/n/nsmot/positions/export.csv?from=2018-01-01&to=2018-12-31&kind=POSITION");
		String csv = new String(export, StandardCharsets.UTF_8);
		assertThat(csv).contains("NSMOT/18/03/01/01", "Skaičiai A", "Skaičių ministerija", "Priimta")
			.doesNotContain("Skaičiai B");
	}

	@Test
	void workingGroupsHaveMembersMeetingsAndPositionsAndMemberRepresentativesSeeTheirOwn() throws Exception {
		ApiClient.Response group = staff().post(API + "/working-groups", """
				{"name":"Testų darbo grupė","theme":"Testai","members":[{"personId":%d,"organizationId":1,"role":"COORDINATOR"},{"personId":%d,"role":"MEMBER"}]}"""
			.formatted(newPerson("Koordinatorė", 1L), newPerson("Narė", null)));
		assertThat(group.status()).as(group.body()).isEqualTo(201);
		int id = group.json("$.id");
		ApiClient.Response other = staff().post(API + "/working-groups", "{\"name\":\"Be maisto banko\",\"theme\":\"Kita\"}");
		int otherId = other.json("$.id");
		assertThat(staff().post(API + "/working-groups", "{\"name\":\"testų darbo grupė\"}").<String>json("$.errors[0].message"))
			.isEqualTo("Tinklas jau turi darbo grupę „testų darbo grupė“.");
		assertThat(staff().post(API + "/working-groups", "{\"name\":\"Be žmogaus\",\"members\":[{\"personId\":999999,\"role\":\"MEMBER\"}]}")
			.<String>json("$.errors[0].field")).isEqualTo("members[0].personId");

		ApiClient rep = ApiClient.basic(port, DemoAccounts.NSMOT_MEMBER.email(), DemoAccounts.PASSWORD);
		List<String> seen = rep.get(API + "/working-groups").json("$[*].name");
		assertThat(seen).contains("Testų darbo grupė").doesNotContain("Be maisto banko");
		assertThat(rep.get(API + "/working-groups/" + otherId).status()).isEqualTo(404);
		assertThat(rep.post(API + "/working-groups", "{\"name\":\"Atstovo grupė\"}").status()).isEqualTo(403);
		assertThat(rep.get(API + "/positions").status()).isEqualTo(403);

		WebSession repPages = WebSession.signedIn(port, DemoAccounts.NSMOT_MEMBER.email(), DemoAccounts.PASSWORD);
		assertThat(repPages.get("/n/nsmot/working-groups").text()).contains("Testų darbo grupė").doesNotContain("Be maisto banko");
		assertThat(repPages.get("/n/nsmot/working-groups/" + otherId).status()).isEqualTo(404);
		assertThat(repPages.get("/n/nsmot/positions").status()).isEqualTo(403);

		// a working group meeting is linked to the group; another event type is refused
		int meeting = staff().post(API + "/events", """
				{"type":"WORKING_GROUP_MEETING","title":"Grupės posėdis","startsAt":"2026-02-10T10:00:00+02:00",
				 "endsAt":"2026-02-10T12:00:00+02:00","format":"ONLINE"}""").json("$.id");
		WebSession staffPages = WebSession.signedIn(port, DemoAccounts.NSMOT_STAFF.email(), DemoAccounts.PASSWORD);
		String page = "/n/nsmot/working-groups/" + id;
		staffPages.post(page, page + "/meetings", Map.of("eventId", String.valueOf(meeting)));
		assertThat(staffPages.get(page).text()).contains("Grupės posėdis", "Koordinatorė Advokataitė", "Koordinatorius");
		int training = staff().post(API + "/events", """
				{"type":"TRAINING","title":"Ne posėdis","startsAt":"2026-02-11T10:00:00+02:00",
				 "endsAt":"2026-02-11T12:00:00+02:00","format":"ONLINE"}""").json("$.id");
		staffPages.post(page, page + "/meetings", Map.of("eventId", String.valueOf(training)));
		assertThat(staff().get(API + "/working-groups/" + id).<List<Integer>>json("$.meetingIds")).containsExactly(meeting);

		// invitations to the group's members (a segment of the events issue)
		int event = staff().post(API + "/events", """
				{"type":"TRAINING","title":"Kvietimas grupei","startsAt":"2030-02-11T10:00:00+02:00",
				 "endsAt":"2030-02-11T12:00:00+02:00","format":"ONLINE"}""").json("$.id");
		String eventPage = "/n/nsmot/events/" + event;
		staffPages.post(eventPage, eventPage + "/invitations", Map.of("segment", "WORKING_GROUP", "groupId", String.valueOf(id), "confirmed", "true"));
		assertThat(staffPages.get(eventPage + "?tab=invitations").text()).contains("Išsiųsta kvietimų: 2; praleista: 0.");
		List<String> emails = staff().get(API + "/working-groups/" + id).<List<Integer>>json("$.members[*].personId")
			.stream()
			.map(person -> Tenancy.runAs(nsmot(), () -> people.get(person).email()))
			.toList();
		for (String email : emails) {
			assertThat(TestMail.latestTo(email).getSubject()).contains("Kvietimas grupei");
		}
		staffPages.post(eventPage, eventPage + "/invitations", Map.of("segment", "WORKING_GROUP"));
		assertThat(staffPages.get(eventPage + "?tab=invitations").text()).contains("Pasirinkite darbo grupę.");
	}

	/** The titles listed under "Follow-ups" / "Follow-up letters" of a page, as a user reads them. */
	static List<String> followUpsOn(WebSession.Page page) {
		Matcher section = Pattern
			.compile("(?s)id=\"followups-heading\".*?</section>")
			.matcher(page.html());
		assertThat(section.find()).as("the page has a follow-ups section").isTrue();
		List<String> titles = new ArrayList<>();
		Matcher link = Pattern.compile("(?s)<a href=\"[^\"]*/positions/\\d+\">(.*?)</a>")
			.matcher(section.group());
		while (link.find()) {
			titles.add(link.group(1).strip());
		}
		return titles;
	}

	@Test
	void eachPositionAndMeetingListsExactlyItsOwnFollowUps() {
		int ministry = institution("Tęsinių ministerija");
		int direction = direction("Tęsinių kryptis");
		ApiClient.Response first = send("Pirmoji pozicija", "POSITION", "2019-06-03", ministry, direction);
		int firstId = first.json("$.id");
		ApiClient.Response meeting = staff().post(API + "/decision-maker-meetings", """
				{"heldOn":"2019-06-04","institutionId":%d,"topic":"Susitikimas dėl tęsinių"}""".formatted(ministry));
		assertThat(meeting.status()).as(meeting.body()).isEqualTo(201);
		int meetingId = meeting.json("$.id");
		ApiClient.Response second = staff().post(API + "/positions", """
				{"title":"Antroji pozicija","kind":"LETTER","sentOn":"2019-06-05","addressees":[%d],"directions":[%d],
				 "followsPositionId":%d}""".formatted(ministry, direction, firstId));
		assertThat(second.status()).as(second.body()).isEqualTo(201);
		int secondId = second.json("$.id");
		ApiClient.Response third = staff().post(API + "/positions", """
				{"title":"Laiškas po susitikimo","kind":"LETTER","sentOn":"2019-06-06","addressees":[%d],"directions":[%d],
				 "followsMeetingId":%d}""".formatted(ministry, direction, meetingId));
		assertThat(third.status()).as(third.body()).isEqualTo(201);
		int thirdId = third.json("$.id");

		WebSession staffPages = WebSession.signedIn(port, DemoAccounts.NSMOT_STAFF.email(), DemoAccounts.PASSWORD);
		assertThat(followUpsOn(staffPages.get("/n/nsmot/positions/" + firstId)))
			.containsExactly(second.<String>json("$.number") + " Antroji pozicija");
		assertThat(followUpsOn(staffPages.get("/n/nsmot/positions/" + secondId))).isEmpty();
		assertThat(followUpsOn(staffPages.get("/n/nsmot/positions/" + thirdId))).isEmpty();
		assertThat(followUpsOn(staffPages.get("/n/nsmot/decision-maker-meetings/" + meetingId)))
			.containsExactly(third.<String>json("$.number") + " Laiškas po susitikimo");
		// the path of a document ends with its own follow-ups, and only them
		String trace = staffPages.get("/n/nsmot/positions/" + firstId + "/trace").text();
		assertThat(trace.split("Tolesnis raštas:", -1)).hasSize(2);
		assertThat(trace).contains("Tolesnis raštas: " + second.<String>json("$.number") + " Antroji pozicija");
		assertThat(staffPages.get("/n/nsmot/positions/" + secondId + "/trace").text()).doesNotContain("Tolesnis raštas");
		// the history names the meeting a document follows, never by its id
		assertThat(staffPages.get("/n/nsmot/positions/" + thirdId).text())
			.contains("Parengtas po susitikimo: → 2019-06-04 Tęsinių ministerija: Susitikimas dėl tęsinių");
	}

	@Test
	void thePositionFormSaysWhatIsWrongAndKeepsWhatWasTyped() {
		WebSession staffPages = WebSession.signedIn(port, DemoAccounts.NSMOT_STAFF.email(), DemoAccounts.PASSWORD);
		WebSession.Page refused = staffPages.post("/n/nsmot/positions/new", "/n/nsmot/positions",
				Map.of("title", "", "summary", "Mano santrauka", "kind", "LETTER"));
		assertThat(refused.status()).isEqualTo(200);
		assertThat(refused.text()).contains("Šis laukas privalomas.", "Mano santrauka");
		WebSession.Page wrongGroup = staffPages.post("/n/nsmot/positions/new", "/n/nsmot/positions",
				Map.of("title", "Su netikra grupe", "kind", "LETTER", "workingGroupId", "999999"));
		assertThat(wrongGroup.text()).contains("Šiame tinkle nėra darbo grupės 999999.");
		WebSession.Page badNumber = staffPages.post("/n/nsmot/positions/new", "/n/nsmot/positions",
				Map.of("title", "Su raidėmis", "kind", "LETTER", "workingGroupId", "abc"));
		assertThat(badNumber.text()).contains("Neteisinga reikšmė.");
		assertThat(badNumber.html()).contains("value=\"Su raidėmis\"");

		// the involvement form warns about personal data and keeps the text
		ApiClient.Response meeting = staff().post(API + "/events", """
				{"type":"INVOLVEMENT_MEETING","title":"Įspėjimo susitikimas","startsAt":"2019-11-10T10:00:00+02:00",
				 "endsAt":"2019-11-10T13:00:00+02:00","format":"LIVE","headcount":5}""");
		String page = "/n/nsmot/involvement/" + meeting.<Integer>json("$.id");
		WebSession.Page warned = staffPages.post(page, page + "/proposals",
				Map.of("text", "Skambinti 8 612 34567 dėl pagalbos", "theme", "Pagalba"));
		assertThat(warned.text()).contains("Panašu, kad tekste yra", "Skambinti 8 612 34567 dėl pagalbos",
				"Patikrinau: tekste nėra asmens duomenų");
		assertThat(staff().get(API + "/events/" + meeting.<Integer>json("$.id") + "/proposals").<List<Object>>json("$")).isEmpty();
	}
}
