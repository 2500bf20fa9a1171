package lt.tinklas.growth;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.Charset;
import java.nio.charset.StandardCharsets;
import java.util.Arrays;
import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;
import java.util.zip.GZIPOutputStream;
import java.util.zip.ZipEntry;
import java.util.zip.ZipOutputStream;

import lt.tinklas.demo.DemoAccounts;
import lt.tinklas.testing.FreshNetwork;
import lt.tinklas.testing.TestDatabase;
import lt.tinklas.testing.TinklasTest;
import lt.tinklas.testing.WebSession;
import org.jsoup.Jsoup;
import org.jsoup.nodes.Element;
import org.junit.jupiter.api.Test;
import org.springframework.boot.test.web.server.LocalServerPort;

/**
 * The state register's extract loaded from its two files on the keepers' page: the NGOs with the
 * municipality their address names, the day of the data; each refusal (a file of the wrong kind in
 * either field, the files swapped, an empty file, one not in UTF-8, a bad date, older data) names
 * what is wrong beside its field and leaves the extract loaded before as it was; another network's
 * extract is never touched; the board and members may not load one.
 */
@TinklasTest
class RegisterExtractTests {

	static final String NGO_HEADER = "ja_kodas|ja_pavadinimas|ja_reg_data|form_kodas|form_pavadinimas|nvo_nuo|formavimo_data";
	static final String REGISTERED_HEADER = "ja_kodas|ja_pavadinimas|adresas|ja_reg_data|form_kodas|form_pavadinimas|stat_kodas|stat_pavadinimas|stat_data_nuo|formavimo_data";

	@LocalServerPort
	int port;

	/** Four NGOs (the first twice: its later status counts) on the day given. */
	static String ngos(String day) {
		return "\uFEFF" + NGO_HEADER + "\r\n"
				+ "300000001|Asociacija „Šilutės bendruomenė“|2010-05-04|950|Asociacija|2012-01-01|" + day + "\r\n"
				+ "300000002|Viešoji įstaiga „Vilniaus pagalba“|2012-03-01|960|Viešoji įstaiga|2016-02-02|" + day + "\r\n"
				+ "300000003|Labdaros ir paramos fondas „Garliava“||970|Labdaros ir paramos fondas|2018-07-01|" + day + "\r\n"
				+ "300000004|Asociacija „Be savivaldybės“|2001-01-01|950|Asociacija|2019-09-09|" + day + "\r\n"
				+ "300000001|Asociacija „Šilutės bendruomenė“|2010-05-04|950|Asociacija|2020-03-15|" + day + "\r\n";
	}

	/** The registered entities: the four NGOs' addresses, short and full municipality names and none, and two others. */
	static String registered(String day) {
		return REGISTERED_HEADER + "\n"
				+ "300000001|Asociacija „Šilutės bendruomenė“|Šilutės r. sav. Šilutės m. Lietuvininkų g. 4|2010-05-04|950|Asociacija|0|Teisinis statusas neįregistruotas|2010-05-04|" + day + "\n"
				+ "300000002|Viešoji įstaiga „Vilniaus pagalba“|Vilniaus m. sav. Vilniaus m. Gedimino pr. 1-5|2012-03-01|960|Viešoji įstaiga|0|Teisinis statusas neįregistruotas|2012-03-01|" + day + "\n"
				+ "300000003|Labdaros ir paramos fondas „Garliava“|Kauno rajono savivaldybė, Garliava, Vytauto g. 5|2014-01-01|970|Labdaros ir paramos fondas|0|Teisinis statusas neįregistruotas|2014-01-01|" + day + "\n"
				+ "300000004|Asociacija „Be savivaldybės“|Gedimino pr. 9, Vilnius|2001-01-01|950|Asociacija|0|Teisinis statusas neįregistruotas|2001-01-01|" + day + "\n"
				+ "300000005|UAB „Ne NVO“|Kauno m. sav. Kauno m. Laisvės al. 1|2005-01-01|310|Uždaroji akcinė bendrovė|0|Teisinis statusas neįregistruotas|2005-01-01|" + day + "\n"
				+ "300000006|MB „Kita“|Alytaus m. sav. Alytaus m. Rotušės a. 2|2015-01-01|320|Mažoji bendrija|0|Teisinis statusas neįregistruotas|2015-01-01|" + day + "\n";
	}

