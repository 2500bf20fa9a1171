package lt.tinklas.shared.sheets;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.stream.IntStream;

import lt.tinklas.demo.DemoAccounts;
import lt.tinklas.organizations.LegalCode;
import lt.tinklas.testing.ApiClient;
import lt.tinklas.testing.FreshNetwork;
import lt.tinklas.testing.TinklasTest;
import lt.tinklas.testing.WebSession;
import org.apache.commons.csv.CSVRecord;
import org.dhatim.fastexcel.reader.Cell;
import org.dhatim.fastexcel.reader.CellType;
import org.dhatim.fastexcel.reader.ReadableWorkbook;
import org.dhatim.fastexcel.reader.ReadingOptions;
import org.dhatim.fastexcel.reader.Row;
import org.junit.jupiter.api.Test;
import org.springframework.boot.test.web.server.LocalServerPort;

/**
 * Every table export as its user downloads it: a CSV cell a spreadsheet would run as a formula is text,
 * numbers stay numbers, and every XLSX declares the range it uses and formats money and dates.
 */
@TinklasTest
class ExportFilesTests {

	@LocalServerPort
	int port;

	/** A network of its own, so the exports hold only what the test put in. */
	ApiClient network(String slug) {
		return FreshNetwork.create(port, slug, "Eksportų tinklas").admin();
	}

	/** The i-th valid legal code from the given first eight digits on. */
	static String legalCode(int from, int i) {
		return IntStream.iterate(from, n -> n + 1)
			.mapToObj(n -> LegalCode.complete(String.valueOf(n)))
			.flatMap(Optional::stream)
			.skip(i)
			.findFirst()
			.orElseThrow();
	}

	static int created(ApiClient.Response response) {
		assertThat(response.status()).as(response.body()).isEqualTo(201);
		return response.json("$.id");
	}

	static String json(String text) {
		return "\"" + text.replace("\\", "\\\\").replace("\"", "\\\"").replace("\t", "\\t").replace("\r", "\\r") + "\"";
	}

	/** Each CSV export, with a record for each hostile text in a field the export writes. */
	@Test
	void everyCsvExportWritesATextThatStartsLikeAFormulaAsTextAndNumbersAsNumbers() {
		String slug = "csv-eksportai";
		ApiClient admin = network(slug);
		String api = "/api/v1/networks/" + slug;
		WebSession pages = WebSession.signedIn(port, "vadove@" + slug + ".lt", FreshNetwork.PASSWORD);
		String n = "/n/" + slug;
		int person = created(admin.post(api + "/people",
				"{\"firstName\":\"Ona\",\"lastName\":\"Konsultantė\",\"email\":\"ona@" + slug + ".lt\"}"));
		pages.post(n + "/quality", n + "/quality/standards", Map.of("name", "NOKAS", "levels", "bazinis"));
		List<String> hostile = TableFilesTests.HOSTILE;
		String[] municipalities = { "LT-11", "LT-12", "LT-13", "LT-14", "LT-15", "LT-16", "LT-17" };
		for (int i = 0; i < hostile.size(); i++) {
			String value = json(hostile.get(i));
			int organization = created(admin.post(api + "/organizations", """
					{"legalCode":"%s","name":%s,"legalForm":"ASSOCIATION","seatMunicipality":"LT-41","memberSince":"2020-01-15"}"""
				.formatted(legalCode(41000000, i), value)));
			created(admin.post(api + "/consultations", """
					{"organizationId":%d,"heldOn":"2025-03-0%d","topic":"LAW","consultantId":%d,"minutes":60,"summary":%s}"""
				.formatted(organization, i + 1, person, value)));
			assertThat(admin.post(api + "/organizations/" + organization + "/quality-stages",
					"{\"standard\":\"NOKAS\",\"level\":\"bazinis\",\"stage\":\"INTRODUCTORY_TRAINING\",\"on\":\"2025-02-01\"}")
				.status()).isEqualTo(201);
			created(admin.post(api + "/projects", """
					{"name":%s,"code":%s,"sourceType":"OTHER","status":"PLANNED","value":"1500.00","startsOn":"2029-01-01","endsOn":"2029-12-31"}"""
				.formatted(value, value)));
			created(admin.post(api + "/positions", """
					{"title":%s,"kind":"LETTER","sentOn":"2025-04-0%d","summary":"Santrauka"}""".formatted(value, i + 1)));
			created(admin.post(api + "/municipal-agreements", """
					{"municipality":"%s","status":"SIGNED","signedOn":"2024-05-02","signatories":%s,"scope":%s}"""
				.formatted(municipalities[i], value, value)));
			int programme = created(admin.post(api + "/volunteering/programmes", "{\"name\":" + value + "}"));
			created(admin.post(api + "/volunteering/activities", """
					{"programmeId":%d,"personId":%d,"on":"2025-05-02","hours":"2.5"}""".formatted(programme, person)));
		}

		Map<String, List<CSVRecord>> exports = new LinkedHashMap<>();
		for (String path : List.of("/organizations/export.csv", "/consultations/export.csv?from=2025-01-01&to=2025-12-31",
				"/quality/export.csv", "/projects/export.csv", "/positions/export.csv?from=2025-01-01&to=2025-12-31",
				"/municipal-agreements/export.csv", "/volunteering/totals.csv", "/funding/export.csv",
				"/organizations/import/template.csv")) {
			exports.put(path, TableFilesTests.rawCsv(pages.download(n + path)));
		}
		exports.forEach((path, records) -> {
			List<String> cells = new ArrayList<>();
			records.forEach(record -> cells.addAll(record.toList()));
			assertThat(cells).as(path).allSatisfy(cell -> assertThat(startsLikeFormula(cell)).as(path + ": " + cell).isFalse());
			if (!path.startsWith("/funding") && !path.contains("template")) {
				// a field the service strips keeps its formula sign once the tab or line break in front is gone
				assertThat(hostile).as(path).allSatisfy(value -> assertThat(cells).as(path)
					.containsAnyOf("'" + value, "'" + value.strip()));
			}
		});
		assertThat(exports.get("/organizations/import/template.csv").get(1).toList()).contains("'+37060000000", "5", "12");
		List<CSVRecord> projects = exports.get("/projects/export.csv");
		assertThat(projects.subList(1, projects.size())).hasSize(hostile.size())
			.allSatisfy(record -> assertThat(record.get(7)).isEqualTo("1500.00"));
	}

