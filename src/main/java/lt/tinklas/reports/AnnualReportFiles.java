package lt.tinklas.reports;

import java.math.BigDecimal;
import java.math.RoundingMode;
import java.time.Duration;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Locale;
import java.util.Map;

import com.github.benmanes.caffeine.cache.Cache;
import com.github.benmanes.caffeine.cache.Caffeine;
import lt.tinklas.reports.AnnualReports.AnnualReport;
import lt.tinklas.reports.AnnualReports.Figure;
import lt.tinklas.reports.AnnualReports.Section;
import lt.tinklas.metrics.Metrics;
import lt.tinklas.shared.money.Money;
import lt.tinklas.shared.pdf.PdfDocuments;
import lt.tinklas.shared.sheets.TableFiles;
import lt.tinklas.shared.tenancy.NetworkLook;
import lt.tinklas.shared.tenancy.NetworkLookup;
import lt.tinklas.shared.tenancy.Tenancy;
import lt.tinklas.shared.web.Formats;
import org.springframework.context.MessageSource;
import org.springframework.stereotype.Component;
import org.thymeleaf.ITemplateEngine;
import org.thymeleaf.context.Context;

/** The yearly report as files: a PDF for print and an XLSX with a sheet per section. */
@Component
public class AnnualReportFiles {

	private final ITemplateEngine templates;
	private final MessageSource messages;
	private final Metrics metrics;

	/** PDFs rendered, up to 16 MiB of them; a report computed again is a new report, so its PDF is rendered anew. */
	private final Cache<Printed, byte[]> printed = Caffeine.newBuilder()
		.maximumWeight(16L * 1024 * 1024)
		.<Printed, byte[]>weigher((key, pdf) -> pdf.length)
		.expireAfterAccess(Duration.ofHours(6))
		.build();

	private final NetworkLookup networks;

	/** What a printed PDF shows; the logo's version stands for the logo, which is read only to render. */
	private record Printed(AnnualReport report, long networkId, String networkName, String colour, Long logoVersion,
			Locale locale, LocalDate day) {
	}

	AnnualReportFiles(ITemplateEngine templates, MessageSource messages, Metrics metrics, NetworkLookup networks) {
		this.templates = templates;
		this.messages = messages;
		this.metrics = metrics;
		this.networks = networks;
	}

	/**
	 * The report's PDF in the language, printed today: rendered once (about a second of work) and
	 * handed out again while the report, the network's name and the day stay the same. Those asking
	 * for the same one at once wait for one rendering. It shows the current network's logo and colour,
	 * and its name in the language (the English one in English when set, else {@code networkName}).
	 */
	public byte[] pdf(AnnualReport report, String networkName, Locale locale) {
		long networkId = Tenancy.require();
		NetworkLook look = networks.look(networkId);
		String name = "en".equals(locale.getLanguage()) && look.nameEn() != null ? look.nameEn() : networkName;
		return printed.get(new Printed(report, networkId, name, look.shownColour(), look.logoVersion(), locale,
				LocalDate.now(Formats.VILNIUS)), this::render);
	}

	private byte[] render(Printed printed) {
		Context context = new Context(printed.locale());
		context.setVariable("report", printed.report());
		context.setVariable("networkName", printed.networkName());
		context.setVariable("colour", printed.colour());
		context.setVariable("logo", printed.logoVersion() == null ? null
				: networks.look(printed.networkId()).logoDataUri());
		context.setVariable("printed", printed.day());
		context.setVariable("fmt", new Formats());
		context.setVariable("files", this);
		return PdfDocuments.fromXhtml(templates.process("reports/annual-pdf", context));
	}

	/** One sheet per section: the figure, this year and the year before, as numbers (money as money). */
	public byte[] xlsx(AnnualReport report, Locale locale) {
		List<String> headers = List.of(text("reports.figure", locale), String.valueOf(report.year()),
				String.valueOf(report.year() - 1), text("reports.metric", locale));
		List<TableFiles.Sheet> sheets = new ArrayList<>();
		for (Section section : report.sections()) {
			List<List<Object>> rows = new ArrayList<>();
			for (Figure figure : section.figures()) {
				rows.add(Arrays.asList(label(figure, locale), cell(figure, figure.value()),
						cell(figure, figure.previous()), metricName(figure, locale)));
			}
			sheets.add(new TableFiles.Sheet(text("reports.section." + section.name(), locale), headers, rows,
					Map.of(0, 60, 3, 30)));
		}
		return TableFiles.xlsx(sheets);
	}

	/** A figure's value as its cell: money as money, a whole count as a whole number. */
	private static Object cell(Figure figure, BigDecimal value) {
		if (value == null) {
			return null;
		}
		if (figure.money()) {
			return new Money(value.setScale(2, RoundingMode.HALF_UP));
		}
		BigDecimal plain = value.stripTrailingZeros();
		return plain.scale() <= 0 ? (Object) plain.longValueExact() : value;
	}

	/** The metric a figure comes from, by its name: the reader of a spreadsheet never sees its key. */
	private String metricName(Figure figure, Locale locale) {
		return figure.metricKey() == null ? null : text(metrics.definition(figure.metricKey()).labelKey(), locale);
	}

	public String label(Figure figure, Locale locale) {
		return String.join(" – ", figure.labelKeys().stream().map(k -> text(k, locale)).toList());
	}

	private String text(String key, Locale locale) {
		return messages.getMessage(key, null, key, locale);
	}
}
