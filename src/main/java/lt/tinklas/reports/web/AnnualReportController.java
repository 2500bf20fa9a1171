package lt.tinklas.reports.web;

import java.nio.charset.StandardCharsets;
import java.util.Locale;

import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import lt.tinklas.reports.AnnualReportFiles;
import lt.tinklas.reports.AnnualReports;
import lt.tinklas.shared.history.StaleEditException;
import lt.tinklas.shared.replica.ReadsFromReplica;
import lt.tinklas.shared.security.Keepers;
import lt.tinklas.shared.security.Readers;
import lt.tinklas.shared.web.Downloads;
import lt.tinklas.shared.web.InvalidInputException;
import lt.tinklas.shared.web.NetworkContext;
import org.springframework.context.MessageSource;
import org.springframework.context.i18n.LocaleContextHolder;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

/**
 * The yearly report's page (every figure beside the year before, with its drill-down and the
 * counting rules), its files, and the narrative sections staff draft and publish.
 */
@ReadsFromReplica
@Controller
class AnnualReportController {

	private final AnnualReports reports;
	private final AnnualReportFiles files;
	private final MessageSource messages;

	AnnualReportController(AnnualReports reports, AnnualReportFiles files, MessageSource messages) {
		this.reports = reports;
		this.files = files;
		this.messages = messages;
	}

	@GetMapping("/n/{slug}/reports/annual")
	@Readers
	String latest(@PathVariable String slug) {
		return "redirect:/n/" + slug + "/reports/annual/" + AnnualReports.lastYear();
	}

	@GetMapping("/n/{slug}/reports/annual/{year}")
	@Readers
	String page(@PathVariable String year, Model model, HttpServletResponse response) {
		try {
			int chosen = ReportRequests.year(year);
			model.addAttribute("report", reports.report(chosen));
			model.addAttribute("files", files);
			model.addAttribute("narrativeHistory", reports.narrativeHistory(chosen));
		}
		catch (InvalidInputException e) {
			response.setStatus(400);
			model.addAttribute("yearError", message(e));
		}
		return "reports/annual";
	}

	@GetMapping("/n/{slug}/reports/annual/{year}.pdf")
	@Readers
	ResponseEntity<byte[]> pdf(@PathVariable String year, @RequestParam(required = false) String lang,
			HttpServletRequest request) {
		Locale locale = ReportRequests.locale(lang);
		AnnualReports.AnnualReport report;
		try {
			report = reports.report(ReportRequests.year(year));
		}
		catch (InvalidInputException e) {
			return badYear(e);
		}
		return Downloads.file("metine-ataskaita-" + report.year() + ".pdf", MediaType.APPLICATION_PDF,
				files.pdf(report, NetworkContext.of(request).name(), locale));
	}

	@GetMapping("/n/{slug}/reports/annual/{year}.xlsx")
	@Readers
	ResponseEntity<byte[]> xlsx(@PathVariable String year, @RequestParam(required = false) String lang) {
		Locale locale = ReportRequests.locale(lang);
		AnnualReports.AnnualReport report;
		try {
			report = reports.report(ReportRequests.year(year));
		}
		catch (InvalidInputException e) {
			return badYear(e);
		}
		return Downloads.file("metine-ataskaita-" + report.year() + ".xlsx", Downloads.XLSX, files.xlsx(report, locale));
	}

	@PostMapping("/n/{slug}/reports/annual/{year}/narrative")
	@Keepers
	String saveDraft(@PathVariable String slug, @PathVariable String year, @RequestParam(defaultValue = "-2") long version,
			@RequestParam(required = false) String introduction, @RequestParam(required = false) String highlights,
			@RequestParam(required = false) String plans, Model model, HttpServletResponse response,
			RedirectAttributes redirect) {
		int chosen;
		try {
			chosen = ReportRequests.year(year);
		}
		catch (InvalidInputException e) {
			response.setStatus(400);
			model.addAttribute("yearError", message(e));
			return "reports/annual";
		}
		try {
			reports.saveDraft(chosen, version, introduction, highlights, plans);
		}
		catch (InvalidInputException e) {
			return refused(chosen, message(e), introduction, highlights, plans, model, response);
		}
		catch (StaleEditException e) {
			return refused(chosen, text("reports.error.stale"), introduction, highlights, plans, model, response);
		}
		redirect.addFlashAttribute("saved", text("reports.narrative.saved"));
		return "redirect:/n/" + slug + "/reports/annual/" + chosen;
	}

	@PostMapping("/n/{slug}/reports/annual/{year}/narrative/publish")
	@Keepers
	String publish(@PathVariable String slug, @PathVariable String year, @RequestParam(defaultValue = "-2") long version,
			Model model, HttpServletResponse response, RedirectAttributes redirect) {
		int chosen;
		try {
			chosen = ReportRequests.year(year);
		}
		catch (InvalidInputException e) {
			response.setStatus(400);
			model.addAttribute("yearError", message(e));
			return "reports/annual";
		}
		try {
			reports.publish(chosen, version);
		}
		catch (InvalidInputException e) {
			return refused(chosen, message(e), null, null, null, model, response);
		}
		catch (StaleEditException e) {
			return refused(chosen, text("reports.error.stale"), null, null, null, model, response);
		}
		redirect.addFlashAttribute("saved", text("reports.narrative.published"));
		return "redirect:/n/" + slug + "/reports/annual/" + chosen;
	}

	/** Shows the report again with the refusal beside the narrative, keeping what was typed. */
	private String refused(int year, String error, String introduction, String highlights, String plans, Model model,
			HttpServletResponse response) {
		response.setStatus(400);
		model.addAttribute("report", reports.report(year));
		model.addAttribute("files", files);
		model.addAttribute("narrativeHistory", reports.narrativeHistory(year));
		model.addAttribute("narrativeError", error);
		model.addAttribute("typed", new String[] { introduction, highlights, plans });
		return "reports/annual";
	}

	private ResponseEntity<byte[]> badYear(InvalidInputException e) {
		return ResponseEntity.badRequest()
			.contentType(new MediaType("text", "plain", StandardCharsets.UTF_8))
			.body(message(e).getBytes(StandardCharsets.UTF_8));
	}

	private String message(InvalidInputException e) {
		InvalidInputException.FieldError error = e.errors().get(0);
		return messages.getMessage(error.messageKey(), error.arguments(), error.messageKey(),
				LocaleContextHolder.getLocale());
	}

	private String text(String key) {
		return messages.getMessage(key, null, key, LocaleContextHolder.getLocale());
	}
}
