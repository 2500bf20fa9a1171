package lt.tinklas.awards;

import static org.assertj.core.api.Assertions.assertThat;

import java.awt.image.BufferedImage;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.Map;

import javax.imageio.ImageIO;

import lt.tinklas.demo.DemoAccounts;
import lt.tinklas.testing.ApiClient;
import lt.tinklas.testing.TinklasTest;
import lt.tinklas.testing.WebSession;
import org.junit.jupiter.api.Test;
import org.springframework.boot.test.web.server.LocalServerPort;

/**
 * Awards through the API and the pages: the Confederation's 2018 round from the demo, rounds linked
 * to award ceremonies only, nominees with photos that must be pictures, the public round page,
 * roles and tenancy. Rounds made here are of 2090-2096, years no demo record uses.
 */
@TinklasTest
class AwardsTests {

	private static final String API = "/api/v1/networks/nsmot";

	@LocalServerPort
	int port;

	ApiClient staff() {
		return ApiClient.basic(port, DemoAccounts.NSMOT_STAFF.email(), DemoAccounts.PASSWORD);
	}

	WebSession pages() {
		return WebSession.signedIn(port, DemoAccounts.NSMOT_STAFF.email(), DemoAccounts.PASSWORD);
	}

	int programme(String name) {
		ApiClient.Response created = staff().post(API + "/awards",
				"{\"name\":\"" + name + " " + System.nanoTime() + "\",\"description\":\"Bandymų apdovanojimas\"}");
		assertThat(created.status()).as(created.body()).isEqualTo(201);
		return created.json("$.id");
	}

	int event(String type, String title, String day) {
		ApiClient.Response created = staff().post(API + "/events", """
				{"type":"%s","title":"%s","startsAt":"%sT10:00:00+03:00","endsAt":"%sT14:00:00+03:00","format":"LIVE"}"""
			.formatted(type, title, day, day));
		assertThat(created.status()).as(created.body()).isEqualTo(201);
		return created.json("$.id");
	}

	int rounds(int programme) {
		return staff().get(API + "/awards/" + programme + "/rounds").<List<Object>>json("$").size();
	}

	String follow(WebSession session, WebSession.Page page) {
		return next(session, page).text();
	}

	WebSession.Page next(WebSession session, WebSession.Page page) {
		assertThat(page.status()).as(page.body()).isEqualTo(302);
		return session.get(page.location().replace("http://localhost:" + port, ""));
	}

	static byte[] png() throws IOException {
		ByteArrayOutputStream out = new ByteArrayOutputStream();
		ImageIO.write(new BufferedImage(4, 3, BufferedImage.TYPE_INT_RGB), "png", out);
		return out.toByteArray();
	}

	@Test
	void theDemoHoldsTheConfederationsAwardWithItsFiveLaureates() {
		ApiClient children = ApiClient.basic(port, DemoAccounts.CHILDREN_ADMIN.email(), DemoAccounts.PASSWORD);
		String api = "/api/v1/networks/nvo-vaikams/awards";
		Map<String, Object> award = children.get(api).<List<Map<String, Object>>>json("$")
			.stream()
			.filter(p -> "Geriausias vaiko draugas".equals(p.get("name")))
			.findFirst()
			.orElseThrow();
		assertThat(award).containsEntry("nameEn", "Best friend of the child");
		List<Map<String, Object>> rounds = children.get(api + "/" + award.get("id") + "/rounds").json("$");
		assertThat(rounds).hasSize(1);
		assertThat(rounds.get(0)).containsEntry("year", 2018).containsEntry("ceremonyTitle", "Vaikų žvaigždynas")
			.containsEntry("ceremonyOn", "2018-06-01");
		Object roundId = rounds.get(0).get("id");
		ApiClient.Response nominees = children.get(api + "/" + award.get("id") + "/rounds/" + roundId + "/nominees");
		assertThat(nominees.<List<String>>json("$[*].name")).containsExactly("Vilija Blinkevičiūtė",
				"Ramunė Guobaitė-Kirslienė", "Jovita Majauskaitė-Staniūlienė", "Julius Gregorauskas",
				"dr. Jovita Petrulytė");
		assertThat(nominees.<List<Boolean>>json("$[*].laureate")).containsOnly(true);

		// anyone reads the round's public page without signing in
		WebSession.Page open = new WebSession(port).get("/n/nvo-vaikams/public/awards/" + roundId);
		assertThat(open.status()).isEqualTo(200);
		assertThat(open.text()).contains("Geriausias vaiko draugas 2018", "Vaikų žvaigždynas", "2018-06-01",
				"Vilija Blinkevičiūtė", "Europos Parlamento narė, Europos Parlamentas",
				"Jovita Majauskaitė-Staniūlienė", "vykdomoji direktorė, UNICEF Lietuva", "dr. Jovita Petrulytė");
	}

