package lt.tinklas.shared.hostile;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import java.util.stream.Collectors;

import lt.tinklas.organizations.OrganizationImport;
import lt.tinklas.testing.FreshNetwork;
import lt.tinklas.testing.TinklasTest;
import lt.tinklas.testing.WebSession;
import org.junit.jupiter.api.Test;
import org.springframework.boot.test.web.server.LocalServerPort;

/**
 * The import files with hostile values in their cells, column by column, as XLSX and as CSV: no
 * server error; a refused file lists its problems by row and column and stores nothing; an
 * accepted one stores the value and every page shows it as text, never as markup.
 */
@TinklasTest
class HostileImportsTests {

	@LocalServerPort
	int port;

	final List<String> failures = new ArrayList<>();

	@Test
	void theOrganizationsImportTakesHostileCellsWholeOrNotAtAll() {
		FreshNetwork network = FreshNetwork.create(port, "importas-priesiskas", "Priešiškų failų tinklas");
		WebSession admin = network.signedIn();
		String imports = network.pages() + "/organizations/import";
		int uploads = 0;
		int refused = 0;
		int accepted = 0;
		long stored = 0;
		for (String column : OrganizationImport.COLUMNS) {
			List<String> values = column.endsWith("On") || column.endsWith("Since") || column.endsWith("Until")
					? HostileValues.DATE : column.endsWith("Count") ? HostileValues.NUMBER : HostileValues.TEXT;
			for (String value : values) {
				for (boolean xlsx : List.of(true, false)) {
					List<String> row = new ArrayList<>();
					for (String c : OrganizationImport.COLUMNS) {
						row.add(c.equals(column) ? value : c.equals("legalCode") ? HtmlForms.legalCode(uploads + 7000)
								: c.equals("name") ? "Bendrija " + uploads : "");
					}
					byte[] file = xlsx ? HostileFiles.xlsxTable(List.of(OrganizationImport.COLUMNS, row))
							: csv(List.of(OrganizationImport.COLUMNS, row));
					String what = (xlsx ? "XLSX " : "CSV ") + column + "=" + HostileValues.label(value);
					uploads++;
					WebSession.Page answer = admin.upload(imports, imports, "file", xlsx ? "nariai.xlsx" : "nariai.csv",
							file);
					long now = network.admin().get(network.api() + "/organizations").<Number>json("$.total").longValue();
					if (answer.status() >= 500) {
						failures.add(answer.status() + " from " + what);
						continue;
					}
					HostileValues.LIVE_MARKUP.stream()
						.filter(answer.body()::contains)
						.forEach(markup -> failures.add("live markup " + markup + " after " + what));
					// refused by its rows (a table of problems) or as a whole file (a message at the file field)
					if (answer.body().contains("id=\"import-problems\"") || answer.body().contains("id=\"file-error\"")) {
						refused++;
						if (now != stored) {
							failures.add("a refused file stored " + (now - stored) + " organizations: " + what);
						}
					}
					else if (answer.body().contains("id=\"import-result\"")) {
						accepted++;
						WebSession.Page list = admin.get(network.pages() + "/organizations");
						HostileValues.LIVE_MARKUP.stream()
							.filter(list.body()::contains)
							.forEach(markup -> failures.add("live markup " + markup + " on the list after " + what));
					}
					else {
						failures.add("neither imported nor refused with problems: " + what + " "
								+ answer.text().substring(0, Math.min(300, answer.text().length())));
					}
					stored = now;
				}
			}
		}
		byte[] export = admin.download(network.pages() + "/organizations/export.csv");
		String exported = new String(export, StandardCharsets.UTF_8);
		System.out.printf("HOSTILE IMPORTS: organizations, %d columns, %d uploads, %d refused with problems,"
				+ " %d imported, %d stored%n", OrganizationImport.COLUMNS.size(), uploads, refused, accepted, stored);
		failures.forEach(f -> System.out.println("  FAIL " + f));
		assertThat(failures).isEmpty();
		assertThat(exported).contains(HostileValues.SCRIPT);
	}

	@Test
	void anAttendanceSheetWithHostileCellsIsRefusedByRowShowingThemAsText() {
		FreshNetwork network = FreshNetwork.create(port, "lankomumas-priesiskas", "Priešiškų lapų tinklas");
		WebSession admin = network.signedIn();
		long event = network.event("TRAINING", "Mokymai", "2026-01-01T10:00:00+02:00", "2026-01-01T14:00:00+02:00", 4);
		String page = network.pages() + "/events/" + event;
		int uploads = 0;
		for (String value : HostileValues.TEXT) {
			for (String column : List.of("email", "status")) {
				List<String> row = column.equals("email") ? List.of(value, "ATTENDED") : List.of("nera@pavyzdys.lt", value);
				WebSession.Page answer = admin.upload(page, page + "/attendance/import", "file", "lankomumas.xlsx",
						HostileFiles.xlsxTable(List.of(List.of("email", "status"), row)));
				uploads++;
				assertThat(answer.status()).as(column + "=" + HostileValues.label(value)).isEqualTo(302);
				WebSession.Page shown = admin.get(answer.location().replaceFirst("^https?://[^/]+", ""));
				assertThat(shown.status()).isEqualTo(200);
				HostileValues.LIVE_MARKUP.forEach(markup -> assertThat(shown.body()).doesNotContain(markup));
			}
		}
		System.out.printf("HOSTILE IMPORTS: attendance, 2 columns, %d uploads%n", uploads);
	}

	private static byte[] csv(List<List<String>> rows) {
		return rows.stream()
			.map(row -> row.stream().map(c -> "\"" + c.replace("\"", "\"\"") + "\"").collect(Collectors.joining(",")))
			.collect(Collectors.joining("\n", "", "\n"))
			.getBytes(StandardCharsets.UTF_8);
	}
}
