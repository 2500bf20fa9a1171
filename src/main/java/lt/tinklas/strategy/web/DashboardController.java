package lt.tinklas.strategy.web;

import java.time.LocalDate;
import java.util.Arrays;
import java.util.List;
import java.util.Locale;

import lt.tinklas.shared.pdf.PdfDocuments;
import lt.tinklas.shared.replica.ReadsFromReplica;
import lt.tinklas.shared.security.Readers;
import lt.tinklas.shared.web.DocumentLanguage;
import lt.tinklas.shared.web.Downloads;
import lt.tinklas.shared.web.Formats;
import lt.tinklas.shared.web.NotFoundException;
import lt.tinklas.strategy.Strategies;
import lt.tinklas.strategy.StrategyProgress;
import lt.tinklas.strategy.StrategyView;
import lt.tinklas.strategy.application.IndicatorStatus;
import org.springframework.context.MessageSource;
import org.springframework.format.annotation.DateTimeFormat;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.RequestParam;
import org.thymeleaf.ITemplateEngine;
import org.thymeleaf.context.Context;

/**
 * The current strategy's dashboard (every indicator's target, actual and status for a year as of a
 * day) and the progress report made of it, as a page, a PDF and an XLSX, in Lithuanian or English.
 */
@ReadsFromReplica
@Controller
class DashboardController {

	private final Strategies strategies;
	private final StrategyProgress progress;
	private final ITemplateEngine templates;
	private final MessageSource messages;

	DashboardController(Strategies strategies, StrategyProgress progress, ITemplateEngine templates,
			MessageSource messages) {
		this.strategies = strategies;
		this.progress = progress;
		this.templates = templates;
		this.messages = messages;
	}

	@GetMapping("/n/{slug}/strategy")
	@Readers
	String dashboard(@RequestParam(required = false) Integer year,
			@RequestParam(required = false) @DateTimeFormat(iso = DateTimeFormat.ISO.DATE) LocalDate on,
			@RequestParam(required = false) Long direction, @RequestParam(required = false) IndicatorStatus status,
			Model model) {
		var current = strategies.current();
		if (current.isEmpty()) {
			return "strategy/none";
		}
		StrategyView strategy = current.get();
		int chosen = year(strategy, year);
		model.addAttribute("dashboard", progress.dashboard(strategy.id(), chosen, on, direction, status));
		model.addAttribute("direction", direction);
		model.addAttribute("status", status);
		model.addAttribute("statuses", IndicatorStatus.values());
		return "strategy/dashboard";
	}

	@GetMapping("/n/{slug}/strategy/report")
	@Readers
	String report(@RequestParam(required = false) Integer year,
			@RequestParam(required = false) @DateTimeFormat(iso = DateTimeFormat.ISO.DATE) LocalDate on, Model model) {
		StrategyView strategy = strategies.current().orElseThrow(() -> new NotFoundException("Strategy"));
		model.addAttribute("dashboard", progress.dashboard(strategy.id(), year(strategy, year), on, null, null));
		model.addAttribute("printed", LocalDate.now(Formats.VILNIUS));
		return "strategy/report";
	}

	@GetMapping("/n/{slug}/strategy/report.pdf")
	@Readers
	ResponseEntity<byte[]> pdf(@PathVariable String slug, @RequestParam(required = false) Integer year,
			@RequestParam(required = false) @DateTimeFormat(iso = DateTimeFormat.ISO.DATE) LocalDate on,
			@RequestParam(required = false) String lang) {
		Locale locale = DocumentLanguage.of(lang);
		StrategyView strategy = strategies.current().orElseThrow(() -> new NotFoundException("Strategy"));
		StrategyProgress.Dashboard dashboard = progress.dashboard(strategy.id(), year(strategy, year), on, null, null);
		Context context = new Context(locale);
		context.setVariable("dashboard", dashboard);
		context.setVariable("printed", LocalDate.now(Formats.VILNIUS));
		context.setVariable("fmt", new Formats());
		byte[] pdf = PdfDocuments.fromXhtml(templates.process("strategy/report-pdf", context));
		return Downloads.file("strategija-" + dashboard.year() + ".pdf", MediaType.APPLICATION_PDF, pdf);
	}

	@GetMapping("/n/{slug}/strategy/report.xlsx")
	@Readers
	ResponseEntity<byte[]> xlsx(@RequestParam(required = false) Integer year,
			@RequestParam(required = false) @DateTimeFormat(iso = DateTimeFormat.ISO.DATE) LocalDate on,
			@RequestParam(required = false) String lang) {
		Locale locale = DocumentLanguage.of(lang);
		StrategyView strategy = strategies.current().orElseThrow(() -> new NotFoundException("Strategy"));
		StrategyProgress.Dashboard dashboard = progress.dashboard(strategy.id(), year(strategy, year), on, null, null);
		String language = locale.getLanguage();
		List<String> headers = Arrays.asList(text("strategy.report.number", locale), text("strategy.report.result", locale),
				text("strategy.report.indicator", locale), text("strategy.report.comparison", locale),
				text("strategy.report.target", locale), text("strategy.report.actual", locale),
				text("strategy.report.percent", locale), text("strategy.report.status", locale));
		List<List<Object>> rows = dashboard.indicators()
			.stream()
			.map(p -> Arrays.<Object>asList(p.result().number(), p.result().text(language), p.indicator().name(language),
					text("comparison." + p.indicator().comparison().name(), locale), p.target(), p.actual(), p.percent(),
					text("indicatorStatus." + p.status().name(), locale)))
			.toList();
		return Downloads.table("strategija-" + dashboard.year(), strategy.title(language).length() > 30
				? strategy.title(language).substring(0, 30) : strategy.title(language), "xlsx", headers, rows);
	}

	private String text(String key, Locale locale) {
		return messages.getMessage(key, null, locale);
	}

	/** The year asked, else the current year when the period holds it, else the period's last year. */
	private static int year(StrategyView strategy, Integer year) {
		if (year != null) {
			return year;
		}
		int now = LocalDate.now(Formats.VILNIUS).getYear();
		return now >= strategy.fromYear() && now <= strategy.toYear() ? now : strategy.toYear();
	}
}
