package lt.tinklas.shared.sheets;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;

import org.dhatim.fastexcel.reader.Cell;
import org.dhatim.fastexcel.reader.CellType;
import org.dhatim.fastexcel.reader.ReadableWorkbook;
import org.dhatim.fastexcel.reader.ReadingOptions;
import org.dhatim.fastexcel.reader.Row;
import lt.tinklas.demo.DemoAccounts;
import lt.tinklas.support.TinklasTest;
import lt.tinklas.support.WebSession;
import org.junit.jupiter.api.Test;
import org.springframework.boot.test.web.server.LocalServerPort;

/** Every XLSX export as its user downloads it: it declares the range it uses and formats money and dates. */
@TinklasTest
class ExportFilesTests {

	@LocalServerPort
	int port;

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
			workbook.getSheets().forEach(sheet -> {
				try {
					sheet.read().stream().skip(1).forEach(row -> {
						Cell value = row.getCell(1);
						if (value != null && value.getType() == CellType.NUMBER) {
							formats.add(value.getDataFormatString());
						}
					});
				}
				catch (IOException e) {
					throw new AssertionError(e);
				}
			});
			assertThat(formats).contains("#,##0.00", "0");
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
