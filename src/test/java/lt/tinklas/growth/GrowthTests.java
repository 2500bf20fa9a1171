package lt.tinklas.growth;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.ByteArrayOutputStream;
import java.nio.charset.StandardCharsets;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;

import jakarta.mail.BodyPart;
import jakarta.mail.Multipart;
import jakarta.mail.Part;
import jakarta.mail.internet.MimeMessage;
import lt.tinklas.demo.DemoAccounts;
import lt.tinklas.organizations.LegalCode;
import lt.tinklas.testing.ApiClient;
import lt.tinklas.testing.FreshNetwork;
import lt.tinklas.testing.TestMail;
import lt.tinklas.testing.TinklasTest;
import lt.tinklas.testing.WebSession;
import org.apache.pdfbox.Loader;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.text.PDFTextStripper;
import org.junit.jupiter.api.Test;
import org.springframework.boot.test.web.server.LocalServerPort;

/**
 * Growing a network from the register to a member: where members are missing, the register's
 * eligible NGOs there, prospects and councils, a campaign's numbered letters (mailed with the PDF,
 * or printed), an application through a letter's link, the campaign's figures and the metric, a
 * reminder; every refusal leaves nothing written, and another network sees none of it.
 */
@TinklasTest
class GrowthTests {

	static final String SILUTE = "LT-46";

	static final String PAGEGIAI = "LT-29";

	@LocalServerPort
	int port;

	/** Valid legal codes from the eight digits given onwards, as many as asked. */
	static List<String> codes(int firstEight, int count) {
		List<String> codes = new ArrayList<>();
		for (int n = firstEight; codes.size() < count; n++) {
			LegalCode.complete(String.valueOf(n)).ifPresent(codes::add);
		}
		return codes;
	}

	static byte[] ngoFile(List<String> codes, List<String> names, String day) {
		StringBuilder file = new StringBuilder(
				"ja_kodas|ja_pavadinimas|ja_reg_data|form_kodas|form_pavadinimas|nvo_nuo|formavimo_data\n");
		for (int i = 0; i < codes.size(); i++) {
			file.append(codes.get(i)).append('|').append(names.get(i)).append("|2012-03-01|950|Asociacija|")
				.append(i == codes.size() - 1 ? LocalDate.now().minusMonths(3) : LocalDate.of(2015, 1, 1))
				.append('|').append(day).append('\n');
		}
		return file.toString().getBytes(StandardCharsets.UTF_8);
	}

	static byte[] registeredFile(List<String> codes, List<String> names, List<String> addresses, String day) {
		StringBuilder file = new StringBuilder(
				"ja_kodas|ja_pavadinimas|adresas|ja_reg_data|form_kodas|form_pavadinimas|stat_kodas|stat_pavadinimas|stat_data_nuo|formavimo_data\n");
		for (int i = 0; i < codes.size(); i++) {
			file.append(codes.get(i)).append('|').append(names.get(i)).append('|').append(addresses.get(i))
				.append("|2012-03-01|950|Asociacija|0|Teisinis statusas neįregistruotas|2012-03-01|").append(day).append('\n');
		}
		return file.toString().getBytes(StandardCharsets.UTF_8);
	}

