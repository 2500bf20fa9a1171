package lt.tinklas.support;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.charset.StandardCharsets;
import java.time.LocalDate;
import java.util.List;
import java.util.Locale;
import java.util.Map;

import lt.tinklas.browser.Browser;
import lt.tinklas.demo.DemoAccounts;
import lt.tinklas.networks.Networks;
import lt.tinklas.organizations.OrganizationFilter;
import lt.tinklas.organizations.Organizations;
import lt.tinklas.people.People;
import lt.tinklas.shared.tenancy.Tenancy;
import lt.tinklas.support.application.CurrentStage;
import lt.tinklas.testing.ApiClient;
import lt.tinklas.testing.TinklasTest;
import lt.tinklas.testing.WebSession;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.openqa.selenium.By;
import org.openqa.selenium.support.ui.Select;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.context.MessageSource;

/**
 * Member support through the API and the pages: consultations (and what a member representative
 * may see of them), report reviews, quality-standard stages in their order, the overview and the
 * metrics with their records, with every refusal. Records made here are dated 2028, a year no demo
 * record uses.
 */
@TinklasTest
class SupportTests {

	private static final String API = "/api/v1/networks/nsmot";

	@LocalServerPort
	int port;

	@Autowired
	Networks networks;

	@Autowired
	Organizations organizations;

	@Autowired
	People people;

	@Autowired
	QualityStandards quality;

	@Autowired
	MessageSource messages;

	long nsmot;
	long foodBank;
	long other;
	long consultant;

	@BeforeEach
	void ids() {
		nsmot = networks.bySlug("nsmot").orElseThrow().id();
		foodBank = Tenancy.runAs(nsmot, () -> organizations
			.search(new OrganizationFilter("Maisto bankas", null, null, null, null, null), 0, 1)
			.items()
			.get(0)
			.id());
		other = Tenancy.runAs(nsmot, () -> organizations.names().keySet().stream().filter(id -> id != foodBank)
			.findFirst().orElseThrow());
		consultant = Tenancy.runAs(nsmot, () -> people.byEmail("ieva.zukauskaite@pavyzdys.lt").orElseThrow().id());
	}

	ApiClient staff() {
		return ApiClient.basic(port, DemoAccounts.NSMOT_STAFF.email(), DemoAccounts.PASSWORD);
	}

	ApiClient member() {
		return ApiClient.basic(port, DemoAccounts.NSMOT_MEMBER.email(), DemoAccounts.PASSWORD);
	}

	ApiClient.Response consultation(long organization, String heldOn, String topic, String minutes, String followUpOn,
			String summary) {
		return staff().post(API + "/consultations", """
				{"organizationId":%d,"heldOn":"%s","topic":"%s","consultantId":%d,"consultedIds":[%d],"minutes":%s,
				 "summary":"%s","followUpOn":%s}""".formatted(organization, heldOn, topic, consultant, consultant, minutes,
				summary, followUpOn == null ? "null" : "\"" + followUpOn + "\""));
	}

	int count() {
		return staff().get(API + "/consultations").<List<Object>>json("$").size();
	}

	ApiClient.Response stage(long organization, String standard, String level, String stage, String on) {
		return staff().post(API + "/organizations/" + organization + "/quality-stages", """
				{"standard":"%s","level":%s,"stage":"%s","on":"%s","evidenceLink":"https://pavyzdys.lt/%s"}"""
			.formatted(standard, level == null ? "null" : "\"" + level + "\"", stage, on, stage));
	}

	String standard(String name) {
		return Tenancy.runAs(nsmot, () -> quality.addStandard(name + System.nanoTime() % 100000, List.of("bazinis",
				"aukštesnysis"))).name();
	}