	@Test
	void aRoundIsHeldAtAnAwardCeremonyAndRefusesWhatCannotBe() {
		int programme = programme("Metų savanoris");
		int ceremony = event("AWARD_CEREMONY", "Metų savanorio šventė", "2090-05-20");
		int training = event("TRAINING", "Ne ceremonija", "2090-05-21");

		ApiClient.Response created = staff().post(API + "/awards/" + programme + "/rounds",
				"{\"year\":2090,\"ceremonyEventId\":" + ceremony + "}");
		assertThat(created.status()).as(created.body()).isEqualTo(201);
		assertThat(created.<String>json("$.ceremonyTitle")).isEqualTo("Metų savanorio šventė");
		assertThat(created.<String>json("$.ceremonyOn")).isEqualTo("2090-05-20");

		ApiClient.Response notCeremony = staff().post(API + "/awards/" + programme + "/rounds",
				"{\"year\":2091,\"ceremonyEventId\":" + training + "}");
		assertThat(notCeremony.status()).isEqualTo(400);
		assertThat(notCeremony.<String>json("$.errors[0].field")).isEqualTo("ceremonyEventId");
		assertThat(notCeremony.<String>json("$.errors[0].message"))
			.isEqualTo("Renginys „Ne ceremonija“ nėra apdovanojimų ceremonija.");
		ApiClient.Response twice = staff().post(API + "/awards/" + programme + "/rounds", "{\"year\":2090}");
		assertThat(twice.<String>json("$.errors[0].message")).isEqualTo("2090 m. šios programos apdovanojimai jau yra.");
		ApiClient.Response unknown = staff().post(API + "/awards/" + programme + "/rounds",
				"{\"year\":2092,\"ceremonyEventId\":999999}");
		assertThat(unknown.<String>json("$.errors[0].message")).isEqualTo("Renginio 999999 šiame tinkle nėra.");
		ApiClient.Response noYear = staff().post(API + "/awards/" + programme + "/rounds", "{}");
		assertThat(noYear.<String>json("$.errors[0].message")).isEqualTo("Šis laukas privalomas.");
		assertThat(staff().inLanguage("en").post(API + "/awards/" + programme + "/rounds", "{\"year\":1800}")
			.<String>json("$.errors[0].message")).isEqualTo("The year must be between 1990 and 2200.");
		assertThat(rounds(programme)).isEqualTo(1);
		assertThat(staff().post(API + "/awards/999999/rounds", "{\"year\":2093}").status()).isEqualTo(404);

		// the page says the same beside the field and keeps what was typed
		WebSession pages = pages();
		String page = "/n/nsmot/awards/" + programme;
		String refused = follow(pages, pages.post(page, page + "/rounds",
				Map.of("year", "2094", "ceremonyEventId", String.valueOf(training))));
		assertThat(refused).contains("Renginys „Ne ceremonija“ nėra apdovanojimų ceremonija.");
		assertThat(rounds(programme)).isEqualTo(1);
		String opened = follow(pages, pages.post(page, page + "/rounds", Map.of("year", "2094")));
		assertThat(opened).contains("Išsaugota.");
		assertThat(rounds(programme)).isEqualTo(2);
	}