	static byte[] utf8(String text) {
		return text.getBytes(StandardCharsets.UTF_8);
	}

	static byte[] zipped(String entry, byte[] content) {
		ByteArrayOutputStream bytes = new ByteArrayOutputStream();
		try (ZipOutputStream zip = new ZipOutputStream(bytes)) {
			zip.putNextEntry(new ZipEntry(entry));
			zip.write(content);
			zip.closeEntry();
		}
		catch (IOException e) {
			throw new UncheckedIOException(e);
		}
		return bytes.toByteArray();
	}

	/** A spreadsheet's beginning: an XLSX is a zip of these parts. */
	static byte[] spreadsheet() {
		ByteArrayOutputStream bytes = new ByteArrayOutputStream();
		try (ZipOutputStream zip = new ZipOutputStream(bytes)) {
			zip.putNextEntry(new ZipEntry("[Content_Types].xml"));
			zip.write(utf8("<Types/>"));
			zip.putNextEntry(new ZipEntry("xl/workbook.xml"));
			zip.write(utf8("<workbook/>"));
		}
		catch (IOException e) {
			throw new UncheckedIOException(e);
		}
		return bytes.toByteArray();
	}

	static WebSession.Page load(WebSession session, FreshNetwork network, byte[] ngos, byte[] registered,
			boolean olderAccepted) {
		String page = network.pages() + "/growth/register";
		// the box's field travels with the form; its value is read the same from the address
		return session.uploadTwo(page, page + (olderAccepted ? "?olderAccepted=true" : ""), "ngoFile",
				"JAR_NVO_NUO.csv", ngos, "registeredFile", "JAR_IREGISTRUOTI.csv", registered);
	}

	static WebSession.Page load(WebSession session, FreshNetwork network, String day) {
		return load(session, network, utf8(ngos(day)), utf8(registered(day)), false);
	}

	/** The network's stored NGOs as code -> municipality (or "-"), read as the tables' owner. */
	static Map<String, String> municipalities(FreshNetwork network) {
		return TestDatabase.ownerJdbc()
			.sql("""
					select e.legal_code, coalesce(e.municipality, '-') from register_entity e
					join network n on n.id = e.network_id where n.slug = ?""")
			.param(network.slug())
			.query((rs, i) -> Map.entry(rs.getString(1), rs.getString(2)))
			.list()
			.stream()
			.collect(Collectors.toMap(Map.Entry::getKey, Map.Entry::getValue));
	}

	/** The network's extract row as the owner reads it: data date, load time, kept. */
	static String extract(FreshNetwork network) {
		return TestDatabase.ownerJdbc()
			.sql("""
					select x.data_date || ' ' || x.loaded_at || ' ' || x.kept from register_extract x
					join network n on n.id = x.network_id where n.slug = ?""")
			.param(network.slug())
			.query(String.class)
			.optional()
			.orElse("none");
	}

	static String errorOf(WebSession.Page page, String field) {
		Element error = Jsoup.parse(page.body()).getElementById(field + "-error");
		return error == null ? "" : error.text();
	}