	/** A cell a spreadsheet would run: one that starts with a formula sign and is not a plain number. */
	static boolean startsLikeFormula(String cell) {
		if (cell.isEmpty() || "=+-@\t\r".indexOf(cell.charAt(0)) < 0) {
			return false;
		}
		return !cell.matches("-\\d+(\\.\\d+)?");
	}

	@Test
	void anExportedFileImportsBackUnchangedFormulaSignsAndAll() {
		String slug = "grizta-atgal";
		ApiClient admin = network(slug);
		List<String> hostile = TableFilesTests.HOSTILE;
		for (int i = 0; i < hostile.size(); i++) {
			created(admin.post("/api/v1/networks/" + slug + "/organizations", """
					{"legalCode":"%s","name":%s,"shortName":"-","legalForm":"ASSOCIATION","seatMunicipality":"LT-41",
					 "phone":"+37060000000","memberSince":"2020-01-15"}"""
				.formatted(legalCode(42000000, i), json(hostile.get(i)))));
		}
		String list = "/api/v1/networks/" + slug + "/organizations";
		String before = admin.get(list).body();
		assertThat(admin.get(list).<List<String>>json("$.items[*].name")).hasSize(hostile.size())
			.allSatisfy(name -> assertThat(startsLikeFormula(name)).as(name).isTrue());
		WebSession pages = WebSession.signedIn(port, "vadove@" + slug + ".lt", FreshNetwork.PASSWORD);
		String n = "/n/" + slug + "/organizations";
		byte[] csv = pages.download(n + "/export.csv");
		byte[] xlsx = pages.download(n + "/export.xlsx");
		assertThat(pages.upload(n + "/import", n + "/import", "file", "organizacijos.csv", csv).text())
			.contains("Importuota: naujų 0, atnaujintų 0, nepakitusių 7.");
		assertThat(pages.upload(n + "/import", n + "/import", "file", "organizacijos.xlsx", xlsx).text())
			.contains("Importuota: naujų 0, atnaujintų 0, nepakitusių 7.");
		assertThat(admin.get(list).body()).isEqualTo(before);
	}