	@Test
	void aPhotoThatIsNotAnImageIsRefusedAndALaureatesPhotoIsShownInPublic() throws IOException {
		int programme = programme("Metų mokytojas");
		int round = staff().post(API + "/awards/" + programme + "/rounds", "{\"year\":2095}").json("$.id");
		String nominees = API + "/awards/" + programme + "/rounds/" + round + "/nominees";
		ApiClient.Response laureate = staff().post(nominees, """
				{"name":"Ona Mokytoja","position":"mokytoja","organization":"Bandymų mokykla","reason":"Už kantrybę","laureate":true}""");
		assertThat(laureate.status()).as(laureate.body()).isEqualTo(201);
		int laureateId = laureate.json("$.id");
		int nomineeId = staff().post(nominees, "{\"name\":\"Jonas Nominantas\",\"laureate\":false}").json("$.id");
		ApiClient.Response nobody = staff().post(nominees, "{\"position\":\"niekas\"}");
		assertThat(nobody.status()).isEqualTo(400);
		assertThat(nobody.<String>json("$.errors[0].message")).isEqualTo("Pasirinkite asmenį arba įrašykite vardą ir pavardę.");
		ApiClient.Response stranger = staff().post(nominees, "{\"personId\":999999}");
		assertThat(stranger.<String>json("$.errors[0].message")).isEqualTo("Asmens 999999 šiame tinkle nėra.");
		assertThat(staff().get(nominees).<List<Object>>json("$")).hasSize(2);

		WebSession pages = pages();
		String page = "/n/nsmot/awards/" + programme + "/rounds/" + round;
		String alt = URLEncoder.encode("Ona Mokytoja klasėje su mokiniais", StandardCharsets.UTF_8);
		String photo = page + "/nominees/" + laureateId + "/photo?photoAlt=" + alt;
		String refused = follow(pages, pages.upload(page, photo, "photo", "nuotrauka.png",
				"Tai ne nuotrauka, o tekstas.".getBytes(StandardCharsets.UTF_8)));
		assertThat(refused).contains("Failas nėra nuotrauka: tinka tik PNG, JPEG arba WebP paveikslėliai.");
		assertThat(staff().get(nominees).<List<Boolean>>json("$[*].hasPhoto")).containsOnly(false);
		String noAlt = follow(pages, pages.upload(page, page + "/nominees/" + laureateId + "/photo", "photo", "ona.png", png()));
		assertThat(noAlt).contains("Aprašykite, kas nuotraukoje (alternatyvusis tekstas neregintiems).");
		assertThat(staff().get(nominees).<List<Boolean>>json("$[*].hasPhoto")).containsOnly(false);

		String saved = follow(pages, pages.upload(page, photo, "photo", "ona.png", png()));
		assertThat(saved).contains("Nuotrauka išsaugota.");
		assertThat(staff().get(nominees).<List<Boolean>>json("$[*].hasPhoto")).containsExactly(true, false);

		// the public page shows the laureate with the photo and its alt text, not the other nominee
		WebSession anyone = new WebSession(port);
		WebSession.Page open = anyone.get("/n/nsmot/public/awards/" + round);
		assertThat(open.status()).isEqualTo(200);
		assertThat(open.text()).contains("Ona Mokytoja", "mokytoja, Bandymų mokykla", "Už kantrybę")
			.doesNotContain("Jonas Nominantas");
		assertThat(open.html()).contains("alt=\"Ona Mokytoja klasėje su mokiniais\"",
				"/n/nsmot/public/awards/" + round + "/photos/" + laureateId);
		assertThat(anyone.download("/n/nsmot/public/awards/" + round + "/photos/" + laureateId)).isEqualTo(png());
		assertThat(anyone.get("/n/nsmot/public/awards/" + round + "/photos/" + nomineeId).status()).isEqualTo(404);

		// a nominee is deleted after asking, and the deletion is in the round's history
		assertThat(pages.get(page).html()).contains("data-confirm=\"Ištrinti nominantą „Jonas Nominantas“?\"");
		String deleted = follow(pages, pages.post(page, page + "/nominees/" + nomineeId + "/delete", Map.of()));
		assertThat(deleted).contains("Nominantas ištrintas.");
		assertThat(staff().get(nominees).<List<String>>json("$[*].name")).containsExactly("Ona Mokytoja");
	}