	@Test
	void theDemoHoldsNsmotsConsultationsReviewsAndQualityPaths() {
		List<Map<String, Object>> all = staff().get(API + "/consultations?from=2025-01-01&to=2025-12-31").json("$");
		assertThat(all).hasSizeGreaterThanOrEqualTo(5);
		assertThat(all).extracting(c -> c.get("topic")).contains("QUALITY", "TRANSPARENCY", "REPORTING");
		assertThat(staff().get(API + "/quality-standards").<List<String>>json("$[*].name")).contains("NOKAS", "EQUASS");
		assertThat(staff().get(API + "/quality-standards").<List<String>>json("$[?(@.name == 'NOKAS')].levels[*]"))
			.containsExactly("bazinis", "aukštesnysis");
		List<Map<String, Object>> nokas = staff().get(API + "/quality?standard=NOKAS").json("$");
		assertThat(nokas).hasSizeGreaterThanOrEqualTo(10);
		assertThat(nokas).extracting(c -> c.get("stage")).contains("CERTIFIED", "STOPPED");
		assertThat(staff().get(API + "/quality?standard=EQUASS&stage=CERTIFIED").<List<Object>>json("$")).hasSize(2);
		assertThat(staff().get(API + "/report-reviews?year=2024").<List<Object>>json("$")).isNotEmpty();
	}

	@Test
	void aConsultationIsRecordedAndBadInputIsRefusedWithNothingChanged() {
		int before = count();
		ApiClient.Response created = consultation(other, "2028-03-02", "TRANSPARENCY", "90", "2028-04-01",
				"Slapta santrauka 2028");
		assertThat(created.status()).as(created.body()).isEqualTo(201);
		assertThat(created.<String>json("$.consultant")).isEqualTo("Ieva Žukauskaitė");
		assertThat(created.<Integer>json("$.minutes")).isEqualTo(90);
		assertThat(count()).isEqualTo(before + 1);

		ApiClient.Response unknown = consultation(999999, "2028-03-02", "LAW", "60", null, "x");
		assertThat(unknown.status()).isEqualTo(400);
		assertThat(unknown.<String>json("$.errors[0].field")).isEqualTo("organizationId");
		assertThat(unknown.<String>json("$.errors[0].message")).isEqualTo("Tinklas neturi organizacijos, kurios id 999999.");
		ApiClient.Response negative = consultation(other, "2028-03-02", "LAW", "-30", null, "x");
		assertThat(negative.status()).isEqualTo(400);
		assertThat(negative.<String>json("$.errors[0].field")).isEqualTo("minutes");
		assertThat(negative.<String>json("$.errors[0].message"))
			.isEqualTo("Trukmė turi būti daugiau nei nulis minučių (įvesta -30).");
		ApiClient.Response negativeHours = staff().inLanguage("en").post(API + "/consultations", """
				{"organizationId":%d,"heldOn":"2028-03-02","topic":"LAW","consultantId":%d,"hours":-1.5}"""
			.formatted(other, consultant));
		assertThat(negativeHours.<String>json("$.errors[0].message"))
			.isEqualTo("The duration must be more than zero minutes (given -90).");
		ApiClient.Response followUp = consultation(other, "2028-03-02", "LAW", "60", "2028-03-01", "x");
		assertThat(followUp.status()).isEqualTo(400);
		assertThat(followUp.<String>json("$.errors[0].field")).isEqualTo("followUpOn");
		assertThat(followUp.<String>json("$.errors[0].message"))
			.isEqualTo("Tolesnių veiksmų data negali būti ankstesnė už konsultacijos datą (2028-03-02).");
		assertThat(staff().inLanguage("en").post(API + "/consultations", """
				{"organizationId":%d,"heldOn":"2028-03-02","topic":"LAW","consultantId":%d,"followUpOn":"2028-01-01"}"""
			.formatted(other, consultant)).<String>json("$.errors[0].message"))
			.isEqualTo("The follow-up cannot be before the consultation (2028-03-02).");
		assertThat(count()).isEqualTo(before + 1);
	}

