package lt.tinklas.organizations.api;

import java.net.URI;
import java.time.LocalDate;
import java.util.List;

import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.tags.Tag;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.validation.Valid;
import jakarta.validation.constraints.Size;
import lt.tinklas.organizations.ApplicationData;
import lt.tinklas.organizations.Applications;
import lt.tinklas.organizations.DecidedBy;
import lt.tinklas.organizations.application.ApplicationStatus;
import lt.tinklas.organizations.application.ApplicationView;
import lt.tinklas.shared.ratelimit.Door;
import lt.tinklas.shared.ratelimit.RateLimits;
import lt.tinklas.shared.security.KeepersAndBoard;
import lt.tinklas.shared.security.Readers;
import lt.tinklas.shared.web.InvalidInputException;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RestController;

@RestController
@RequestMapping("/api/v1/networks/{slug}/membership-applications")
@Tag(name = "Membership applications")
class ApplicationsApi {

	private final Applications applications;
	private final RateLimits limits;

	ApplicationsApi(Applications applications, RateLimits limits) {
		this.applications = applications;
		this.limits = limits;
	}

	@PostMapping
	@Operation(summary = "Apply for membership (public, no sign-in)",
			description = "Organization fields with contactName, contactEmail, statement, optional appliedOn (today by default) and optional invitationCode (the code of the invitation letter or campaign it answers, as the letter gives it; a code that names no invitation of the network is refused with 400). Eligibility (NGO status on the day, founded more than a year before) is checked at once; an ineligible application is kept with its reasons. Answers {id, eligible, reasons}. More applications from one client address than the limit allows (20 an hour unless set otherwise) are answered 429 with Retry-After and a problem detail.")
	ResponseEntity<ApplicationAnswer> apply(@PathVariable String slug, @RequestBody ApplicationData body,
			HttpServletRequest request) {
		limits.checkAddress(Door.MEMBERSHIP_APPLICATION, request);
		List<InvalidInputException.FieldError> problems = applications.problems(body);
		if (!problems.isEmpty()) {
			throw new InvalidInputException(problems);
		}
		ApplicationView application = applications.apply(body);
		return ResponseEntity
			.created(URI.create("/api/v1/networks/" + slug + "/membership-applications/" + application.id()))
			.body(new ApplicationAnswer(application.id(), application.eligible(), application.reasons()));
	}

	@GetMapping
	@Readers
	@Operation(summary = "The applications, newest first")
	List<ApplicationView> list() {
		return applications.all();
	}

	@GetMapping("/{id}")
	@Readers
	@Operation(summary = "One application")
	ApplicationView get(@PathVariable long id) {
		return applications.get(id);
	}

	@PostMapping("/{id}/decision")
	@KeepersAndBoard
	@Operation(summary = "Decide an application: {decision: ACCEPTED|REJECTED, decidedOn, decidedBy: GENERAL_ASSEMBLY|BOARD, reference, reason}",
			description = "An application is decided once (409 for a second decision). The contact person gets a mail.")
	ApplicationView decide(@PathVariable long id, @Valid @RequestBody Decision body) {
		return applications.decide(id, body.decision(), body.decidedOn(), body.decidedBy(), body.reference(),
				body.reason());
	}

	record ApplicationAnswer(long id, boolean eligible, List<String> reasons) {
	}

	/** reference and reason within their columns (200 and 2000 characters). */
	record Decision(ApplicationStatus decision, LocalDate decidedOn, DecidedBy decidedBy, @Size(max = 200) String reference,
			@Size(max = 2000) String reason) {
	}
}
