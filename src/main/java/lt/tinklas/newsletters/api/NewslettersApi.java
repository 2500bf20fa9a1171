package lt.tinklas.newsletters.api;

import java.time.OffsetDateTime;
import java.util.List;

import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.tags.Tag;
import lt.tinklas.newsletters.application.Audiences;
import lt.tinklas.newsletters.application.Mailings;
import lt.tinklas.newsletters.application.Segments;
import lt.tinklas.shared.security.Keepers;
import org.springframework.http.HttpStatus;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.ResponseStatus;
import org.springframework.web.bind.annotation.RestController;

/** Mailings and the segments they go to; for the network's keepers (admins and staff) only. */
@RestController
@RequestMapping("/api/v1/networks/{slug}")
@Tag(name = "Newsletters")
@Keepers
class NewslettersApi {

	private final Mailings mailings;
	private final Segments segments;

	NewslettersApi(Mailings mailings, Segments segments) {
		this.mailings = mailings;
		this.segments = segments;
	}

	record MailingSendBody(OffsetDateTime at) {
	}

	@GetMapping("/mailings")
	@Operation(summary = "The network's mailings, the newest first, each with its counts",
			description = "counts: recipients, waiting, sent, failed, skipped, bounced, unsubscribed. status: DRAFT, SCHEDULED, SENDING or SENT.")
	List<Mailings.MailingView> mailings() {
		return mailings.list();
	}

	@PostMapping("/mailings")
	@ResponseStatus(HttpStatus.CREATED)
	@Operation(summary = "Write a mailing (a draft)",
			description = "Fields: subject and body (Markdown, required), subjectEn and bodyEn (both or neither), segmentId, publicArchive. "
					+ "Merge fields {{vardas}}, {{pavarde}}, {{vardas_pavarde}}, {{organizacija}} (or {{first_name}}, {{last_name}}, {{name}}, {{organization}}). "
					+ "A missing subject or body, an unknown merge field, a picture without alt text, an unknown segment: 400 with the field's message.")
	Mailings.MailingView create(@RequestBody Mailings.MailingData body) {
		return mailings.create(body);
	}

	@GetMapping("/mailings/{id}")
	@Operation(summary = "One mailing with its counts", description = "404 for a mailing not in the network.")
	Mailings.MailingView mailing(@PathVariable long id) {
		return mailings.get(id);
	}

	@PostMapping("/mailings/{id}/send")
	@Operation(summary = "Order a mailing sent, now or at a time",
			description = "Field: at (ISO date-time with offset, e.g. 2026-12-10T09:00:00+02:00; now when absent). "
					+ "The recipients are fixed now, each person once; the mails go out at the network's rate. "
					+ "A time past, no segment or a segment that reaches nobody: 400; a mailing already ordered sent: 409.")
	Mailings.MailingView send(@PathVariable long id, @RequestBody(required = false) MailingSendBody body) {
		return mailings.send(id, body == null || body.at() == null ? null : body.at().toInstant());
	}

	@GetMapping("/mailings/{id}/recipients")
	@Operation(summary = "Who a mailing went to and what became of each mail",
			description = "state: PENDING, QUEUED, SENT, FAILED or SKIPPED (skippedWhy: NO_CONSENT, CONSENT_WITHDRAWN, UNSUBSCRIBED, BOUNCED, ERASED).")
	List<Mailings.RecipientView> recipients(@PathVariable long id) {
		return mailings.recipients(id);
	}

	@GetMapping("/segments")
	@Operation(summary = "The network's segments with their parts")
	List<Segments.SegmentView> segments() {
		return segments.list();
	}

	@PostMapping("/segments")
	@ResponseStatus(HttpStatus.CREATED)
	@Operation(summary = "Save a segment",
			description = "Fields: name (required, unique), matchAll (people must be in every included part; else in any), parts (at least one not excluded). "
					+ "An unknown working group or consent kind, an address that is not one, a period that ends before it starts: 400 with the part's field.")
	Segments.SegmentView createSegment(@RequestBody Segments.SegmentData body) {
		return segments.create(body);
	}

	@PostMapping("/segments/{id}/preview")
	@Operation(summary = "Who a segment reaches today, and who it leaves out and why",
			description = "Nothing is sent. leftOut[].why: NO_CONSENT, CONSENT_WITHDRAWN, UNSUBSCRIBED, BOUNCED, ERASED, NOT_IN_REGISTER.")
	Audiences.Audience preview(@PathVariable long id) {
		return segments.preview(id);
	}
}