	@Test
	void theConsultationPagesListFilterExportAndShowHistory() {
		WebSession session = WebSession.signedIn(port, DemoAccounts.NSMOT_STAFF.email(), DemoAccounts.PASSWORD);
		WebSession.Page refused = session.post("/n/nsmot/consultations/new", "/n/nsmot/consultations",
				Map.of("organizationId", String.valueOf(other), "heldOn", "2028-05-10", "topic", "FUNDING", "consultantId",
						String.valueOf(consultant), "minutes", "-5", "followUpOn", "2028-05-01", "summary", "Tekstas lieka"));
		assertThat(refused.status()).isEqualTo(200);
		assertThat(refused.text()).contains("Trukmė turi būti daugiau nei nulis minučių (įvesta -5).")
			.contains("Tolesnių veiksmų data negali būti ankstesnė už konsultacijos datą (2028-05-10).");
		assertThat(refused.html()).contains("Tekstas lieka");

		WebSession.Page saved = session.post("/n/nsmot/consultations/new", "/n/nsmot/consultations",
				Map.of("organizationId", String.valueOf(other), "heldOn", "2028-05-10", "topic", "FUNDING", "consultantId",
						String.valueOf(consultant), "consultedIds", String.valueOf(consultant), "minutes", "45",
						"followUpOn", "2028-06-01", "summary", "Aptartas finansavimo planas"));
		assertThat(saved.status()).isEqualTo(302);
		String page = saved.location().replaceFirst("^https?://[^/]+", "");
		WebSession.Page shown = session.get(page);
		assertThat(shown.text()).contains("Finansavimas").contains("2028-05-10").contains("Aptartas finansavimo planas")
			.contains("45 min.").contains("Ieva Žukauskaitė").contains("Pakeitimų istorija");

		WebSession.Page changed = session.post(page + "/edit", page, Map.of("version", "0", "organizationId",
				String.valueOf(other), "heldOn", "2028-05-10", "topic", "FUNDING", "consultantId", String.valueOf(consultant),
				"minutes", "50", "followUpOn", "2028-06-01", "summary", "Aptartas finansavimo planas"));
		assertThat(changed.status()).isEqualTo(302);
		assertThat(session.get(page).text()).contains("50 min.").contains("pakeista");
		// an edit of the version read before that change is refused with what changed since
		WebSession.Page stale = session.post(page + "/edit", page, Map.of("version", "0", "organizationId",
				String.valueOf(other), "heldOn", "2028-05-10", "topic", "LAW", "consultantId", String.valueOf(consultant)));
		assertThat(stale.status()).isEqualTo(200);
		assertThat(session.get(page).text()).contains("Finansavimas").contains("50 min.");

		WebSession.Page list = session.get("/n/nsmot/consultations?topic=FUNDING&from=2028-01-01&to=2028-12-31");
		assertThat(list.text()).contains("2028-05-10").contains("Finansavimas").doesNotContain("2025-");
		String csv = new String(session.download("/n/nsmot/consultations/export.csv?topic=FUNDING&from=2028-01-01&to=2028-12-31"),
				StandardCharsets.UTF_8);
		assertThat(csv).contains("2028-05-10").contains("Aptartas finansavimo planas");
	}

	@Test
	void aMemberRepresentativeSeesOnlyTheirOrganizationsConsultationsWithoutTheSummary() {
		ApiClient.Response own = consultation(foodBank, "2028-02-03", "REPORTING", "60", null, "Privati pastaba apie maisto banką");
		ApiClient.Response others = consultation(other, "2028-02-04", "LAW", "60", null, "Kitos organizacijos paslaptis");
		assertThat(own.status()).isEqualTo(201);
		assertThat(others.status()).isEqualTo(201);
		int ownId = own.json("$.id");
		int otherId = others.json("$.id");

		List<Map<String, Object>> seen = member().get(API + "/consultations?organization=" + other).json("$");
		assertThat(seen).isNotEmpty().allSatisfy(c -> {
			assertThat(((Number) c.get("organizationId")).longValue()).isEqualTo(foodBank);
			assertThat(c.get("summary")).isNull();
		});
		assertThat(member().get(API + "/consultations/" + ownId).<String>json("$.topic")).isEqualTo("REPORTING");
		assertThat(member().get(API + "/consultations/" + ownId).body()).doesNotContain("Privati pastaba");
		assertThat(member().get(API + "/consultations/" + otherId).status()).isEqualTo(404);

		WebSession session = WebSession.signedIn(port, DemoAccounts.NSMOT_MEMBER.email(), DemoAccounts.PASSWORD);
		WebSession.Page list = session.get("/n/nsmot/consultations");
		assertThat(list.status()).isEqualTo(200);
		assertThat(list.text()).contains("2028-02-03").doesNotContain("2028-02-04");
		WebSession.Page page = session.get("/n/nsmot/consultations/" + ownId);
		assertThat(page.status()).isEqualTo(200);
		assertThat(page.text()).contains("Ataskaitos").doesNotContain("Privati pastaba").doesNotContain("Santrauka");
		assertThat(session.get("/n/nsmot/consultations/" + otherId).status()).isEqualTo(404);
		String csv = new String(session.download("/n/nsmot/consultations/export.csv"), StandardCharsets.UTF_8);
		assertThat(csv).contains("2028-02-03").doesNotContain("Privati pastaba").doesNotContain("2028-02-04");
		assertThat(session.get("/n/nsmot/consultations/new").status()).isEqualTo(403);
		assertThat(session.get("/n/nsmot/quality").status()).isEqualTo(403);
		assertThat(member().post(API + "/consultations", "{}").status()).isEqualTo(403);

		assertThat(member().get(API + "/report-reviews").<List<Number>>json("$[*].organizationId"))
			.isNotEmpty().allMatch(id -> id.longValue() == foodBank);

		// staff see the summary
		assertThat(staff().get(API + "/consultations/" + ownId).<String>json("$.summary"))
			.isEqualTo("Privati pastaba apie maisto banką");
	}