	@Test
	void aNomineeIsMadeALaureateAndBackAndTheReportCountsIt() {
		int programme = programme("Metų savanoris");
		int round = staff().post(API + "/awards/" + programme + "/rounds", "{\"year\":2095}").json("$.id");
		String nominees = API + "/awards/" + programme + "/rounds/" + round + "/nominees";
		int nominee = staff().post(nominees, "{\"name\":\"Rasa Savanorė\",\"laureate\":false}").json("$.id");
		String laureates = API + "/metrics/awards.laureates?from=2095-01-01&to=2095-12-31&programme=" + programme;
		assertThat(staff().get(laureates).<Integer>json("$.value")).isZero();

		WebSession pages = pages();
		String page = "/n/nsmot/awards/" + programme + "/rounds/" + round;
		String chosen = follow(pages, pages.post(page, page + "/nominees/" + nominee + "/laureate",
				Map.of("laureate", "true", "version", "0")));
		assertThat(chosen).contains("Nominantas tapo laureatu.", "Nebe laureatas");
		assertThat(staff().get(laureates).<Integer>json("$.value")).isEqualTo(1);

		// a choice made on a copy older than the last change is refused and changes nothing
		String stale = follow(pages, pages.post(page, page + "/nominees/" + nominee + "/laureate",
				Map.of("laureate", "false", "version", "0")));
		assertThat(stale).contains("Kol žiūrėjote, nominantą pakeitė kitas naudotojas.");
		assertThat(staff().get(laureates).<Integer>json("$.value")).isEqualTo(1);

		String takenBack = follow(pages, pages.post(page, page + "/nominees/" + nominee + "/laureate",
				Map.of("laureate", "false", "version", "1")));
		assertThat(takenBack).contains("Nominantas nebėra laureatas.", "Skirti apdovanojimą");
		assertThat(staff().get(laureates).<Integer>json("$.value")).isZero();
		assertThat(pages.get(page).text()).contains("Laureatas: ne → taip", "Laureatas: taip → ne");
	}

	@Test
	void staffKeepAwardsTheBoardReadsAndAMemberRepresentativeIsRefused() {
		int programme = programme("Metų partneris");
		WebSession staff = pages();
		assertThat(staff.get("/n/nsmot/awards").text()).contains("Metų partneris");
		WebSession.Page refused = next(staff, staff.post("/n/nsmot/awards", "/n/nsmot/awards",
				Map.of("name", "", "nameEn", "Partner")));
		assertThat(refused.text()).contains("Pataisykite pažymėtus laukus.", "Šis laukas privalomas.");
		assertThat(refused.html()).contains("value=\"Partner\"");

		WebSession board = WebSession.signedIn(port, DemoAccounts.NSMOT_BOARD.email(), DemoAccounts.PASSWORD);
		assertThat(board.get("/n/nsmot/awards/" + programme).status()).isEqualTo(200);
		assertThat(board.get("/n/nsmot/awards/" + programme).html()).doesNotContain("id=\"round-form\"");
		assertThat(board.post("/n/nsmot/awards/" + programme, "/n/nsmot/awards/" + programme + "/rounds",
				Map.of("year", "2096")).status()).isEqualTo(403);
		WebSession member = WebSession.signedIn(port, DemoAccounts.NSMOT_MEMBER.email(), DemoAccounts.PASSWORD);
		assertThat(member.get("/n/nsmot/awards").status()).isEqualTo(403);
		assertThat(member.get("/n/nsmot/awards/" + programme).status()).isEqualTo(403);
		assertThat(ApiClient.basic(port, DemoAccounts.NSMOT_MEMBER.email(), DemoAccounts.PASSWORD).get(API + "/awards")
			.status()).isEqualTo(403);
		assertThat(rounds(programme)).isZero();
	}

	@Test
	void anotherNetworkSeesNoneOfTheAwards() {
		int programme = programme("Tinklo apdovanojimas");
		int round = staff().post(API + "/awards/" + programme + "/rounds", "{\"year\":2096}").json("$.id");
		ApiClient children = ApiClient.basic(port, DemoAccounts.CHILDREN_ADMIN.email(), DemoAccounts.PASSWORD);
		String other = "/api/v1/networks/nvo-vaikams/awards";
		assertThat(children.get(other).<List<String>>json("$[*].name")).noneMatch(n -> n.startsWith("Tinklo apdovanojimas"));
		assertThat(children.get(other + "/" + programme + "/rounds").status()).isEqualTo(404);
		assertThat(children.post(other + "/" + programme + "/rounds", "{\"year\":2097}").status()).isEqualTo(404);
		assertThat(new WebSession(port).get("/n/nvo-vaikams/public/awards/" + round).status()).isEqualTo(404);
		WebSession childrenPages = WebSession.signedIn(port, DemoAccounts.CHILDREN_ADMIN.email(), DemoAccounts.PASSWORD);
		assertThat(childrenPages.get("/n/nvo-vaikams/awards/" + programme).status()).isEqualTo(404);
		assertThat(rounds(programme)).isEqualTo(1);
	}
}
