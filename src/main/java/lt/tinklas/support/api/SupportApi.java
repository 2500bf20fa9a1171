package lt.tinklas.support.api;

import java.math.BigDecimal;
import java.math.RoundingMode;
import java.time.LocalDate;
import java.util.List;

import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.tags.Tag;
import lt.tinklas.identity.SignedInUser;
import lt.tinklas.people.PeopleAccess;
import lt.tinklas.shared.security.AnyNetworkRole;
import lt.tinklas.shared.security.Keepers;
import lt.tinklas.shared.security.Readers;
import lt.tinklas.shared.web.InvalidInputException;
import lt.tinklas.shared.web.NotFoundException;
import lt.tinklas.support.ConsultationData;
import lt.tinklas.support.ConsultationTopic;
import lt.tinklas.support.Consultations;
import lt.tinklas.support.QualityStage;
import lt.tinklas.support.QualityStandardView;
import lt.tinklas.support.QualityStandards;
import lt.tinklas.support.StageData;
import lt.tinklas.support.application.ConsultationView;
import lt.tinklas.support.application.CurrentStage;
import lt.tinklas.support.application.QualityStepView;
import lt.tinklas.support.application.ReportReviewView;
import org.springframework.format.annotation.DateTimeFormat;
import org.springframework.http.HttpStatus;
import org.springframework.security.core.annotation.AuthenticationPrincipal;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.ResponseStatus;
import org.springframework.web.bind.annotation.RestController;

/**
 * Member support: consultations (a member representative reads only their organization's, without
 * the private summary), report reviews, and the members' quality-standard stages.
 */
@RestController
@RequestMapping("/api/v1/networks/{slug}")
@Tag(name = "Member support")
class SupportApi {

	private final Consultations consultations;
	private final QualityStandards quality;
	private final PeopleAccess access;

	SupportApi(Consultations consultations, QualityStandards quality, PeopleAccess access) {
		this.consultations = consultations;
		this.quality = quality;
		this.access = access;
	}

	record ConsultationBody(Long organizationId, LocalDate heldOn, ConsultationTopic topic, Long consultantId,
			List<Long> consultedIds, Integer minutes, BigDecimal hours, String summary, LocalDate followUpOn) {

		ConsultationData toData() {
			Integer duration = minutes;
			if (duration == null && hours != null) {
				duration = hours.multiply(BigDecimal.valueOf(60)).setScale(0, RoundingMode.HALF_UP).intValueExact();
			}
			return new ConsultationData(organizationId, heldOn, topic, consultantId, consultedIds, duration, summary,
					followUpOn);
		}
	}

	@PostMapping("/consultations")
	@ResponseStatus(HttpStatus.CREATED)
	@Keepers
	@Operation(summary = "Record a consultation with a member organization",
			description = "Fields: organizationId (required), heldOn (required), topic (QUALITY, TRANSPARENCY, REPORTING, LAW, FUNDING, MANAGEMENT, OTHER; required), consultantId (a person id; required), consultedIds (person ids), minutes or hours (more than zero), summary (private to the network's staff), followUpOn (not before heldOn). An unknown organization or person, a duration of zero or less, a follow-up before the consultation: 400 with every field's message.")
	ConsultationView create(@RequestBody ConsultationBody body) {
		return consultations.create(body.toData());
	}

	@GetMapping("/consultations")
	@AnyNetworkRole
	@Operation(summary = "Consultations, the latest first",
			description = "Filters: organization (id), topic, from, to (days of the consultation). A member representative gets only their organization's, without the summary.")
	List<ConsultationView> list(@RequestParam(required = false) Long organization,
			@RequestParam(required = false) ConsultationTopic topic,
			@RequestParam(required = false) @DateTimeFormat(iso = DateTimeFormat.ISO.DATE) LocalDate from,
			@RequestParam(required = false) @DateTimeFormat(iso = DateTimeFormat.ISO.DATE) LocalDate to,
			@AuthenticationPrincipal SignedInUser user) {
		Long only = access.limitedTo(user);
		List<ConsultationView> found = consultations
			.list(new Consultations.Filter(only != null ? only : organization, topic, from, to));
		return only == null ? found : found.stream().map(ConsultationView::withoutSummary).toList();
	}

