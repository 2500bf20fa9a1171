package lt.tinklas.bench;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStreamReader;
import java.io.StringWriter;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;

import lt.tinklas.organizations.LegalCode;
import lt.tinklas.organizations.OrganizationImport;
import org.apache.commons.csv.CSVFormat;
import org.apache.commons.csv.CSVPrinter;

/**
 * The files the import benchmark uploads, written as a network would fill the template: every
 * column of the organizations' template with valid, unique legal codes, municipalities by their
 * names and choices by their Lithuanian labels; an attendance sheet of e-mails.
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
		try (var in = ImportFiles.class.getResourceAsStream("/reference/lt-municipalities.csv");
				var reader = new BufferedReader(new InputStreamReader(in, StandardCharsets.UTF_8))) {
			return reader.lines().skip(1).map(line -> line.split(",")[1]).toList();
		}
		catch (IOException e) {
			throw new UncheckedIOException(e);
		}
	}
}