	@Test
	void reportReviewsAreRecordedAndListed() {
		ApiClient.Response created = staff().post(API + "/report-reviews", """
				{"organizationId":%d,"reportYear":2027,"reviewedOn":"2028-04-15","findings":"Trūko priedų","compliant":true}"""
			.formatted(other));
		assertThat(created.status()).as(created.body()).isEqualTo(201);
		ApiClient.Response unknown = staff().post(API + "/report-reviews",
				"{\"organizationId\":999999,\"reportYear\":2027,\"reviewedOn\":\"2028-04-15\"}");
		assertThat(unknown.<String>json("$.errors[0].message")).isEqualTo("Tinklas neturi organizacijos, kurios id 999999.");
		assertThat(staff().get(API + "/report-reviews?year=2027").<List<Object>>json("$")).hasSize(1);

		WebSession session = WebSession.signedIn(port, DemoAccounts.NSMOT_STAFF.email(), DemoAccounts.PASSWORD);
		WebSession.Page refused = session.post("/n/nsmot/consultations/reviews", "/n/nsmot/consultations/reviews",
				Map.of("organizationId", String.valueOf(other), "reportYear", "2027", "reviewedOn", "2026-01-01",
						"findings", "Lieka įvesta"));
		assertThat(refused.status()).isEqualTo(302);
		WebSession.Page back = session.get("/n/nsmot/consultations/reviews");
		assertThat(back.text()).contains("Peržiūros data negali būti ankstesnė už ataskaitos metus (2027).");
		assertThat(back.html()).contains("Lieka įvesta");
		assertThat(session.get("/n/nsmot/consultations/reviews?year=2027").text()).contains("Trūko priedų")
			.contains("2028-04-15");
		assertThat(staff().get(API + "/report-reviews?year=2027").<List<Object>>json("$")).hasSize(1);
	}

