package lt.tinklas.reports;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.time.LocalDate;
import java.util.Locale;

import lt.tinklas.reports.AnnualReports.AnnualReport;
import lt.tinklas.reports.AnnualReports.Figure;
import lt.tinklas.reports.AnnualReports.Section;
import lt.tinklas.shared.pdf.PdfDocuments;
import lt.tinklas.shared.web.Formats;
import org.dhatim.fastexcel.Workbook;
import org.dhatim.fastexcel.Worksheet;
import org.springframework.context.MessageSource;
import org.springframework.stereotype.Component;
import org.thymeleaf.ITemplateEngine;
import org.thymeleaf.context.Context;

/** The yearly report as files: a PDF for print and an XLSX with a sheet per section. */
@Component
public class AnnualReportFiles {

	private final ITemplateEngine templates;
	private final MessageSource messages;

	AnnualReportFiles(ITemplateEngine templates, MessageSource messages) {
		this.templates = templates;
		this.messages = messages;
	}

	public byte[] pdf(AnnualReport report, String networkName, Locale locale) {
		Context context = new Context(locale);
		context.setVariable("report", report);
		context.setVariable("networkName", networkName);
		context.setVariable("printed", LocalDate.now(Formats.VILNIUS));
		context.setVariable("fmt", new Formats());
		context.setVariable("files", this);
		return PdfDocuments.fromXhtml(templates.process("reports/annual-pdf", context));
	}

	/** One sheet per section: the figure, this year and the year before, as numbers. */
	public byte[] xlsx(AnnualReport report, Locale locale) {
		ByteArrayOutputStream out = new ByteArrayOutputStream();
		try {
			Workbook workbook = new Workbook(out, "Tinklas", "1.0");
			for (Section section : report.sections()) {
				Worksheet sheet = workbook.newWorksheet(sheetName(text("reports.section." + section.name(), locale)));
				sheet.value(0, 0, text("reports.figure", locale));
				sheet.value(0, 1, String.valueOf(report.year()));
				sheet.value(0, 2, String.valueOf(report.year() - 1));
				sheet.value(0, 3, text("reports.metric", locale));
				for (int c = 0; c < 4; c++) {
					sheet.style(0, c).bold().set();
				}
				int r = 1;
				for (Figure figure : section.figures()) {
					sheet.value(r, 0, label(figure, locale));
					if (figure.value() != null) {
						sheet.value(r, 1, figure.value());
					}
					if (figure.previous() != null) {
						sheet.value(r, 2, figure.previous());
					}
					sheet.value(r, 3, figure.metricKey());
					r++;
				}
				sheet.width(0, 60);
				sheet.width(3, 30);
			}
			workbook.finish();
		}
		catch (IOException e) {
			throw new IllegalStateException(e);
		}
		return out.toByteArray();
	}

	public String label(Figure figure, Locale locale) {
		return String.join(" – ", figure.labelKeys().stream().map(k -> text(k, locale)).toList());
	}

	private String text(String key, Locale locale) {
		return messages.getMessage(key, null, key, locale);
	}

	/** Excel refuses sheet names longer than 31 characters or with some signs. */
	private static String sheetName(String name) {
		String clean = name.replaceAll("[\\\\/?*\\[\\]:]", " ");
		return clean.length() > 31 ? clean.substring(0, 31) : clean;
	}
}
