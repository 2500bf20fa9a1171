package lt.tinklas.organizations;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.charset.Charset;
import java.nio.charset.StandardCharsets;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;

import lt.tinklas.demo.DemoAccounts;
import lt.tinklas.networks.Networks;
import lt.tinklas.organizations.domain.Organization;
import lt.tinklas.shared.history.RecordHistory;
import lt.tinklas.shared.sheets.Table;
import lt.tinklas.shared.sheets.TableFiles;
import lt.tinklas.shared.tenancy.Tenancy;
import lt.tinklas.testing.FreshNetwork;
import lt.tinklas.testing.SqlStatements;
import lt.tinklas.testing.TinklasTest;
import lt.tinklas.testing.WebSession;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;

/** Importing and exporting organizations: all or nothing, idempotent, the bad files refused. */
@TinklasTest
class OrganizationImportTests {

	static final String HEADER = String.join(",", OrganizationImport.COLUMNS);

	@LocalServerPort
	int port;

	@Autowired
	Organizations organizations;

	@Autowired
	Networks networks;

	@Autowired
	RecordHistory history;

	long nsmot() {
		return networks.bySlug("nsmot").orElseThrow().id();
	}

	long total() {
		return Tenancy.runAs(nsmot(),
				() -> organizations.search(new OrganizationFilter("", null, null, null, null, null), 0, 1).total());
	}

	WebSession staff() {
		return WebSession.signedIn(port, DemoAccounts.NSMOT_STAFF.email(), DemoAccounts.PASSWORD);
	}

	WebSession.Page upload(WebSession session, String name, byte[] content) {
		return session.upload("/n/nsmot/organizations/import", "/n/nsmot/organizations/import", "file", name, content);
	}

	@Test
	void aFileImportsOnceAndAgainChangesNothing() {
		String csv = HEADER + "\n"
				+ "110003978,Asociacija „Importas“,Importas,ASSOCIATION,2012-02-03,2013-01-01,,LT-41,LT-41;LT-19,SENIORS;YOUTH,Konsultacijos,,,,,4,9,2021-05-01\n"
				+ "188723322,Šilutės krizių centras,,PUBLIC_INSTITUTION,2009-01-01,,,LT-41,,VIOLENCE_VICTIMS,,,,,,,,\n";
		WebSession staff = staff();
		long before = total();
		WebSession.Page first = upload(staff, "nariai.csv", csv.getBytes(StandardCharsets.UTF_8));
		assertThat(first.text()).contains("Importuota: naujų 2, atnaujintų 0, nepakitusių 0.");
		assertThat(total()).isEqualTo(before + 2);
		OrganizationView imported = Tenancy.runAs(nsmot(), () -> organizations.byLegalCode("110003978")).orElseThrow();
		assertThat(imported.targetGroups()).containsExactlyInAnyOrder(TargetGroup.SENIORS, TargetGroup.YOUTH);
		assertThat(imported.memberSince()).hasToString("2021-05-01");
		int revisions = Tenancy.runAs(nsmot(), () -> history.of(Organization.class,
				imported.id())).size();

		WebSession.Page again = upload(staff, "nariai.csv", csv.getBytes(StandardCharsets.UTF_8));
		assertThat(again.text()).contains("Importuota: naujų 0, atnaujintų 0, nepakitusių 2.");
		assertThat(total()).isEqualTo(before + 2);
		assertThat(Tenancy.runAs(nsmot(), () -> history.of(Organization.class,
				imported.id()))).hasSize(revisions);

		byte[] xlsx = TableFiles.xlsx("Nariai", OrganizationImport.COLUMNS, List.of(Arrays.asList(
				"110003978", "Asociacija „Importas“", "Importas", "ASSOCIATION", LocalDate.of(2012, 2, 3),
				LocalDate.of(2013, 1, 1), null, "LT-41", "LT-41;LT-19", "SENIORS;YOUTH", "Konsultacijos",
				null, null, null, null, 6, 9, LocalDate.of(2021, 5, 1))));
		assertThat(upload(staff, "nariai.xlsx", xlsx).text()).contains("Importuota: naujų 0, atnaujintų 1, nepakitusių 0.");
		assertThat(Tenancy.runAs(nsmot(), () -> organizations.byLegalCode("110003978")).orElseThrow().staffCount())
			.isEqualTo(6);
	}

	@Test
	void aFileWithAnErrorImportsNothingAndSaysWhereEachErrorIs() {
		String good = LegalCode.complete("40000001").orElseThrow();
		String csv = HEADER + "\n"
				+ good + ",Gera eilutė,,ASSOCIATION,2012-02-03,,,LT-41,,,,,,,,,,\n"
				+ "188726052,Bloga eilutė,,KLUBAS,2012-13-03,,,LT-99,,ELDERLY,,,,,,daug,,\n";
		long before = total();
		WebSession.Page page = upload(staff(), "klaidos.csv", csv.getBytes(StandardCharsets.UTF_8));
		assertThat(page.text()).contains("Neimportuota nieko", "„KLUBAS“", "„2012-13-03“ nėra data",
				"„ELDERLY“", "„daug“ nėra sveikasis skaičius",
				"galimos: Asociacija, Viešoji įstaiga, Labdaros ir paramos fondas, Religinė bendruomenė, Kita")
			.doesNotContain("PUBLIC_INSTITUTION", "FAMILIES_AND_CHILDREN");
		assertThat(page.body()).contains("<td>3</td>");
		assertThat(total()).isEqualTo(before);
		assertThat(Tenancy.runAs(nsmot(), () -> organizations.byLegalCode(good))).isEmpty();
	}