	@Test
	void qualityStagesKeepTheirOrderAndTheOverviewShowsTheCurrentStage() {
		String name = standard("Bandomasis");
		long organization = other;
		assertThat(stage(organization, name, "bazinis", "INTRODUCTORY_TRAINING", "2028-01-10").status()).isEqualTo(201);
		assertThat(stage(organization, name, "bazinis", "EXTERNAL_AUDIT", "2028-06-10").status()).isEqualTo(201);

		ApiClient.Response afterLater = stage(organization, name, null, "INTERNAL_AUDIT", "2028-07-01");
		assertThat(afterLater.status()).isEqualTo(400);
		assertThat(afterLater.<String>json("$.errors[0].field")).isEqualTo("on");
		assertThat(afterLater.<String>json("$.errors[0].message")).isEqualTo(
				"Etapo „Vidinis auditas“ data 2028-07-01 negali būti vėlesnė už vėlesnio etapo „Išorinis auditas“ datą 2028-06-10.");
		ApiClient.Response beforeEarlier = stage(organization, name, null, "INDIVIDUAL_CONSULTING", "2028-01-05");
		assertThat(beforeEarlier.<String>json("$.errors[0].message")).isEqualTo(
				"Etapo „Individualus konsultavimas“ data 2028-01-05 negali būti ankstesnė už ankstesnio etapo „Įvadiniai mokymai“ datą 2028-01-10.");
		ApiClient.Response english = staff().inLanguage("en").post(API + "/organizations/" + organization + "/quality-stages",
				"{\"standard\":\"" + name + "\",\"stage\":\"CERTIFIED\",\"on\":\"2028-03-01\"}");
		assertThat(english.<String>json("$.errors[0].message")).isEqualTo(
				"The stage \"Certified\" cannot be dated 2028-03-01: the earlier stage \"External audit\" is dated 2028-06-10.");
		ApiClient.Response level = stage(organization, name, "auksinis", "IMPACT_TRAINING", "2028-03-01");
		assertThat(level.<String>json("$.errors[0].message"))
			.isEqualTo("Standartas " + name + " neturi lygio „auksinis“ (yra: bazinis, aukštesnysis).");
		ApiClient.Response noStandard = stage(organization, "NĖRA", null, "IMPACT_TRAINING", "2028-03-01");
		assertThat(noStandard.<String>json("$.errors[0].message")).isEqualTo("Tinklas nepalaiko standarto „NĖRA“.");
		assertThat(stage(999999, name, null, "IMPACT_TRAINING", "2028-03-01").status()).isEqualTo(404);
		// nothing of the refused ones was kept
		assertThat(staff().get(API + "/organizations/" + organization + "/quality-stages")
			.<List<String>>json("$[?(@.standard == '" + name + "')].stage")).containsExactly("INTRODUCTORY_TRAINING",
					"EXTERNAL_AUDIT");

		List<Map<String, Object>> current = staff().get(API + "/quality?standard=" + name + "&year=2028").json("$");
		assertThat(current).hasSize(1);
		assertThat(current.get(0)).containsEntry("stage", "EXTERNAL_AUDIT").containsEntry("since", "2028-06-10")
			.containsEntry("level", "bazinis");
		assertThat(staff().get(API + "/quality?standard=" + name + "&stage=EXTERNAL_AUDIT&year=2028").<List<Object>>json("$"))
			.hasSize(1);
		assertThat(staff().get(API + "/quality?standard=" + name + "&stage=CERTIFIED&year=2028").<List<Object>>json("$"))
			.isEmpty();
		assertThat(staff().get(API + "/quality?standard=NĖRA").<String>json("$.errors[0].message"))
			.isEqualTo("Tinklas nepalaiko standarto „NĖRA“.");
		// today the organization stands where the demo put it with NOKAS; the 2028 stages are yet to come
		assertThat(Tenancy.runAs(nsmot, () -> quality.currentStages(organization)))
			.extracting(CurrentStage::standard).contains("NOKAS").doesNotContain(name);

		WebSession session = WebSession.signedIn(port, DemoAccounts.NSMOT_STAFF.email(), DemoAccounts.PASSWORD);
		long standardId = Tenancy.runAs(nsmot, () -> quality.standard(name).orElseThrow().id());
		String orgPage = "/n/nsmot/quality/organizations/" + organization;
		WebSession.Page refused = session.post(orgPage, orgPage + "/stages", Map.of("standardId", String.valueOf(standardId),
				"stage", "INTERNAL_AUDIT", "on", "2028-08-01", "note", "Lieka"));
		assertThat(refused.status()).isEqualTo(302);
		WebSession.Page back = session.get(orgPage);
		assertThat(back.text()).contains(
				"Etapo „Vidinis auditas“ data 2028-08-01 negali būti vėlesnė už vėlesnio etapo „Išorinis auditas“ datą 2028-06-10.");
		assertThat(back.html()).contains("value=\"Lieka\"");
		assertThat(session.post(orgPage, orgPage + "/stages", Map.of("standardId", String.valueOf(standardId), "stage",
				"INTERNAL_AUDIT", "on", "2028-05-01", "evidenceLink", "https://pavyzdys.lt/auditas")).status()).isEqualTo(302);
		WebSession.Page path = session.get(orgPage);
		assertThat(path.text()).contains("Vidinis auditas").contains("2028-05-01").contains("https://pavyzdys.lt/auditas")
			.contains("Išorinis auditas").contains("2028-06-10");
		WebSession.Page overview = session.get("/n/nsmot/quality?standard=" + standardId + "&year=2028");
		assertThat(overview.text()).contains(Tenancy.runAs(nsmot, () -> organizations.names().get(organization)))
			.contains("Išorinis auditas");
		assertThat(session.get("/n/nsmot/quality?open=" + organization).location()).endsWith(orgPage);
	}

