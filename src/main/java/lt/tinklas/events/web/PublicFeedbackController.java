package lt.tinklas.events.web;

import java.net.URI;
import java.util.Locale;
import java.util.Optional;

import jakarta.servlet.http.HttpServletRequest;
import lt.tinklas.events.application.Certificates;
import lt.tinklas.events.application.EventInvitations;
import lt.tinklas.events.application.FeedbackLinks;
import lt.tinklas.shared.ratelimit.Door;
import lt.tinklas.shared.ratelimit.RateLimits;
import lt.tinklas.shared.web.InvalidInputException;
import lt.tinklas.shared.web.NotFoundException;
import org.springframework.http.HttpStatus;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;

/**
 * The one-page feedback form an attendee opens from the mail, without signing in. A link past the
 * network's period opens a page, in the attendee's language, that offers a new link by mail; the
 * certificate link of the same mail leads there too.
 */
@Controller
class PublicFeedbackController {

	private final FeedbackLinks links;
	private final Certificates certificates;

	private final EventInvitations invitations;
	private final RateLimits limits;

	PublicFeedbackController(FeedbackLinks links, Certificates certificates,
			EventInvitations invitations, RateLimits limits) {
		this.limits = limits;
		this.invitations = invitations;
		this.links = links;
		this.certificates = certificates;
	}

	@GetMapping("/n/{slug}/public/invitations/{token}")
	String stopPage(@PathVariable String token, Model model) {
		model.addAttribute("token", token);
		return "events/public-stop";
	}

	@PostMapping("/n/{slug}/public/invitations/{token}")
	String stop(@PathVariable String token, Model model, HttpServletRequest request) {
		limits.checkAddress(Door.PUBLIC_LINK, request);
		model.addAttribute("stopped", invitations.stop(token));
		return "events/public-stop";
	}

	/** The attendee's certificate, through the link in their mail. */
	@GetMapping("/n/{slug}/public/certificates/{token}.pdf")
	ResponseEntity<byte[]> certificate(@PathVariable String slug, @PathVariable String token,
			Locale locale, HttpServletRequest request) {
		limits.checkAddress(Door.PUBLIC_LINK, request);
		if (links.expiredFor(token).isPresent()) {
			return ResponseEntity.status(HttpStatus.SEE_OTHER)
				.location(URI.create("/n/" + slug + "/public/feedback/" + token))
				.build();
		}
		long[] ids = links.eventAndPerson(token)
			.orElseThrow(() -> new NotFoundException("Certificate"));
		return EventsController.download(certificates.pdf(ids[0], ids[1], locale), "pazymejimas.pdf",
				MediaType.APPLICATION_PDF);
	}

	@GetMapping("/n/{slug}/public/feedback/{token}")
	String page(@PathVariable String slug, @PathVariable String token,
			@RequestParam(required = false) String lang, Model model) {
		Optional<Locale> expired = links.expiredFor(token);
		if (expired.isEmpty()) {
			return form(token, model);
		}
		// the attendee's own language, unless they chose another on the page
		if (lang == null) {
			return "redirect:/n/" + slug + "/public/feedback/" + token + "?lang=" + expired.get().getLanguage();
		}
		model.addAttribute("renewPath", "/n/" + slug + "/public/feedback/" + token + "/renew");
		return "events/public-link-expired";
	}

	@PostMapping("/n/{slug}/public/feedback/{token}/renew")
	String renew(@PathVariable String token, Model model, HttpServletRequest request) {
		limits.checkAddress(Door.PUBLIC_LINK, request);
		links.renew(token);
		model.addAttribute("renewed", true);
		return "events/public-link-expired";
	}

	private String form(String token, Model model) {
		model.addAttribute("event", links.eventOf(token).orElse(null));
		return "events/public-feedback";
	}

	@PostMapping("/n/{slug}/public/feedback/{token}")
	String answer(@PathVariable String token, @RequestParam(required = false) String rating,
			@RequestParam(required = false) String comment, Model model, HttpServletRequest request) {
		limits.checkAddress(Door.PUBLIC_LINK, request);
		if (links.eventOf(token).isEmpty()) {
			return form(token, model);
		}
		try {
			links.answer(token, EventsController.parseRating(rating), comment);
			model.addAttribute("thanks", true);
		}
		catch (InvalidInputException e) {
			model.addAttribute("errors", e.errors());
			model.addAttribute("typedRating", rating);
			model.addAttribute("typedComment", comment);
		}
		return form(token, model);
	}
}