	@GetMapping("/consultations/{id}")
	@AnyNetworkRole
	@Operation(summary = "One consultation", description = "404 for a member representative when it is another organization's.")
	ConsultationView get(@PathVariable long id, @AuthenticationPrincipal SignedInUser user) {
		Long only = access.limitedTo(user);
		ConsultationView consultation = consultations.get(id);
		if (only == null) {
			return consultation;
		}
		if (only != consultation.organizationId()) {
			throw new NotFoundException("Consultation");
		}
		return consultation.withoutSummary();
	}

	record ReviewBody(Long organizationId, Integer reportYear, LocalDate reviewedOn, String findings, Boolean compliant) {
	}

	@PostMapping("/report-reviews")
	@ResponseStatus(HttpStatus.CREATED)
	@Keepers
	@Operation(summary = "Record a review of a member's annual report",
			description = "Fields: organizationId, reportYear, reviewedOn (required; not before the report's year), findings, compliant (whether the report met the legal requirements after the review).")
	ReportReviewView review(@RequestBody ReviewBody body) {
		return consultations.review(body.organizationId(), body.reportYear(), body.reviewedOn(), body.findings(),
				Boolean.TRUE.equals(body.compliant()));
	}

	@GetMapping("/report-reviews")
	@AnyNetworkRole
	@Operation(summary = "Report reviews, the latest year first",
			description = "Filters: organization, year. A member representative gets only their organization's.")
	List<ReportReviewView> reviews(@RequestParam(required = false) Long organization,
			@RequestParam(required = false) Integer year, @AuthenticationPrincipal SignedInUser user) {
		Long only = access.limitedTo(user);
		return consultations.reviews(only != null ? only : organization, year);
	}

	@GetMapping("/quality-standards")
	@Readers
	@Operation(summary = "The quality standards the network supports, with their levels")
	List<QualityStandardView> standards() {
		return quality.standards();
	}

	record StageBody(String standard, String level, QualityStage stage, LocalDate on, String evidenceLink, String note) {
	}

	@PostMapping("/organizations/{id}/quality-stages")
	@ResponseStatus(HttpStatus.CREATED)
	@Keepers
	@Operation(summary = "Record a stage a member organization reached with a quality standard",
			description = "Fields: standard (its name, such as NOKAS, or id; required), level (one of the standard's levels), stage (INTRODUCTORY_TRAINING, INDIVIDUAL_CONSULTING, IMPACT_TRAINING, INTERNAL_AUDIT, EXTERNAL_AUDIT, CERTIFIED, STOPPED; required), on (required), evidenceLink, note. Recording a stage the organization already has corrects its day and evidence. A stage dated before an earlier stage of the same standard or after a later one, an unknown standard or level: 400 with the field's message; an unknown organization: 404.")
	QualityStepView record(@PathVariable long id, @RequestBody StageBody body) {
		Long standardId = null;
		if (body.standard() != null && !body.standard().isBlank()) {
			standardId = quality.standard(body.standard())
				.map(QualityStandardView::id)
				.orElseThrow(() -> InvalidInputException.of("standard", "qualityStep.error.unknownStandard",
						body.standard().strip()));
		}
		return quality.record(id, new StageData(standardId, body.level(), body.stage(), body.on(), body.evidenceLink(),
				body.note()));
	}

	@GetMapping("/organizations/{id}/quality-stages")
	@Readers
	@Operation(summary = "The stages a member organization reached, by standard and in time")
	List<QualityStepView> steps(@PathVariable long id) {
		return quality.steps(id);
	}

	@GetMapping("/quality")
	@Readers
	@Operation(summary = "Each organization's current stage of each standard",
			description = "Filters: standard (name or id), stage, year (the stage at the year's end; today when not given). An unknown standard: 400.")
	List<CurrentStage> overview(@RequestParam(required = false) String standard,
			@RequestParam(required = false) QualityStage stage, @RequestParam(required = false) Integer year) {
		Long standardId = null;
		if (standard != null && !standard.isBlank()) {
			standardId = quality.standard(standard)
				.map(QualityStandardView::id)
				.orElseThrow(() -> InvalidInputException.of("standard", "qualityStep.error.unknownStandard", standard.strip()));
		}
		return quality.overview(standardId, stage, year);
	}
}
