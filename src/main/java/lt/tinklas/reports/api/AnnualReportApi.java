package lt.tinklas.reports.api;

import java.util.Locale;
import java.util.Map;

import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.media.Content;
import io.swagger.v3.oas.annotations.media.Schema;
import io.swagger.v3.oas.annotations.responses.ApiResponse;
import io.swagger.v3.oas.annotations.tags.Tag;
import jakarta.servlet.http.HttpServletRequest;
import lt.tinklas.reports.AnnualReportFiles;
import lt.tinklas.reports.AnnualReports;
import lt.tinklas.reports.web.ReportRequests;
import lt.tinklas.shared.replica.ReadsFromReplica;
import lt.tinklas.shared.security.Readers;
import lt.tinklas.shared.web.Downloads;
import lt.tinklas.shared.web.NetworkContext;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;

@ReadsFromReplica
@RestController
@RequestMapping("/api/v1/networks/{slug}/reports/annual")
@Tag(name = "Reports")
class AnnualReportApi {

	private final AnnualReports reports;
	private final AnnualReportFiles files;

	AnnualReportApi(AnnualReports reports, AnnualReportFiles files) {
		this.reports = reports;
		this.files = files;
	}

	@GetMapping("/{year}")
	@Readers
	@Operation(summary = "The yearly report's figures", description = """
			Every figure of the year, counted by the modules' metrics: `year`; `members {activeAtYearEnd, joined, left}`;
			`trainings {count, participations, distinctParticipants, distinctOrganizations, hours, ratings, averageRating}`
			(averageRating a number with two decimals, null without ratings); `eventsByType {TYPE: {count, participations}}`
			for the other event types; `advocacy {positions, byKind {KIND: n}, byOutcome {OUTCOME: n}, partlyOrFullyAccepted,
			decisionMakerMeetings, seatsHeld, institutionsAddressed}`; `involvement {meetings, peoplePresent, proposals,
			proposalsInPositions}`; `support {consultations, reportReviews, onQualityPath, certified}`; `projects {running,
			participants, fundsBySource {SOURCE: "amount"}}`; `partnerships {agreementsSigned, agreementsInForce,
			volunteeringHours, awardLaureates}`.
			400 when the year is not a number from 2000 to 2100 (`errors[].field` = year).""")
	Map<String, Object> report(@PathVariable String year) {
		return reports.report(ReportRequests.year(year)).json();
	}

	@GetMapping("/{year}.pdf")
	@Readers
	@Operation(summary = "The yearly report as a PDF", description = "Figures, the year before, footnotes and the published narrative; `lang` lt or en. 400 for a bad year.")
	@ApiResponse(responseCode = "200", description = "The PDF file",
			content = @Content(mediaType = MediaType.APPLICATION_PDF_VALUE, schema = @Schema(type = "string", format = "binary")))
	ResponseEntity<byte[]> pdf(@PathVariable String year, @RequestParam(required = false) String lang,
			HttpServletRequest request) {
		Locale locale = ReportRequests.locale(lang);
		AnnualReports.AnnualReport report = reports.report(ReportRequests.year(year));
		return Downloads.file("metine-ataskaita-" + report.year() + ".pdf", MediaType.APPLICATION_PDF,
				files.pdf(report, NetworkContext.of(request).name(), locale));
	}

	@GetMapping("/{year}.xlsx")
	@Readers
	@Operation(summary = "The yearly report as an XLSX", description = "One sheet per section, figures as numbers; `lang` lt or en. 400 for a bad year.")
	@ApiResponse(responseCode = "200", description = "The XLSX file",
			content = @Content(mediaType = Downloads.XLSX_VALUE, schema = @Schema(type = "string", format = "binary")))
	ResponseEntity<byte[]> xlsx(@PathVariable String year, @RequestParam(required = false) String lang) {
		Locale locale = ReportRequests.locale(lang);
		AnnualReports.AnnualReport report = reports.report(ReportRequests.year(year));
		return Downloads.file("metine-ataskaita-" + report.year() + ".xlsx", Downloads.XLSX, files.xlsx(report, locale));
	}
}