	@Test
	void theNgosAreKeptWithTheMunicipalityTheirAddressNames() {
		FreshNetwork network = FreshNetwork.create(port, "registras", "Registro tinklas");
		WebSession admin = network.signedIn();
		assertThat(admin.get(network.pages() + "/growth/register").text()).contains("Registro išrašas dar neįkeltas.");

		WebSession.Page loaded = load(admin, network, "2026-11-30");
		assertThat(loaded.status()).isEqualTo(200);
		assertThat(loaded.text()).contains("Įkelti registro 2026-11-30 duomenys.",
				"Perskaityta eilučių: 11 (JAR_NVO_NUO.csv – 5, JAR_IREGISTRUOTI.csv – 6).", "NVO išraše: 4.",
				"Be savivaldybės (adrese jos nėra): 1.");
		// by the short name, by the full name, none; a code that comes again keeps its later status
		assertThat(municipalities(network)).containsExactlyInAnyOrderEntriesOf(
				Map.of("300000001", "LT-46", "300000002", "LT-57", "300000003", "LT-16", "300000004", "-"));
		assertThat(TestDatabase.ownerJdbc()
			.sql("""
					select e.ngo_since || ' ' || e.address || ' ' || e.form_name || ' ' || coalesce(e.registered_on::text, '-')
					from register_entity e join network n on n.id = e.network_id
					where n.slug = ? and e.legal_code in ('300000001', '300000003') order by e.legal_code""")
			.param(network.slug())
			.query(String.class)
			.list()).containsExactly("2020-03-15 Šilutės r. sav. Šilutės m. Lietuvininkų g. 4 Asociacija 2010-05-04",
					"2018-07-01 Kauno rajono savivaldybė, Garliava, Vytauto g. 5 Labdaros ir paramos fondas -");
		assertThat(admin.get(network.pages() + "/growth/register").text())
			.contains("Įkelti registro 2026-11-30 duomenys: 4 NVO (perskaityta eilučių: 11;");

		// the data date is the latest day in either file; the large file may come zipped
		WebSession.Page zipped = load(admin, network, utf8(ngos("2026-11-30")),
				zipped("JAR_IREGISTRUOTI.csv", utf8(registered("2026-12-01"))), false);
		assertThat(zipped.text()).contains("Įkelti registro 2026-12-01 duomenys.", "NVO išraše: 4.");
		assertThat(municipalities(network)).hasSize(4).containsEntry("300000001", "LT-46");
		assertThat(admin.inLanguage("en").get(network.pages() + "/growth/register").text())
			.contains("Register data of 2026-12-01 loaded: 4 NGOs (11 rows read;");
	}

