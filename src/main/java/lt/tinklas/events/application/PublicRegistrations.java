package lt.tinklas.events.application;

import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;

import lt.tinklas.events.EventStatus;
import lt.tinklas.events.EventView;
import lt.tinklas.events.Events;
import lt.tinklas.events.ParticipationStatus;
import lt.tinklas.events.application.ParticipantView;
import lt.tinklas.events.domain.RegistrationRequest;
import lt.tinklas.events.domain.RegistrationRequestRecords;
import lt.tinklas.messaging.Outbox;
import lt.tinklas.people.People;
import lt.tinklas.people.PersonData;
import lt.tinklas.people.PersonView;
import lt.tinklas.shared.personal.FormConsents;
import lt.tinklas.shared.tenancy.NetworkLookup;
import lt.tinklas.shared.tenancy.Tenancy;
import lt.tinklas.shared.text.Tokens;
import lt.tinklas.shared.web.ConflictException;
import lt.tinklas.shared.web.Formats;
import lt.tinklas.shared.web.InvalidInputException;
import lt.tinklas.shared.web.NotFoundException;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.context.MessageSource;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * Registration by the public for public events: the form gives a name, an e-mail and an
 * organization; a mail with a link confirms it (valid for 7 days), and only then is the person on
 * the list (or the waiting list, when the event is full).
 */
@Service
public class PublicRegistrations {

	static final Duration VALID = Duration.ofDays(7);

	private final RegistrationRequestRecords requests;
	private final Events events;
	private final People people;
	private final Outbox outbox;
	private final MessageSource messages;
	private final NetworkLookup networks;
	private final String baseUrl;
	private final FormConsents consents;

	PublicRegistrations(RegistrationRequestRecords requests, Events events, People people, Outbox outbox,
			MessageSource messages, NetworkLookup networks, @Value("${tinklas.base-url}") String baseUrl,
			FormConsents consents) {
		this.consents = consents;
		this.requests = requests;
		this.events = events;
		this.people = people;
		this.outbox = outbox;
		this.messages = messages;
		this.networks = networks;
		this.baseUrl = baseUrl;
	}

	/** A public event, or 404 for one that is not public. */
	@Transactional(readOnly = true)
	public EventView publicEvent(long id) {
		EventView event = events.get(id);
		if (!event.isPublic()) {
			throw new NotFoundException("Event");
		}
		return event;
	}

	/** The consents the registration form asks for, each an unticked box. */
	@Transactional(readOnly = true)
	public List<FormConsents.Offered> offeredConsents() {
		return consents.offered();
	}

	/**
	 * Takes the form and mails the confirmation link; nobody is registered yet. The consents ticked
	 * are kept with the text the form showed, and recorded when the link is confirmed.
	 */
	@Transactional
	public void request(long eventId, String firstName, String lastName, String email, String organization,
			List<Long> consentKinds, Locale locale) {
		EventView event = publicEvent(eventId);
		List<InvalidInputException.FieldError> errors = new ArrayList<>();
		if (firstName == null || firstName.isBlank()) {
			errors.add(new InvalidInputException.FieldError("firstName", "jakarta.validation.constraints.NotBlank.message", new Object[0]));
		}
		if (lastName == null || lastName.isBlank()) {
			errors.add(new InvalidInputException.FieldError("lastName", "jakarta.validation.constraints.NotBlank.message", new Object[0]));
		}
		if (email == null || !email.strip().matches("^[^@\\s]+@[^@\\s]+\\.[^@\\s]+$")) {
			errors.add(new InvalidInputException.FieldError("email", "jakarta.validation.constraints.Email.message", new Object[0]));
		}
		if (event.status() != EventStatus.PLANNED || (event.registrationFrom() != null
				&& LocalDate.now(Formats.VILNIUS).isBefore(event.registrationFrom()))
				|| (event.registrationUntil() != null && LocalDate.now(Formats.VILNIUS).isAfter(event.registrationUntil()))) {
			errors.add(new InvalidInputException.FieldError("email", "event.error.registrationClosed", new Object[0]));
		}
		if (!errors.isEmpty()) {
			throw new InvalidInputException(errors);
		}
		String token = token();
		RegistrationRequest request = new RegistrationRequest(eventId, firstName.strip(), lastName.strip(),
				email.strip().toLowerCase(Locale.ROOT), organization == null || organization.isBlank() ? null
						: organization.strip(), hash(token));
		String language = "en".equals(locale.getLanguage()) ? "en" : "lt";
		Map<Long, String> shown = new LinkedHashMap<>();
		consents.offered()
			.stream()
			.filter(offered -> consentKinds.contains(offered.kindId()))
			.forEach(offered -> shown.put(offered.kindId(), offered.statement(language)));
		request.consented(shown, language);
		requests.save(request);
		String link = baseUrl + "/n/" + networks.slugOf(Tenancy.require()) + "/public/registrations/" + token;
		outbox.enqueueWithSecret(Tenancy.require(), locale, email.strip(),
				messages.getMessage("mail.registration.subject", new Object[] { event.title() }, locale),
				messages.getMessage("mail.registration.body", new Object[] { firstName.strip(), event.title(),
						new Formats().dateTime(event.startsAt()), link }, locale),
				null, token);
	}

	/** The event a pending link is for, or empty when the link is unknown, used or expired. */
	@Transactional(readOnly = true)
	public Optional<EventView> pending(String token) {
		return usable(token).map(request -> events.get(request.getEventId()));
	}

	/** Confirms the link: the person (found by e-mail, or added) is registered or put on the waiting list. */
	@Transactional
	public ParticipantView confirm(String token) {
		RegistrationRequest request = requests.findForUseByTokenHash(hash(token))
			.filter(PublicRegistrations::usable)
			.orElseThrow(() -> new NotFoundException("Registration"));
		request.confirm();
		PersonView person = people.byEmail(request.getEmail())
			.orElseGet(() -> people.create(new PersonData(request.getFirstName(), request.getLastName(),
					request.getEmail(), null, "lt", List.of(), List.of())));
		consents.give(request.getEmail(), request.getFirstName(), request.getLastName(), request.getLanguage(),
				request.getConsents());
		try {
			return events.register(request.getEventId(), person.id(), null, ParticipationStatus.REGISTERED);
		}
		catch (ConflictException alreadyThere) {
			return events.participants(request.getEventId())
				.stream()
				.filter(p -> p.personId() == person.id())
				.findFirst()
				.orElseThrow();
		}
	}

	private Optional<RegistrationRequest> usable(String token) {
		return requests.findByTokenHash(hash(token)).filter(PublicRegistrations::usable);
	}

	private static boolean usable(RegistrationRequest request) {
		return request.getConfirmedAt() == null && request.getCreatedAt().plus(VALID).isAfter(Instant.now());
	}

	private static String token() {
		return Tokens.random();
	}

	private static String hash(String token) {
		return Tokens.hash(token);
	}
}