	@Test
	void fromAWhiteSpotToAMember() throws Exception {
		long run = System.nanoTime() % 1_000_000;
		FreshNetwork network = FreshNetwork.create(port, "auga-" + run, "Augantis tinklas " + run);
		ApiClient admin = network.admin();
		WebSession pages = network.signedIn();
		String api = network.api() + "/growth";
		String growth = network.pages() + "/growth";

		// a register extract: four NGOs in Šilutė (one with NGO status for only three months), one in Pagėgiai
		List<String> codes = codes(30_400_000 + (int) (run % 50_000) * 10, 5);
		List<String> names = List.of("Šilutės vaikų dienos centras", "Asociacija „Šilutės senjorai“",
				"Šilutės sporto klubas", "Pagėgių šeimos namai", "Šilutės jaunimo klubas");
		List<String> addresses = List.of("Šilutės r. sav. Šilutės m. Lietuvininkų g. 4",
				"Šilutės r. sav. Šilutės m. Turgaus g. 1", "Šilutės rajono savivaldybė, Juknaičiai",
				"Pagėgių sav. Pagėgių m. Vilniaus g. 2", "Šilutės r. sav. Šilutės m. Tilžės g. 3");
		String day = LocalDate.now().minusDays(2).toString();
		String register = growth + "/register";
		WebSession.Page loaded = pages.uploadTwo(register, register, "ngoFile", "JAR_NVO_NUO.csv",
				ngoFile(codes, names, day), "registeredFile", "JAR_IREGISTRUOTI.csv", registeredFile(codes, names, addresses, day));
		assertThat(loaded.status()).as(loaded.text()).isIn(200, 302);

		// Šilutė is a white spot with three eligible NGOs (the young one is not eligible); two names match the keywords
		assertThat(pages.post(growth, growth + "/keywords", Map.of("keywords", "vaik, senjor, šeim")).status()).isEqualTo(302);
		ApiClient.Response spots = admin.get(api + "/municipalities?county=LT-KL");
		assertThat(spots.status()).as(spots.body()).isEqualTo(200);
		assertThat(GrowthTests.<Integer>first(spots.json("$[?(@.code == '" + SILUTE + "')].eligible"))).isEqualTo(3);
		assertThat(GrowthTests.<Integer>first(spots.json("$[?(@.code == '" + SILUTE + "')].nameMatches"))).isEqualTo(2);
		assertThat(GrowthTests.<Boolean>first(spots.json("$[?(@.code == '" + SILUTE + "')].whiteSpot"))).isTrue();
		assertThat(spots.<List<String>>json("$[*].code")).doesNotContain(PAGEGIAI);
		WebSession.Page map = pages.get(growth + "?municipality=" + SILUTE);
		assertThat(map.status()).isEqualTo(200);
		assertThat(map.text()).contains("Šilutės vaikų dienos centras").contains("atitinka pavadinimu")
			.doesNotContain("Šilutės jaunimo klubas").doesNotContain("Pagėgių šeimos namai");
		assertThat(map.body()).contains("data-code=\"" + SILUTE + "\" data-status=\"whiteSpot\"");

		// the sports club joins: Šilutė has a member, it is not eligible any more, and nobody may invite it
		FreshNetwork.created(admin.post(network.api() + "/organizations", """
				{"legalCode":"%s","name":"Šilutės sporto klubas","memberSince":"%s","seatMunicipality":"%s"}"""
			.formatted(codes.get(2), LocalDate.now().minusDays(1), SILUTE)));
		ApiClient.Response after = admin.get(api + "/municipalities?municipality=" + SILUTE);
		assertThat(after.<Integer>json("$[0].membersBySeat")).isEqualTo(1);
		assertThat(after.<Integer>json("$[0].eligible")).isEqualTo(2);
		assertThat(after.<Boolean>json("$[0].whiteSpot")).isFalse();

		// a campaign: refused with every problem named, then made
		ApiClient.Response empty = admin.post(api + "/campaigns", "{}");
		assertThat(empty.status()).isEqualTo(400);
		assertThat(empty.body()).contains("\"name\"").contains("\"subject\"").contains("\"body\"");
		ApiClient.Response unknown = admin.post(api + "/campaigns",
				"{\"name\":\"K\",\"subject\":\"Kvietimas\",\"body\":\"Sveiki, {{vardas}}\",\"reminderWeeks\":99}");
		assertThat(unknown.status()).isEqualTo(400);
		assertThat(unknown.body()).contains("vardas").contains("{{adresatas}}").contains("reminderWeeks");
		ApiClient.Response picture = admin.post(api + "/campaigns",
				"{\"name\":\"K\",\"subject\":\"Kvietimas\",\"body\":\"![logo](https://example.org/a.png)\"}");
		assertThat(picture.status()).isEqualTo(400);
		assertThat(picture.body()).contains("paveikslėlių");
		assertThat(admin.get(api + "/prospects").<List<Object>>json("$")).isEmpty();
		ApiClient.Response campaign = admin.post(api + "/campaigns", """
				{"name":"2026 kvietimas prisijungti","subject":"Kvietimas socialinėje srityje veikiančioms NVO",
				 "body":"Gerbiamieji ({{adresatas}}),\\n\\nkviečiame jungtis. Prašymas: {{nuoroda}}, kodas {{kodas}}.",
				 "signatory":"Direktorė Aistė Adomavičienė","reminderWeeks":2}""");
		assertThat(campaign.status()).as(campaign.body()).isEqualTo(201);
		int campaignId = campaign.json("$.id");
		String campaignCode = campaign.json("$.code");

		// the council of Šilutė gets an address; two eligible NGOs are chosen on the page and become prospects with letters
		String councilEmail = "taryba-" + run + "@silute.test";
		assertThat(pages.post(growth + "/councils/" + SILUTE, growth + "/councils/" + SILUTE,
				Map.of("name", "Šilutės rajono savivaldybės nevyriausybinių organizacijų taryba", "email", councilEmail))
			.status()).isEqualTo(302);
		WebSession.Page refused = pages.post(growth + "?municipality=" + SILUTE, growth + "/invite",
				Map.of("codes", codes.get(0) + "," + codes.get(2), "campaignId", String.valueOf(campaignId), "delivery", "PRINT",
						"back", "?municipality=" + SILUTE));
		assertThat(refused.status()).isEqualTo(302);
		assertThat(pages.get(refused.location().replace("http://localhost:" + port, "")).text())
			.contains("Šilutės sporto klubas").contains("jau yra tinklo narė");
		assertThat(admin.get(api + "/prospects").<List<Object>>json("$")).isEmpty();
		WebSession.Page invited = pages.post(growth + "?municipality=" + SILUTE, growth + "/invite",
				Map.of("codes", codes.get(0) + "," + codes.get(1), "campaignId", String.valueOf(campaignId), "delivery", "PRINT",
						"back", "?municipality=" + SILUTE));
		assertThat(invited.status()).isEqualTo(302);
		assertThat(invited.location()).endsWith("/growth/campaigns/" + campaignId);
		ApiClient.Response prospects = admin.get(api + "/prospects");
		assertThat(prospects.<List<String>>json("$[*].legalCode")).containsExactlyInAnyOrder(codes.get(0), codes.get(1));
		assertThat(prospects.<List<String>>json("$[*].source")).containsOnly("REGISTER");

		// the council's letter goes by e-mail with its PDF; the same council again is refused and writes nothing
		ApiClient.Response toCouncil = admin.post(api + "/campaigns/" + campaignId + "/letters",
				"{\"councils\":[\"" + SILUTE + "\"],\"delivery\":\"EMAIL\"}");
		assertThat(toCouncil.status()).as(toCouncil.body()).isEqualTo(201);
		assertThat(toCouncil.<String>json("$[0].delivery")).isEqualTo("EMAIL");
		String number = toCouncil.json("$[0].number");
		String letterCode = toCouncil.json("$[0].code");
		assertThat(letterCode).startsWith(campaignCode + "-");
		MimeMessage mail = TestMail.latestTo(councilEmail);
		assertThat(mail.getSubject()).isEqualTo("Kvietimas socialinėje srityje veikiančioms NVO");
		byte[] pdf = attachment(mail);
		String text = pdfText(pdf);
		assertThat(text).contains(number).contains(letterCode).contains("Direktorė Aistė Adomavičienė")
			.contains("Šilutės rajono savivaldybės nevyriausybinių organizacijų taryba");
		ApiClient.Response again = admin.post(api + "/campaigns/" + campaignId + "/letters",
				"{\"councils\":[\"" + SILUTE + "\"],\"sentOn\":\"" + LocalDate.now().plusDays(3) + "\"}");
		assertThat(again.status()).isEqualTo(400);
		assertThat(again.body()).contains("jau gavo").contains("sentOn");
		ApiClient.Response nobody = admin.post(api + "/campaigns/" + campaignId + "/letters", "{}");
		assertThat(nobody.status()).isEqualTo(400);
		ApiClient.Response detail = admin.get(api + "/campaigns/" + campaignId);
		assertThat(detail.<Integer>json("$.figures.total.letters")).isEqualTo(3);
		assertThat(detail.<Integer>json("$.figures.total.printed")).isEqualTo(2);
		List<String> numbers = detail.json("$.letters[*].number");
		assertThat(numbers).doesNotHaveDuplicates().contains(number);

		// the letter's link opens the application form with its code; a wrong code is refused, nothing kept
		String link = detail.<List<String>>json("$.letters[?(@.code == '" + letterCode + "')].link").get(0);
		WebSession anyone = new WebSession(port);
		String form = link.replaceFirst("^https?://[^/]+", "");
		assertThat(anyone.get(form).body()).contains("value=\"" + letterCode + "\"");
		Map<String, String> application = new java.util.LinkedHashMap<>(Map.of("legalCode", codes.get(0), "name",
				"Šilutės vaikų dienos centras", "legalForm", "ASSOCIATION", "foundedOn", "2012-03-01", "ngoStatusSince",
				"2015-01-01", "seatMunicipality", SILUTE, "contactName", "Rasa Šilutienė", "contactEmail",
				"rasa-" + run + "@silute.test", "invitationCode", "NEBUVO-1"));
		WebSession.Page wrong = anyone.post(form, network.pages() + "/public/apply", application);
		assertThat(wrong.text()).contains("Tokio kvietimo kodo nėra");
		assertThat(admin.get(network.api() + "/membership-applications").<List<Object>>json("$")).isEmpty();
		application.put("invitationCode", letterCode.toLowerCase());
		WebSession.Page applied = anyone.post(form, network.pages() + "/public/apply", application);
		assertThat(applied.status()).isEqualTo(200);
		ApiClient.Response waiting = admin.get(network.api() + "/membership-applications");
		assertThat(waiting.<List<String>>json("$[*].invitationCode")).containsExactly(letterCode);
		int applicationId = waiting.<List<Integer>>json("$[*].id").get(0);

		// the campaign's figures move: an application from Šilutė; accepted, a member, counted by the metric
		assertThat(admin.get(api + "/campaigns/" + campaignId).<Integer>json("$.figures.total.applications")).isEqualTo(1);
		assertThat(admin.post(network.api() + "/membership-applications/" + applicationId + "/decision",
				"{\"decision\":\"ACCEPTED\",\"decidedOn\":\"" + LocalDate.now() + "\",\"decidedBy\":\"BOARD\"}").status())
			.isEqualTo(200);
		ApiClient.Response moved = admin.get(api + "/campaigns/" + campaignId);
		assertThat(moved.<Integer>json("$.figures.total.members")).isEqualTo(1);
		assertThat(moved.<Integer>json("$.figures.total.medianDays")).isEqualTo(0);
		assertThat(GrowthTests.<Integer>first(moved.json("$.figures.byMunicipality[?(@.municipality == '" + SILUTE + "')].figures.members")))
			.isEqualTo(1);
		assertThat(GrowthTests.<Boolean>first(moved.json("$.letters[?(@.code == '" + letterCode + "')].accepted"))).isTrue();
		ApiClient.Response metric = admin.get(network.api() + "/metrics/members.fromInvitations?from="
				+ LocalDate.now().withDayOfYear(1) + "&to=" + LocalDate.now());
		assertThat(metric.status()).as(metric.body()).isEqualTo(200);
		assertThat(metric.body()).contains("Šilutės vaikų dienos centras");

		// another network sees none of it
		FreshNetwork other = FreshNetwork.create(port, "kitas-" + run, "Kitas tinklas " + run);
		assertThat(other.admin().get(other.api() + "/growth/campaigns/" + campaignId).status()).isEqualTo(404);
		assertThat(other.admin().get(other.api() + "/growth/prospects").<List<Object>>json("$")).isEmpty();
		assertThat(other.admin().post(other.api() + "/growth/campaigns/" + campaignId + "/letters",
				"{\"councils\":[\"" + SILUTE + "\"]}").status()).isEqualTo(404);
	}