	/**
	 * A file of thousands costs a few statements, not a few per row: it is checked against one read
	 * of the organizations it names and saved in batches. A network of its own, so that the demo's
	 * lists and page costs stay as other tests expect them.
	 */
	@Test
	void twoThousandRowsImportInAFewStatementsAndOneBadRowAnywhereImportsNothing() {
		String slug = "importas-" + System.nanoTime() % 100000;
		FreshNetwork.create(port, slug, "Importo tinklas");
		long network = networks.bySlug(slug).orElseThrow().id();
		String page = "/n/" + slug + "/organizations/import";
		List<String> rows = new ArrayList<>();
		for (int candidate = 50000000; rows.size() < 2000; candidate++) {
			LegalCode.complete(String.valueOf(candidate))
				.ifPresent(code -> rows.add(code + ",Bendrija Nr. " + rows.size()
						+ ",,Asociacija,2012-02-03,2013-01-01,,Kauno miesto savivaldybė,LT-15;LT-19,Senjorai;YOUTH,"
						+ "Konsultacijos,https://bendrija.lt,info@bendrija.lt,,,4,9,2021-05-01"));
		}
		// the spreadsheet's row 1500 (the 1499th under the header) has a mistyped code, row 1800 repeats row 10's
		List<String> bad = new ArrayList<>(rows);
		String code = rows.get(1498).substring(0, 9);
		String mistyped = code.substring(0, 8) + (char) ('0' + (code.charAt(8) - '0' + 1) % 10);
		bad.set(1498, mistyped + rows.get(1498).substring(9));
		String repeated = rows.get(8).substring(0, 9);
		bad.set(1798, repeated + rows.get(1798).substring(9));
		WebSession admin = WebSession.signedIn(port, "vadove@" + slug + ".lt", FreshNetwork.PASSWORD);
		WebSession.Page refused = admin.upload(page, page, "file", "nariai.csv", csv(bad));
		assertThat(refused.text()).contains("Neimportuota nieko: faile rasta klaidų (2).",
				"Neteisingas kodo kontrolinis skaitmuo", "Kodas " + repeated + " faile kartojasi.");
		assertThat(refused.body()).contains("<td>1500</td>", "<td>1800</td>");
		WebSession english = WebSession.signedIn(port, "vadove@" + slug + ".lt", FreshNetwork.PASSWORD).inLanguage("en");
		assertThat(english.upload(page, page, "file", "members.csv", csv(bad)).text()).contains(
				"Nothing was imported: the file has errors (2).", "The code's check digit is wrong",
				"The code " + repeated + " appears more than once in the file.");
		assertThat(Tenancy.runAs(network, () -> organizations.search(new OrganizationFilter("", null, null, null, null,
				null), 0, 1).total())).isZero();

		assertThat(admin.upload(page, page, "file", "nariai.csv", csv(rows)).text()).contains("Importuota: naujų 2")
			.doesNotContain("Neimportuota");
		assertThat(SqlStatements.ofLastRequestTo(page)).isLessThan(60);
		OrganizationPage listed = Tenancy.runAs(network,
				() -> organizations.search(new OrganizationFilter("", null, null, null, MembershipStatus.MEMBER, null), 0,
						3000));
		assertThat(listed.items()).hasSize(2000);
		OrganizationView last = Tenancy.runAs(network, () -> organizations.byLegalCode(rows.get(1999).substring(0, 9)))
			.orElseThrow();
		assertThat(last.name()).isEqualTo("Bendrija Nr. 1999");
		assertThat(last.seatMunicipality()).isEqualTo("LT-15");
		assertThat(last.municipalities()).containsExactlyInAnyOrder("LT-15", "LT-19");
		assertThat(last.targetGroups()).containsExactlyInAnyOrder(TargetGroup.SENIORS, TargetGroup.YOUTH);
		assertThat(last.memberSince()).hasToString("2021-05-01");
		assertThat(Tenancy.runAs(network, () -> organizations.history(last.id()))).hasSize(1);
		assertThat(Tenancy.runAs(network, () -> organizations.membership(last.id()).history())).hasSize(1);

		// the same file again: each row read with its organization, nothing written
		assertThat(admin.upload(page, page, "file", "nariai.csv", csv(rows)).text())
			.contains("Importuota: naujų 0, atnaujintų 0, nepakitusių 2");
		assertThat(SqlStatements.ofLastRequestTo(page)).isLessThan(60);
		assertThat(Tenancy.runAs(network, () -> organizations.history(last.id()))).hasSize(1);
	}

