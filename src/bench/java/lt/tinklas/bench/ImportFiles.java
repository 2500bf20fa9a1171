package lt.tinklas.bench;

import java.io.BufferedReader;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.InputStreamReader;
import java.io.StringWriter;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import java.util.zip.ZipEntry;
import java.util.zip.ZipOutputStream;

import lt.tinklas.organizations.LegalCode;
import lt.tinklas.organizations.OrganizationImport;
import org.apache.commons.csv.CSVFormat;
import org.apache.commons.csv.CSVPrinter;

/**
 * The files the import benchmark uploads, written as a network would fill the template: every
 * column of the organizations' template with valid, unique legal codes, municipalities by their
 * names and choices by their Lithuanian labels; an attendance sheet of e-mails; the state register's
 * two files as it publishes them.
 */
final class ImportFiles {

	private static final List<String> LEGAL_FORMS = List.of("Asociacija", "Viešoji įstaiga", "Labdaros ir paramos fondas");
	private static final List<String> TARGET_GROUPS = List.of("Senjorai", "Šeimos ir vaikai", "Žmonės su negalia",
			"Bedarbiai", "Jaunimas", "Benamiai");

	private ImportFiles() {
	}

	/**
	 * {@code rows} valid legal codes "3" + the run's three-digit seed + a running number, each
	 * with its check digit; eight digits whose check would be 10 are skipped, as no code ends them.
	 */
	static List<String> legalCodes(int rows, int seed) {
		List<String> codes = new ArrayList<>();
		for (int i = 0; codes.size() < rows; i++) {
			if (i > 9999) {
				throw new IllegalArgumentException("At most about 9,000 legal codes for one seed");
			}
			LegalCode.complete("3%03d%04d".formatted(seed % 1000, i)).ifPresent(codes::add);
		}
		return codes;
	}

	static byte[] organizations(int rows, int seed) {
		List<String> municipalities = municipalityNames();
		List<String> codes = legalCodes(rows, seed);
		return csv(OrganizationImport.COLUMNS, printer -> {
			for (int i = 0; i < rows; i++) {
				String seat = municipalities.get(i % municipalities.size());
				String other = municipalities.get((i * 7 + 3) % municipalities.size());
				printer.printRecord(codes.get(i), "Bandomoji organizacija Nr. " + (i + 1), "",
						LEGAL_FORMS.get(i % LEGAL_FORMS.size()), "2010-05-04", "2011-01-01", "", seat,
						seat.equals(other) ? seat : seat + ";" + other,
						TARGET_GROUPS.get(i % TARGET_GROUPS.size()) + ";" + TARGET_GROUPS.get((i + 2) % TARGET_GROUPS.size()),
						"Konsultacijos;Dienos centras", "https://org" + codes.get(i) + ".example.lt",
						"info@org" + codes.get(i) + ".example.lt", "+3706" + "%07d".formatted(i), "Gatvės g. " + (i + 1) + ", Vilnius",
						i % 20, i % 50, "2020-03-01");
			}
		});
	}

	/** The e-mail of the import benchmark's n-th person (from 0) in the run with this seed. */
	static String email(int seed, int n) {
		return "dalyvis-" + seed + "-" + n + "@bench.example.lt";
	}

	static byte[] attendance(int rows, int seed) {
		return csv(List.of("email", "status"), printer -> {
			for (int n = 0; n < rows; n++) {
				printer.printRecord(email(seed, n), n % 10 == 9 ? "ABSENT" : "ATTENDED");
			}
		});
	}

	/** The day of the generated register data. */
	static final String REGISTER_DAY = "2026-12-01";

	/** The n-th legal entity of the generated register: 9 digits, the run's seed in them. */
	private static String registerCode(int seed, int n) {
		return "%03d%06d".formatted(100 + seed % 900, n);
	}

	/** Of the generated register, 2 entities in 15 hold NGO status: 40,000 of 300,000. */
	static boolean ngo(int n) {
		return n % 15 < 2;
	}