	@Test
	void theMetricsCountWhatWasRecordedAndListTheRecords() {
		String name = standard("Metrikų");
		List<Long> three = Tenancy.runAs(nsmot, () -> organizations.names().keySet().stream().limit(3).toList());
		// one certified in 2028, one at its internal audit, one that stopped after its training
		for (String[] s : new String[][] { { "INTRODUCTORY_TRAINING", "2028-01-15" }, { "INTERNAL_AUDIT", "2028-05-15" },
				{ "EXTERNAL_AUDIT", "2028-08-15" }, { "CERTIFIED", "2028-10-15" } }) {
			assertThat(stage(three.get(0), name, "bazinis", s[0], s[1]).status()).isEqualTo(201);
		}
		assertThat(stage(three.get(1), name, null, "INTRODUCTORY_TRAINING", "2028-02-01").status()).isEqualTo(201);
		assertThat(stage(three.get(1), name, null, "INTERNAL_AUDIT", "2028-09-01").status()).isEqualTo(201);
		assertThat(stage(three.get(2), name, null, "INTRODUCTORY_TRAINING", "2027-11-01").status()).isEqualTo(201);
		assertThat(stage(three.get(2), name, null, "STOPPED", "2027-12-20").status()).isEqualTo(201);

		String metrics = API + "/metrics/";
		String year = "?from=2028-01-01&to=2028-12-31&standard=" + name;
		ApiClient.Response atAudit = staff().get(metrics + "quality.atStage" + year + "&stage=INTERNAL_AUDIT");
		assertThat(atAudit.<Integer>json("$.count")).as(atAudit.body()).isEqualTo(2);
		assertThat(atAudit.<List<String>>json("$.records[*].path")).containsExactlyInAnyOrder(
				"/n/nsmot/quality/organizations/" + three.get(0), "/n/nsmot/quality/organizations/" + three.get(1));
		// the one stopped in 2027 does not count in 2028
		assertThat(staff().get(metrics + "quality.atStage" + year).<Integer>json("$.count")).isEqualTo(2);
		assertThat(staff().get(metrics + "quality.atStage?from=2027-01-01&to=2027-12-31&standard=" + name)
			.<Integer>json("$.count")).isEqualTo(1);
		ApiClient.Response started = staff().get(metrics + "quality.started" + year);
		assertThat(started.<Integer>json("$.count")).isEqualTo(2);
		ApiClient.Response certified = staff().get(metrics + "quality.certified" + year);
		assertThat(certified.<Integer>json("$.count")).isEqualTo(1);
		assertThat(certified.<List<String>>json("$.records[*].date")).containsExactly("2028-10-15");
		assertThat(certified.<List<String>>json("$.records[*].label").get(0)).endsWith(name + " – Sertifikuota");
		assertThat(staff().get(metrics + "quality.atStage" + year + "&stage=STOPPED").status()).isEqualTo(400);

		consultation(other, "2028-11-03", "MANAGEMENT", "60", null, "x");
		consultation(other, "2028-11-04", "MANAGEMENT", "30", null, "x");
		consultation(foodBank, "2028-11-05", "MANAGEMENT", "30", null, "x");
		ApiClient.Response held = staff().get(metrics + "support.consultations?from=2028-11-01&to=2028-11-30&topic=MANAGEMENT");
		assertThat(held.<Integer>json("$.count")).isEqualTo(3);
		assertThat(held.<List<String>>json("$.records[*].date")).containsExactly("2028-11-03", "2028-11-04", "2028-11-05");
		assertThat(held.<List<String>>json("$.records[*].path")).allMatch(p -> p.startsWith("/n/nsmot/consultations/"));
		assertThat(staff().get(metrics + "support.consultations?from=2028-11-01&to=2028-11-30&topic=MANAGEMENT&organization="
				+ other).<Integer>json("$.count")).isEqualTo(2);
		WebSession session = WebSession.signedIn(port, DemoAccounts.NSMOT_STAFF.email(), DemoAccounts.PASSWORD);
		assertThat(session.get(held.<List<String>>json("$.records[*].path").get(0)).status()).isEqualTo(200);
	}