	static byte[] csv(List<String> rows) {
		return (HEADER + "\n" + String.join("\n", rows) + "\n").getBytes(StandardCharsets.UTF_8);
	}

	@Test
	void choicesAreTakenByTheirLabelsInEitherLanguageAsTheExportWritesThem() {
		String code = LegalCode.complete("40000004").orElseThrow();
		String csv = HEADER + "\n" + code
				+ ",Etikečių bendrija,,viesoji istaiga,2012-02-03,,,Šilutės rajono savivaldybė,,Senjorai;Young people;HOMELESS,,,,,,,,\n";
		WebSession.Page page = upload(staff(), "etiketes.csv", csv.getBytes(StandardCharsets.UTF_8));
		assertThat(page.text()).doesNotContain("Neimportuota nieko");
		OrganizationView imported = Tenancy.runAs(nsmot(), () -> organizations.byLegalCode(code)).orElseThrow();
		assertThat(imported.legalForm()).isEqualTo(LegalForm.PUBLIC_INSTITUTION);
		assertThat(imported.targetGroups()).containsExactlyInAnyOrder(TargetGroup.SENIORS, TargetGroup.YOUTH,
				TargetGroup.HOMELESS);
	}

	@Test
	void municipalitiesAreWrittenByTheirNamesAndAnUnknownOneIsNamedBack() {
		String code = LegalCode.complete("40000003").orElseThrow();
		String csv = HEADER + "\n" + code
				+ ",Kauno bendrija,,ASSOCIATION,2012-02-03,,,Kauno miesto savivaldybė,Kauno miesto;Vilniaus miesto savivaldybė,,,,,,,,,\n";
		WebSession staff = staff();
		assertThat(upload(staff, "nariai.csv", csv.getBytes(StandardCharsets.UTF_8)).text())
			.contains("Importuota: naujų 1");
		OrganizationView imported = Tenancy.runAs(nsmot(), () -> organizations.byLegalCode(code)).orElseThrow();
		assertThat(imported.seatMunicipality()).isEqualTo("LT-15");
		assertThat(imported.municipalities()).containsExactlyInAnyOrder("LT-15", "LT-57");

		String wrong = HEADER + "\n" + LegalCode.complete("40000004").orElseThrow()
				+ ",Klaidinga bendrija,,ASSOCIATION,2012-02-03,,,Kauno mieste,,,,,,,,,,\n";
		WebSession.Page page = upload(staff, "klaidos.csv", wrong.getBytes(StandardCharsets.UTF_8));
		assertThat(page.text()).contains("Nežinoma savivaldybė „Kauno mieste“: rašykite jos pavadinimą, kaip sąraše")
			.doesNotContain("LT-");
	}

	@Test
	void filesThatAreNotWhatTheySeemAreRefused() {
		WebSession staff = staff();
		long before = total();
		assertThat(upload(staff, "nariai.xlsx", "tai ne skaičiuoklė".getBytes(StandardCharsets.UTF_8)).text())
			.contains("Failas nėra XLSX skaičiuoklė");
		String baltic = HEADER + "\n188726051,Šiaulių bendrija,,,,,,,,,,,,,,,,\n";
		assertThat(upload(staff, "nariai.csv", baltic.getBytes(Charset.forName("windows-1257"))).text())
			.contains("Failas ne UTF-8 koduotės");
		WebSession.Page huge = upload(staff, "didelis.csv", new byte[50 * 1024 * 1024]);
		assertThat(huge.status()).isEqualTo(413);
		assertThat(huge.text()).contains("Įkeliamas failas negali būti didesnis nei 20 MB. Nieko nepakeista.");
		assertThat(total()).isEqualTo(before);
	}

	@Test
	void theExportIsTheFilteredListAndReadsBackAsATable() {
		WebSession staff = staff();
		Table csv = TableFiles.read(staff.download("/n/nsmot/organizations/export.csv?q=maisto"), "x.csv");
		assertThat(csv.rows()).hasSize(1);
		assertThat(csv.rows().get(0).get("name")).isEqualTo("Asociacija „Maisto bankas“");
		assertThat(csv.rows().get(0).get("membershipStatus")).isEqualTo("Narė");
		assertThat(csv.rows().get(0).get("legalForm")).isEqualTo("Asociacija");
		assertThat(csv.rows().get(0).get("seatMunicipality")).endsWith("savivaldybė");
		assertThat(String.join(",", csv.rows().get(0).cells().values())).doesNotContainPattern("LT-\\d\\d|[A-Z]{2,}_[A-Z]");
		Table english = TableFiles.read(staff.inLanguage("en").download("/n/nsmot/organizations/export.csv?q=maisto"), "x.csv");
		assertThat(english.rows().get(0).get("membershipStatus")).isEqualTo("Member");
		Table xlsx = TableFiles.read(staff.download("/n/nsmot/organizations/export.xlsx?status=SUSPENDED"), "x.xlsx");
		assertThat(xlsx.rows()).hasSize(1);
		assertThat(xlsx.headers()).contains("legalCode", "memberSince");
	}
}
