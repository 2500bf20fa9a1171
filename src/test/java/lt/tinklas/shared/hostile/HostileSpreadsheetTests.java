package lt.tinklas.shared.hostile;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.catchThrowableOfType;

import java.util.List;

import lt.tinklas.shared.sheets.Table;
import lt.tinklas.shared.sheets.TableFiles;
import lt.tinklas.shared.sheets.UnreadableFileException;
import org.junit.jupiter.api.Test;

/** The spreadsheet reader on its own: hostile files are refused by the limits, hostile cells read back exactly. */
class HostileSpreadsheetTests {

	@Test
	void aZipBombIsRefusedBeforeItIsParsed() {
		UnreadableFileException refused = catchThrowableOfType(UnreadableFileException.class,
				() -> TableFiles.read(HostileFiles.zipBomb(), "nariai.xlsx"));

		assertThat(refused.messageKey()).isEqualTo("file.error.tooLargeUnpacked");
	}

	@Test
	void aMillionRowsAreRefusedAtTheRowLimit() {
		for (Object[] file : List.of(new Object[] { HostileFiles.manyRows(1_000_000), "nariai.xlsx" },
				new Object[] { HostileFiles.manyCsvRows(1_000_000), "nariai.csv" })) {
			UnreadableFileException refused = catchThrowableOfType(UnreadableFileException.class,
					() -> TableFiles.read((byte[]) file[0], (String) file[1]));

			assertThat(refused.messageKey()).as((String) file[1]).isEqualTo("file.error.tooManyRows");
		}
	}

	@Test
	void hostileCellsReadBackAsTheyWereWritten() {
		for (String value : HostileValues.TEXT) {
			Table table = TableFiles.read(HostileFiles.xlsxTable(List.of(List.of("name"), List.of("x" + value))),
					"nariai.xlsx");

			assertThat(table.rows()).hasSize(1);
			if (!value.contains("\u0000")) {
				assertThat(table.rows().get(0).get("name")).as(HostileValues.label(value)).isEqualTo(("x" + value).strip());
			}
		}
	}
}