	@Test
	void aRefusedUploadSaysWhatIsWrongBesideItsFieldAndChangesNothing() {
		FreshNetwork network = FreshNetwork.create(port, "registras-klaidos", "Registro klaidų tinklas");
		WebSession admin = network.signedIn();
		load(admin, network, "2026-11-30");
		String before = extract(network);
		assertThat(before).endsWith(" 4");

		String ended = NGO_HEADER.replace("nvo_nuo", "nvo_nuo|nvo_iki") + "\n"
				+ "300000009|Buvusi NVO|2001-01-01|950|Asociacija|2010-01-01|2020-01-01|2026-11-30\n";
		WebSession.Page page = load(admin, network, utf8(ended), utf8(registered("2026-12-01")), false);
		assertThat(errorOf(page, "ngoFile")).contains("Tai registro failas JAR_NVO_IKI.csv, o čia reikia failo JAR_NVO_NUO.csv.");
		assertThat(errorOf(page, "registeredFile")).isEmpty();

		page = load(admin, network, utf8(ngos("2026-12-01")), utf8(ngos("2026-12-01")), false);
		assertThat(errorOf(page, "registeredFile"))
			.contains("Tai registro failas JAR_NVO_NUO.csv, o čia reikia failo JAR_IREGISTRUOTI.csv.");
		assertThat(errorOf(page, "ngoFile")).isEmpty();

		page = load(admin, network, utf8(registered("2026-12-01")), utf8(ngos("2026-12-01")), false);
		assertThat(errorOf(page, "ngoFile")).contains("Tai registro failas JAR_IREGISTRUOTI.csv", "Gal failai sukeisti?");
		assertThat(errorOf(page, "registeredFile")).contains("Tai registro failas JAR_NVO_NUO.csv");

		page = load(admin, network, new byte[0], utf8(registered("2026-12-01")), false);
		assertThat(errorOf(page, "ngoFile")).contains("Failas tuščias: čia reikia failo JAR_NVO_NUO.csv.");

		page = load(admin, network, utf8(ngos("2026-12-01")), spreadsheet(), false);
		assertThat(errorOf(page, "registeredFile")).contains("Tai skaičiuoklė", "JAR_IREGISTRUOTI.csv");

		page = load(admin, network, utf8(ngos("2026-12-01")), utf8("kodas,pavadinimas\n123,X\n"), false);
		assertThat(errorOf(page, "registeredFile"))
			.contains("Tai ne registro failas JAR_IREGISTRUOTI.csv: jo pirmoje eilutėje turi būti stulpeliai " + REGISTERED_HEADER);

		// not UTF-8: the third line written in the Baltic code page
		byte[] baltic = (REGISTERED_HEADER + "\n" + registered("2026-12-01").lines().skip(1).findFirst().orElseThrow() + "\n")
			.getBytes(StandardCharsets.UTF_8);
		byte[] windows = "300000002|Šilutės draugija|Šilutės r. sav. Šilutė|2001-01-01|950|Asociacija|0|x|2001-01-01|2026-12-01\n"
			.getBytes(Charset.forName("windows-1257"));
		byte[] mixed = new byte[baltic.length + windows.length];
		System.arraycopy(baltic, 0, mixed, 0, baltic.length);
		System.arraycopy(windows, 0, mixed, baltic.length, windows.length);
		page = load(admin, network, utf8(ngos("2026-12-01")), mixed, false);
		assertThat(errorOf(page, "registeredFile"))
			.contains("Failas JAR_IREGISTRUOTI.csv ne UTF-8 koduotės (3 eilutė)");

		String badDate = ngos("2026-12-01").replace("2016-02-02", "2016-13-45");
		page = load(admin, network, utf8(badDate), utf8(registered("2026-12-01")), false);
		assertThat(errorOf(page, "ngoFile"))
			.contains("Failo JAR_NVO_NUO.csv 3 eilutėje stulpelyje nvo_nuo turi būti data (MMMM-MM-DD), o yra „2016-13-45“.");

		String badCode = registered("2026-12-01").replace("300000005|", "30000005X|");
		page = load(admin, network, utf8(ngos("2026-12-01")), utf8(badCode), false);
		assertThat(errorOf(page, "registeredFile"))
			.contains("Failo JAR_IREGISTRUOTI.csv 6 eilutėje juridinio asmens kodas „30000005X“ nėra 9 skaitmenys.");

		// files made to hurt: a NUL in a name, a line of 20,000 characters, 30 MB of empty lines packed into a few kilobytes
		String nul = ngos("2026-12-01").replace("„Vilniaus pagalba“", "Vilniaus\u0000pagalba");
		page = load(admin, network, utf8(nul), utf8(registered("2026-12-01")), false);
		assertThat(errorOf(page, "ngoFile")).contains("Failo JAR_NVO_NUO.csv 3 eilutėje stulpelyje ja_pavadinimas yra nematomas valdymo simbolis");
		String longLine = ngos("2026-12-01").replace("„Vilniaus pagalba“", "V".repeat(20_000));
		page = load(admin, network, utf8(longLine), utf8(registered("2026-12-01")), false);
		assertThat(errorOf(page, "ngoFile")).contains("Failo JAR_NVO_NUO.csv 3 eilutė ilgesnė nei 10000 simbolių");
		page = load(admin, network, utf8(ngos("2026-12-01")), emptyLinesPacked(REGISTERED_HEADER, 30 * 1024 * 1024), false);
		assertThat(page.status()).isEqualTo(200);
		assertThat(errorOf(page, "registeredFile")).contains("Išpakuotas failas didesnis, nei būna registro failas JAR_IREGISTRUOTI.csv");

		assertThat(extract(network)).isEqualTo(before);
		assertThat(municipalities(network)).hasSize(4);
		assertThat(admin.get(network.pages() + "/growth/register").text())
			.contains("Įkelti registro 2026-11-30 duomenys: 4 NVO");
	}

	/** A header, then {@code size} bytes of empty lines, gzipped: a few hundred kilobytes. */
	static byte[] emptyLinesPacked(String header, int size) {
		ByteArrayOutputStream bytes = new ByteArrayOutputStream();
		try (GZIPOutputStream gzip = new GZIPOutputStream(bytes)) {
			gzip.write(utf8(header + "\n"));
			byte[] lines = new byte[1024 * 1024];
			Arrays.fill(lines, (byte) '\n');
			for (int written = 0; written < size; written += lines.length) {
				gzip.write(lines);
			}
		}
		catch (IOException e) {
			throw new UncheckedIOException(e);
		}
		return bytes.toByteArray();
	}

