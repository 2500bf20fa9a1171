package lt.tinklas.events.web;

import java.util.List;
import java.util.Locale;
import java.util.Map;

import jakarta.servlet.http.HttpServletRequest;
import lt.tinklas.events.application.ParticipantView;
import lt.tinklas.events.application.PublicRegistrations;
import lt.tinklas.shared.ratelimit.Door;
import lt.tinklas.shared.ratelimit.RateLimits;
import lt.tinklas.shared.replica.ReadsFromReplica;
import lt.tinklas.shared.web.InvalidInputException;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;

/** A public event's page, where anyone registers and then confirms by the link in the mail. */
@ReadsFromReplica
@Controller
class PublicEventsController {

	private final PublicRegistrations registrations;
	private final RateLimits limits;

	PublicEventsController(PublicRegistrations registrations, RateLimits limits) {
		this.registrations = registrations;
		this.limits = limits;
	}

	@GetMapping("/n/{slug}/public/events/{id}")
	String event(@PathVariable long id, Model model) {
		model.addAttribute("event", registrations.publicEvent(id));
		model.addAttribute("offeredConsents", registrations.offeredConsents());
		return "events/public-event";
	}

	@PostMapping("/n/{slug}/public/events/{id}")
	String register(@PathVariable long id, @RequestParam(defaultValue = "") String firstName,
			@RequestParam(defaultValue = "") String lastName, @RequestParam(defaultValue = "") String email,
			@RequestParam(defaultValue = "") String organization,
			@RequestParam(name = "consent", required = false) List<String> consent, Locale locale, Model model,
			HttpServletRequest request) {
		limits.checkAddress(Door.EVENT_REGISTRATION_ADDRESS, request);
		limits.checkEmail(Door.EVENT_REGISTRATION_EMAIL, email);
		List<Long> ticked = kindIds(consent);
		try {
			registrations.request(id, firstName, lastName, email, organization, ticked, locale);
			model.addAttribute("email", email.strip());
			model.addAttribute("event", registrations.publicEvent(id));
			return "events/public-check-mail";
		}
		catch (InvalidInputException e) {
			model.addAttribute("errors", e.errors());
			model.addAttribute("typed", Map.of("firstName", firstName, "lastName", lastName, "email", email,
					"organization", organization));
			model.addAttribute("tickedConsents", ticked);
			return event(id, model);
		}
	}

	@GetMapping("/n/{slug}/public/registrations/{token}")
	String confirmPage(@PathVariable String token, Model model) {
		model.addAttribute("event", registrations.pending(token).orElse(null));
		return "events/public-confirm";
	}

	@PostMapping("/n/{slug}/public/registrations/{token}")
	String confirm(@PathVariable String token, Model model, HttpServletRequest request) {
		limits.checkAddress(Door.PUBLIC_LINK, request);
		if (registrations.pending(token).isEmpty()) {
			model.addAttribute("event", null);
			return "events/public-confirm";
		}
		ParticipantView participant = registrations.confirm(token);
		model.addAttribute("participant", participant);
		return "events/public-confirmed";
	}

	/** The kinds of consent ticked; a value that is no id ticks nothing. */
	static List<Long> kindIds(List<String> values) {
		return values == null ? List.of()
				: values.stream().filter(v -> v != null && v.strip().matches("\\d{1,18}")).map(v -> Long.valueOf(v.strip())).toList();
	}
}