	@Test
	void aProspectThatDoesNotAnswerIsRemindedOnce() throws Exception {
		long run = System.nanoTime() % 1_000_000;
		FreshNetwork network = FreshNetwork.create(port, "primena-" + run, "Primenantis tinklas " + run);
		WebSession pages = network.signedIn();
		String growth = network.pages() + "/growth";
		String api = network.api() + "/growth";

		// a prospect typed by hand: a legal code whose check digit fails is refused and nothing is kept
		String code = codes(31_500_000 + (int) (run % 50_000) * 10, 1).get(0);
		String wrongDigit = code.substring(0, 8) + ((code.charAt(8) - '0' + 1) % 10);
		String email = "pirmininkas-" + run + "@bendruomene.test";
		Map<String, String> prospect = new java.util.LinkedHashMap<>(Map.of("legalCode", wrongDigit, "name",
				"Pagėgių bendruomenė", "municipality", PAGEGIAI, "email", email, "source", "RECOMMENDATION"));
		WebSession.Page refused = pages.post(growth + "/prospects/new", growth + "/prospects", prospect);
		assertThat(refused.status()).isEqualTo(200);
		assertThat(refused.text()).contains("kontrolinis");
		assertThat(refused.body()).contains("value=\"Pagėgių bendruomenė\"");
		assertThat(network.admin().get(api + "/prospects").<List<Object>>json("$")).isEmpty();
		prospect.put("legalCode", code);
		WebSession.Page saved = pages.post(growth + "/prospects/new", growth + "/prospects", prospect);
		assertThat(saved.status()).isEqualTo(302);
		int prospectId = network.admin().get(api + "/prospects").<List<Integer>>json("$[*].id").get(0);

		int campaignId = network.admin().post(api + "/campaigns", """
				{"name":"Priminimų kampanija","subject":"Kvietimas","body":"Kviečiame: {{nuoroda}}","reminderWeeks":2}""")
			.json("$.id");
		ApiClient.Response sent = network.admin().post(api + "/campaigns/" + campaignId + "/letters",
				"{\"prospects\":[" + prospectId + "],\"delivery\":\"EMAIL\",\"sentOn\":\"" + LocalDate.now().minusWeeks(3) + "\"}");
		assertThat(sent.status()).as(sent.body()).isEqualTo(201);
		TestMail.latestTo(email);
		int before = TestMail.allTo(email).size();

		String campaignPage = growth + "/campaigns/" + campaignId;
		assertThat(pages.post(campaignPage, campaignPage + "/reminders", Map.of()).status()).isEqualTo(302);
		MimeMessage reminder = TestMail.numberTo(email, before + 1);
		assertThat(reminder.getSubject()).isEqualTo("Priminimas: Kvietimas");
		assertThat(pages.get(campaignPage).text()).contains("priminta");
		// once: a second round sends nothing more
		assertThat(pages.post(campaignPage, campaignPage + "/reminders", Map.of()).status()).isEqualTo(302);
		assertThat(pages.get(campaignPage).text()).contains("Išsiųsta priminimų: 0");
		assertThat(TestMail.allTo(email)).hasSize(before + 1);

		// a prospect that is invited stays: deleting it is refused
		WebSession.Page delete = pages.post(growth + "/prospects/" + prospectId, growth + "/prospects/" + prospectId + "/delete",
				Map.of());
		assertThat(pages.get(delete.location().replace("http://localhost:" + port, "")).text())
			.contains("jau išsiųstas kvietimas");
	}