	@Test
	void noFileChosenIsAskedForInEachField() {
		WebSession staff = WebSession.signedIn(port, DemoAccounts.NSMOT_STAFF.email(), DemoAccounts.PASSWORD);
		String page = "/n/nsmot/growth/register";
		WebSession.Page none = staff.post(page, page, Map.of());
		assertThat(none.status()).isEqualTo(200);
		assertThat(errorOf(none, "ngoFile")).isEqualTo("Pasirinkite failą JAR_NVO_NUO.csv.");
		assertThat(errorOf(none, "registeredFile")).isEqualTo("Pasirinkite failą JAR_IREGISTRUOTI.csv.");
	}

	@Test
	void olderDataIsLoadedOnlyWhenTheKeeperTicksTheBox() {
		FreshNetwork network = FreshNetwork.create(port, "registras-senesni", "Senesnių duomenų tinklas");
		WebSession admin = network.signedIn();
		load(admin, network, "2026-11-30");
		String before = extract(network);

		byte[] olderNgos = utf8(ngos("2026-06-01").lines().limit(3).map(line -> line + "\n").reduce("", String::concat));
		WebSession.Page refused = load(admin, network, olderNgos, utf8(registered("2026-06-01")), false);
		assertThat(Jsoup.parse(refused.body()).getElementById("register-older").text())
			.contains("Įkelti registro 2026-11-30 duomenys, o šių failų – 2026-06-01, senesni.",
					"pažymėkite „Įkelti senesnius duomenis nei jau įkelti“");
		assertThat(extract(network)).isEqualTo(before);

		WebSession.Page accepted = load(admin, network, olderNgos, utf8(registered("2026-06-01")), true);
		assertThat(accepted.text()).contains("Įkelti registro 2026-06-01 duomenys.", "NVO išraše: 2.");
		assertThat(municipalities(network)).containsOnlyKeys("300000001", "300000002");

		// the same day again, or a newer one, loads without asking
		assertThat(load(admin, network, olderNgos, utf8(registered("2026-06-01")), false).text())
			.contains("Įkelti registro 2026-06-01 duomenys.");
		assertThat(load(admin, network, "2026-12-01").text()).contains("Įkelti registro 2026-12-01 duomenys.");
		assertThat(municipalities(network)).hasSize(4);
	}

	@Test
	void aLoadLeavesAnotherNetworksExtractAsItWas() {
		FreshNetwork first = FreshNetwork.create(port, "registras-pirmas", "Pirmasis registro tinklas");
		FreshNetwork second = FreshNetwork.create(port, "registras-antras", "Antrasis registro tinklas");
		load(first.signedIn(), first, "2026-11-30");
		String firstBefore = extract(first);
		Map<String, String> firstNgos = municipalities(first);

		WebSession admin = second.signedIn();
		byte[] fewer = utf8(NGO_HEADER + "\n300000006|MB „Kita“|2015-01-01|320|Mažoji bendrija|2021-01-01|2026-12-01\n");
		assertThat(load(admin, second, fewer, utf8(registered("2026-12-01")), false).text()).contains("NVO išraše: 1.");
		assertThat(municipalities(second)).containsExactlyEntriesOf(Map.of("300000006", "LT-02"));
		assertThat(extract(first)).isEqualTo(firstBefore);
		assertThat(municipalities(first)).isEqualTo(firstNgos);
		// and the other network's page does not show it
		assertThat(admin.get(first.pages() + "/growth/register").status()).isIn(403, 404);
	}

	@Test
	void theBoardAndMembersMayNotLoadAnExtract() {
		String page = "/n/nsmot/growth/register";
		for (DemoAccounts.DemoUser user : List.of(DemoAccounts.NSMOT_BOARD, DemoAccounts.NSMOT_MEMBER)) {
			WebSession session = WebSession.signedIn(port, user.email(), DemoAccounts.PASSWORD);
			assertThat(session.get(page).status()).as(user.email()).isEqualTo(403);
			assertThat(session.uploadTwo("/n/nsmot", page, "ngoFile", "JAR_NVO_NUO.csv", utf8(ngos("2026-11-30")),
					"registeredFile", "JAR_IREGISTRUOTI.csv", utf8(registered("2026-11-30"))).status())
				.as(user.email())
				.isEqualTo(403);
		}
		WebSession staff = WebSession.signedIn(port, DemoAccounts.NSMOT_STAFF.email(), DemoAccounts.PASSWORD);
		assertThat(staff.get(page).status()).isEqualTo(200);
	}
}
