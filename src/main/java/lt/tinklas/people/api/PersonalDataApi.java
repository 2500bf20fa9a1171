package lt.tinklas.people.api;

import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.media.Schema;
import io.swagger.v3.oas.annotations.responses.ApiResponse;
import io.swagger.v3.oas.annotations.tags.Tag;
import jakarta.servlet.http.HttpServletRequest;
import lt.tinklas.people.application.PersonalDataDocument;
import lt.tinklas.people.application.PersonalDataFiles;
import lt.tinklas.people.application.PersonalDataRequests;
import lt.tinklas.shared.security.Keepers;
import lt.tinklas.shared.web.NetworkContext;
import org.springframework.http.HttpStatus;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.ResponseStatus;
import org.springframework.web.bind.annotation.RestController;

@RestController
@RequestMapping("/api/v1/networks/{slug}/people/{id}")
@Tag(name = "People")
class PersonalDataApi {

	private final PersonalDataRequests requests;
	private final PersonalDataFiles files;

	PersonalDataApi(PersonalDataRequests requests, PersonalDataFiles files) {
		this.requests = requests;
		this.files = files;
	}

	@GetMapping("/export")
	@Keepers
	@Operation(summary = "Everything the network holds about a person (GDPR Articles 15 and 20)",
			description = "One JSON document in the person's language: the profile, affiliations over time, consents, event registrations and attendance, feedback, certificates, invitations, working groups, seats, meetings, consultations, volunteering hours, awards, projects, mails sent to them and the history of changes to their record. Recorded in the audit log as an access. An erased person is not found (404).")
	@ApiResponse(responseCode = "200", description = "The person's data")
	PersonalDataDocument export(@PathVariable long id, HttpServletRequest request) {
		return files.document(requests.export(id), NetworkContext.of(request).name());
	}

	/** An erasure request's reference: the number or date of the person's letter. */
	record ErasureBody(@Schema(description = "The reference of the person's request, at most "
			+ PersonalDataRequests.MAX_REFERENCE + " characters", requiredMode = Schema.RequiredMode.REQUIRED,
			example = "2026-12-06 el. laiškas") String reference) {
	}

	@PostMapping("/erasure")
	@ResponseStatus(HttpStatus.NO_CONTENT)
	@Keepers
	@Operation(summary = "Erase a person (GDPR Article 17)",
			description = "Removes the person's name, e-mail, phone and the free texts they wrote from every table of the network, audit rows and mail included; what counts for the network's figures stays as anonymous records, so every figure is the same before and after. A person who is also a user loses their role here, and their account when they have no other. Recorded in the audit log with the reference and without the erased values. 400 without a reference; 409 when the person was erased before.")
	@ApiResponse(responseCode = "204", description = "Erased")
	void erase(@PathVariable long id, @RequestBody ErasureBody body) {
		requests.erase(id, body == null ? null : body.reference());
	}
}
