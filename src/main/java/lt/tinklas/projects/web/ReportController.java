package lt.tinklas.projects.web;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Base64;
import java.util.List;
import java.util.Locale;

import lt.tinklas.projects.application.FunderReports;
import lt.tinklas.projects.Funders;
import lt.tinklas.shared.money.Money;
import lt.tinklas.shared.pdf.PdfDocuments;
import lt.tinklas.shared.replica.ReadsFromReplica;
import lt.tinklas.shared.security.Readers;
import lt.tinklas.shared.sheets.TableFiles;
import lt.tinklas.shared.web.DocumentLanguage;
import lt.tinklas.shared.web.Downloads;
import lt.tinklas.shared.web.Formats;
import lt.tinklas.shared.web.InvalidInputException;
import org.springframework.context.MessageSource;
import org.springframework.format.annotation.DateTimeFormat;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.thymeleaf.ITemplateEngine;
import org.thymeleaf.context.Context;

/** The funder report of a period: a page, a PDF with the funder's logo and the notice, an XLSX. */
@Controller
@RequestMapping("/n/{slug}/projects/{id}")
class ReportController {

	private final FunderReports reports;
	private final Funders funders;
	private final ITemplateEngine templates;
	private final MessageSource messages;

	ReportController(FunderReports reports, Funders funders, ITemplateEngine templates, MessageSource messages) {
		this.reports = reports;
		this.funders = funders;
		this.templates = templates;
		this.messages = messages;
	}

	@GetMapping("/report")
	@Readers
	String page(@PathVariable long id, @RequestParam(required = false) @DateTimeFormat(iso = DateTimeFormat.ISO.DATE) LocalDate from,
			@RequestParam(required = false) @DateTimeFormat(iso = DateTimeFormat.ISO.DATE) LocalDate to, Model model) {
		try {
			model.addAttribute("report", reports.report(id, from, to));
		}
		catch (InvalidInputException e) {
			model.addAttribute("flashError", e.errors().get(0).messageKey());
			model.addAttribute("report", reports.report(id, null, null));
		}
		model.addAttribute("fmt", new Formats());
		return "projects/report";
	}

	@ReadsFromReplica
	@GetMapping("/report.pdf")
	@Readers
	ResponseEntity<byte[]> pdf(@PathVariable long id,
			@RequestParam(required = false) @DateTimeFormat(iso = DateTimeFormat.ISO.DATE) LocalDate from,
			@RequestParam(required = false) @DateTimeFormat(iso = DateTimeFormat.ISO.DATE) LocalDate to,
			@RequestParam(required = false) String lang) {
		Locale locale = DocumentLanguage.of(lang);
		FunderReports.Report report = reports.report(id, from, to);
		Context context = new Context(locale);
		context.setVariable("report", report);
		context.setVariable("fmt", new Formats());
		context.setVariable("printed", LocalDate.now(Formats.VILNIUS));
		context.setVariable("logo", report.funder() == null ? null : funders.logo(report.funder().id())
			.map(l -> "data:" + l.contentType() + ";base64," + Base64.getEncoder().encodeToString(l.content()))
			.orElse(null));
		byte[] pdf = PdfDocuments.fromXhtml(templates.process("projects/report-pdf", context));
		return Downloads.file("ataskaita-" + id + "-" + report.from() + "-" + report.to() + ".pdf", MediaType.APPLICATION_PDF,
				pdf);
	}

	@ReadsFromReplica
	@GetMapping("/report.xlsx")
	@Readers
	ResponseEntity<byte[]> xlsx(@PathVariable long id,
			@RequestParam(required = false) @DateTimeFormat(iso = DateTimeFormat.ISO.DATE) LocalDate from,
			@RequestParam(required = false) @DateTimeFormat(iso = DateTimeFormat.ISO.DATE) LocalDate to,
			@RequestParam(required = false) String lang) {
		Locale locale = DocumentLanguage.of(lang);
		FunderReports.Report report = reports.report(id, from, to);
		List<List<Object>> rows = new ArrayList<>();
		String language = locale.getLanguage();
		rows.add(Arrays.asList(text("report.section.project", locale), report.project().name(language), null, null));
		rows.add(Arrays.asList(text("project.field.code", locale), report.project().code(), null, null));
		rows.add(Arrays.asList(text("report.period", locale), report.from() + " – " + report.to(), null, null));
		rows.add(Arrays.asList(text("project.field.value", locale), Money.ofNullable(report.project().value()), null, null));
		rows.add(Arrays.asList(text("project.field.grant", locale), Money.ofNullable(report.project().grant()), null, null));
		rows.add(Arrays.asList(text("project.field.ownContribution", locale), Money.ofNullable(report.project().ownContribution()), null,
				null));
		rows.add(Arrays.asList(null, null, null, null));
		rows.add(Arrays.asList(text("report.section.indicators", locale), text("projectIndicator.field.target", locale),
				text("report.actual", locale), "%"));
		report.indicators().forEach(i -> rows.add(Arrays.asList(i.name(), i.target(), i.actual(), i.percent())));
		rows.add(Arrays.asList(null, null, null, null));
		rows.add(Arrays.asList(text("report.section.budget", locale), text("budgetLine.field.planned", locale),
				text("budget.spent", locale), text("budget.remaining", locale)));
		report.budget().lines().forEach(l -> rows.add(Arrays.asList(l.name(), Money.ofNullable(l.planned()),
				Money.ofNullable(l.spent()), Money.ofNullable(l.remaining()))));
		rows.add(Arrays.asList(text("budget.total", locale), Money.ofNullable(report.budget().planned()),
				Money.ofNullable(report.budget().spent()), Money.ofNullable(report.budget().remaining())));
		rows.add(Arrays.asList(null, null, null, null));
		rows.add(Arrays.asList(text("report.section.activities", locale), text("report.date", locale), null, null));
		report.events().forEach(e -> rows.add(Arrays.asList(e.title(language),
				e.startsAt().atZoneSameInstant(Formats.VILNIUS).toLocalDate(), null, null)));
		report.activities().forEach(a -> rows.add(Arrays.asList(a.title(), a.doneOn(), null, null)));
		byte[] xlsx = TableFiles.xlsx(text("report.sheet", locale),
				Arrays.asList(text("report.title", locale), "", "", ""), rows);
		return Downloads.file("ataskaita-" + id + "-" + report.from() + "-" + report.to() + ".xlsx",
				MediaType.parseMediaType("application/vnd.openxmlformats-officedocument.spreadsheetml.sheet"), xlsx);
	}

	private String text(String key, Locale locale) {
		return messages.getMessage(key, null, locale);
	}

}