	@Test
	void aBrowserRecordsAConsultationAndANokasStageForAMember() {
		String organization = Tenancy.runAs(nsmot, () -> organizations.names().get(other));
		try (Browser browser = new Browser(port)) {
			browser.open("/login");
			browser.type(By.id("username"), DemoAccounts.NSMOT_STAFF.email())
				.type(By.id("password"), DemoAccounts.PASSWORD)
				.click(By.cssSelector("form[action='/login'] button[type=submit]"));
			browser.open("/n/nsmot");
			browser.find(By.id("nav-members")).click();
			browser.click(By.linkText("Pagalba nariams"));
			assertThat(browser.accessibilityProblems()).isEmpty();
			browser.click(By.linkText("Įrašyti konsultaciją"));
			new Select(browser.find(By.id("organizationId")))
				.selectByVisibleText(organization);
			browser.pickDate(By.id("heldOn"), LocalDate.of(2028, 9, 7));
			new Select(browser.find(By.id("topic")))
				.selectByVisibleText("Kokybė");
			new Select(browser.find(By.id("consultantId")))
				.selectByVisibleText("Žukauskaitė Ieva");
			browser.type(By.id("minutes"), "75")
				.type(By.id("summary"), "Pasirengimas NOKAS vidiniam auditui");
			assertThat(browser.accessibilityProblems()).isEmpty();
			browser.click(By.cssSelector("#consultation-form button[type=submit]"));
			assertThat(browser.path()).matches("/n/nsmot/consultations/\\d+");
			assertThat(browser.text()).contains(organization, "2028-09-07", "Kokybė", "75 min.",
					"Pasirengimas NOKAS vidiniam auditui");
			assertThat(browser.accessibilityProblems()).isEmpty();

			browser.click(By.linkText("Kokybės standartai"));
			new Select(browser.find(By.id("quality-org")))
				.selectByVisibleText(organization);
			browser.click(By.cssSelector("#quality-organization button[type=submit]"));
			assertThat(browser.path()).isEqualTo("/n/nsmot/quality/organizations/" + other);
			assertThat(browser.accessibilityProblems()).isEmpty();
			String standard = standard("Naršyklės");
			browser.open("/n/nsmot/quality/organizations/" + other);
			new Select(browser.find(By.id("standardId")))
				.selectByVisibleText(standard);
			browser.type(By.id("level"), "bazinis");
			new Select(browser.find(By.id("stage")))
				.selectByVisibleText("Įvadiniai mokymai");
			browser.pickDate(By.id("on"), LocalDate.of(2028, 9, 20))
				.type(By.id("note"), "Įvadiniai mokymai Vilniuje");
			browser.click(By.cssSelector("#stage-form button[type=submit]"));
			assertThat(browser.text()).contains("Etapas įrašytas.", standard, "2028-09-20", "Įvadiniai mokymai Vilniuje");
		}
	}

	@Test
	void everyTopicAndStageHasALabelInBothLanguages() {
		for (String language : List.of("lt", "en")) {
			Locale locale = Locale.forLanguageTag(language);
			for (ConsultationTopic topic : ConsultationTopic.values()) {
				assertThat(messages.getMessage("consultationTopic." + topic, null, locale)).as(language + " " + topic)
					.isNotBlank();
			}
			for (QualityStage stage : QualityStage.values()) {
				assertThat(messages.getMessage("qualityStage." + stage, null, locale)).as(language + " " + stage)
					.isNotBlank();
			}
		}
		Locale lt = Locale.forLanguageTag("lt");
		Locale en = Locale.ENGLISH;
		assertThat(messages.getMessage("consultationTopic.TRANSPARENCY", null, lt)).isEqualTo("Skaidrumas");
		assertThat(messages.getMessage("consultationTopic.TRANSPARENCY", null, en)).isEqualTo("Transparency");
		assertThat(messages.getMessage("qualityStage.IMPACT_TRAINING", null, lt)).isEqualTo("Poveikio matavimo mokymai");
		assertThat(messages.getMessage("qualityStage.IMPACT_TRAINING", null, en)).isEqualTo("Impact-measurement training");
	}
}