	/** Every XLSX the demo network downloads: its declared range is the range it uses. */
	@Test
	void everyXlsxDeclaresTheRangeItUses() {
		WebSession board = WebSession.signedIn(port, DemoAccounts.NSMOT_ADMIN.email(), DemoAccounts.PASSWORD);
		List<String> files = List.of("/organizations/export.xlsx", "/organizations/import/template.xlsx",
				"/consultations/export.xlsx?from=2023-01-01&to=2025-12-31", "/quality/export.xlsx", "/projects/export.xlsx",
				"/funding/export.xlsx", "/positions/export.xlsx?from=2019-01-01&to=2025-12-31",
				"/municipal-agreements/export.xlsx", "/volunteering/totals.xlsx", "/strategy/report.xlsx?lang=lt",
				"/reports/annual/2025.xlsx?lang=lt");
		for (String file : files) {
			Map<String, String> sheets = TableFilesTests.sheetXml(board.download("/n/nsmot" + file));
			sheets.forEach((name, xml) -> assertThat(TableFilesTests.dimension(xml)).as(file + " " + name)
				.isEqualTo(TableFilesTests.usedRange(xml))
				.isNotEqualTo("A1"));
		}
		assertThat(TableFilesTests.sheetXml(board.download("/n/nsmot/reports/annual/2025.xlsx?lang=lt"))).hasSizeGreaterThan(1);
	}

	@Test
	void moneyCellsAreNumbersShownWithCentsAndDatesAreDates() throws IOException {
		WebSession staff = WebSession.signedIn(port, DemoAccounts.NSMOT_STAFF.email(), DemoAccounts.PASSWORD);
		List<Row> projects = rows(staff.download("/n/nsmot/projects/export.xlsx"));
		List<String> headers = projects.get(0).stream().map(Cell::getText).toList();
		for (String money : List.of("Projekto vertė", "Skirtas finansavimas")) {
			List<Cell> cells = column(projects, headers.indexOf(money));
			assertThat(cells).as(money).isNotEmpty().allSatisfy(cell -> {
				assertThat(cell.getType()).as(money).isEqualTo(CellType.NUMBER);
				assertThat(cell.getDataFormatString()).as(money).isEqualTo("#,##0.00");
			});
		}
		assertThat(column(projects, headers.indexOf("Pradžia"))).isNotEmpty().allSatisfy(cell -> {
			assertThat(cell.getType()).isEqualTo(CellType.NUMBER);
			assertThat(cell.getDataFormatString()).isEqualTo("yyyy-mm-dd");
		});

		List<Row> funding = rows(staff.download("/n/nsmot/funding/export.xlsx"));
		assertThat(funding.subList(1, funding.size())).allSatisfy(row -> assertThat(row.getCell(1)).satisfies(cell -> {
			assertThat(cell.getType()).isEqualTo(CellType.NUMBER);
			assertThat(cell.getDataFormatString()).isEqualTo("#,##0.00");
		}));

		List<Row> volunteering = rows(staff.download("/n/nsmot/volunteering/totals.xlsx"));
		assertThat(volunteering.get(1).getCell(0).getDataFormatString()).isEqualTo("0");
		assertThat(volunteering.get(1).getCell(0).asNumber().intValue()).isBetween(2000, 2100);

		WebSession board = WebSession.signedIn(port, DemoAccounts.NSMOT_BOARD.email(), DemoAccounts.PASSWORD);
		byte[] annual = board.download("/n/nsmot/reports/annual/2025.xlsx?lang=lt");
		try (ReadableWorkbook workbook = new ReadableWorkbook(new ByteArrayInputStream(annual), new ReadingOptions(true, false))) {
			List<String> formats = new ArrayList<>();
			List<String> metrics = new ArrayList<>();
			workbook.getSheets().forEach(sheet -> {
				try {
					sheet.read().stream().skip(1).forEach(row -> {
						Cell value = row.getCell(1);
						if (value != null && value.getType() == CellType.NUMBER) {
							formats.add(value.getDataFormatString());
						}
						if (row.getCellCount() > 3 && row.getCell(3) != null && row.getCell(3).getType() != CellType.EMPTY) {
							metrics.add(row.getCell(3).getRawValue());
						}
					});
				}
				catch (IOException e) {
					throw new AssertionError(e);
				}
			});
			assertThat(formats).contains("#,##0.00", "0");
			// each figure's metric by its name, never by its key ("events.held")
			assertThat(metrics).contains("Įvykę renginiai").noneMatch(name -> name.matches("[a-z]+\\.[A-Za-z.]+"));
		}
	}

	/** The cells of a column under the header that hold a value. */
	static List<Cell> column(List<Row> rows, int index) {
		return rows.stream()
			.skip(1)
			.filter(row -> index < row.getCellCount())
			.map(row -> row.getCell(index))
			.filter(cell -> cell != null && cell.getType() != CellType.EMPTY)
			.toList();
	}

	static List<Row> rows(byte[] xlsx) throws IOException {
		try (ReadableWorkbook workbook = new ReadableWorkbook(new ByteArrayInputStream(xlsx), new ReadingOptions(true, false))) {
			return workbook.getFirstSheet().read();
		}
	}
}