	/**
	 * JAR_NVO_NUO.csv: the NGOs among the first {@code registered} entities of the register, each once.
	 */
	static byte[] registerNgos(int registered, int seed) {
		StringBuilder text = new StringBuilder(
				"ja_kodas|ja_pavadinimas|ja_reg_data|form_kodas|form_pavadinimas|nvo_nuo|formavimo_data\n");
		for (int n = 0; n < registered; n++) {
			if (ngo(n)) {
				text.append(registerCode(seed, n)).append("|Asociacija „Bendruomenės namai Nr. ").append(n).append("“|")
					.append(2000 + n % 25).append("-03-0").append(1 + n % 9).append("|950|Asociacija|")
					.append(2010 + n % 15).append("-05-1").append(n % 10).append('|').append(REGISTER_DAY).append('\n');
			}
		}
		return text.toString().getBytes(StandardCharsets.UTF_8);
	}

	/**
	 * JAR_IREGISTRUOTI.csv of {@code rows} entities, zipped as a keeper uploads a file past the upload
	 * limit: addresses with a municipality's short name (most), its full name, or none (one in ten).
	 */
	static byte[] registeredZipped(int rows, int seed) {
		List<String[]> municipalities = municipalityRows();
		ByteArrayOutputStream bytes = new ByteArrayOutputStream();
		try (ZipOutputStream zip = new ZipOutputStream(bytes)) {
			zip.putNextEntry(new ZipEntry("JAR_IREGISTRUOTI.csv"));
			StringBuilder text = new StringBuilder(
					"ja_kodas|ja_pavadinimas|adresas|ja_reg_data|form_kodas|form_pavadinimas|stat_kodas|stat_pavadinimas|stat_data_nuo|formavimo_data\n");
			for (int n = 0; n < rows; n++) {
				String[] m = municipalities.get(n % municipalities.size());
				String street = "Gedimino g. " + (1 + n % 120) + "-" + (1 + n % 40);
				String address = switch (n / 15 % 10) {
					case 9 -> street + ", " + m[2];
					case 6, 7, 8 -> m[0] + ", " + m[2] + ", " + street;
					default -> m[1] + " " + m[2] + " " + street;
				};
				boolean ngo = ngo(n);
				text.append(registerCode(seed, n)).append('|')
					.append(ngo ? "Asociacija „Bendruomenės namai Nr. " + n + "“" : "Uždaroji akcinė bendrovė „Įmonė Nr. " + n + "“")
					.append('|').append(address).append('|').append(2000 + n % 25).append("-03-0").append(1 + n % 9)
					.append(ngo ? "|950|Asociacija" : "|310|Uždaroji akcinė bendrovė")
					.append("|0|Teisinis statusas neįregistruotas|").append(2000 + n % 25).append("-03-0").append(1 + n % 9)
					.append('|').append(REGISTER_DAY).append('\n');
				if (text.length() > 1 << 20) {
					zip.write(text.toString().getBytes(StandardCharsets.UTF_8));
					text.setLength(0);
				}
			}
			zip.write(text.toString().getBytes(StandardCharsets.UTF_8));
			zip.closeEntry();
		}
		catch (IOException e) {
			throw new UncheckedIOException(e);
		}
		return bytes.toByteArray();
	}

	private interface Rows {
		void print(CSVPrinter printer) throws IOException;
	}

	private static byte[] csv(List<String> headers, Rows rows) {
		StringWriter text = new StringWriter();
		try (CSVPrinter printer = CSVFormat.DEFAULT.builder().setHeader(headers.toArray(String[]::new)).get().print(text)) {
			rows.print(printer);
		}
		catch (IOException e) {
			throw new UncheckedIOException(e);
		}
		return text.toString().getBytes(StandardCharsets.UTF_8);
	}

	/** The 60 municipalities' names, from the reference list the application itself reads. */
	private static List<String> municipalityNames() {
		return municipalityRows().stream().map(m -> m[0]).toList();
	}

	/** Each municipality's name, short name ("Šilutės r. sav.") and a town in it (its name's first word). */
	private static List<String[]> municipalityRows() {
		try (var in = ImportFiles.class.getResourceAsStream("/reference/lt-municipalities.csv");
				var reader = new BufferedReader(new InputStreamReader(in, StandardCharsets.UTF_8))) {
			return reader.lines().skip(1).map(line -> line.split(",")).map(cells -> new String[] { cells[1], cells[4],
					cells[1].split(" ")[0] + " m." }).toList();
		}
		catch (IOException e) {
			throw new UncheckedIOException(e);
		}
	}
}