	@Test
	void onlyTheKeepersReachGrowth() {
		ApiClient member = ApiClient.basic(port, DemoAccounts.NSMOT_MEMBER.email(), DemoAccounts.PASSWORD);
		ApiClient board = ApiClient.basic(port, DemoAccounts.NSMOT_BOARD.email(), DemoAccounts.PASSWORD);
		for (ApiClient refused : List.of(member, board)) {
			assertThat(refused.get("/api/v1/networks/nsmot/growth/municipalities").status()).isEqualTo(403);
			assertThat(refused.get("/api/v1/networks/nsmot/growth/prospects").status()).isEqualTo(403);
			assertThat(refused.post("/api/v1/networks/nsmot/growth/campaigns", "{\"name\":\"x\"}").status()).isEqualTo(403);
		}
	}

	@SuppressWarnings("unchecked")
	static <T> T first(Object found) {
		List<T> all = (List<T>) found;
		assertThat(all).hasSize(1);
		return all.get(0);
	}

	static byte[] attachment(MimeMessage mail) throws Exception {
		Multipart parts = (Multipart) mail.getContent();
		for (int i = 0; i < parts.getCount(); i++) {
			BodyPart part = parts.getBodyPart(i);
			if (Part.ATTACHMENT.equalsIgnoreCase(part.getDisposition())) {
				ByteArrayOutputStream out = new ByteArrayOutputStream();
				part.getInputStream().transferTo(out);
				return out.toByteArray();
			}
		}
		throw new AssertionError("The mail has no attachment");
	}

	static String pdfText(byte[] pdf) throws Exception {
		try (PDDocument document = Loader.loadPDF(pdf)) {
			return new PDFTextStripper().getText(document);
		}
	}

}
