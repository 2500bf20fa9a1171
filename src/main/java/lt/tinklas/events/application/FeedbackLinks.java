package lt.tinklas.events.application;

import java.time.Duration;
import java.time.Instant;
import java.util.Locale;
import java.util.Optional;

import lt.tinklas.events.EventStatus;
import lt.tinklas.events.EventType;
import lt.tinklas.events.EventView;
import lt.tinklas.events.Events;
import lt.tinklas.events.ParticipationStatus;
import lt.tinklas.events.application.ParticipantView;
import lt.tinklas.events.domain.FeedbackRequest;
import lt.tinklas.events.domain.FeedbackRequestRecords;
import lt.tinklas.messaging.Outbox;
import lt.tinklas.people.People;
import lt.tinklas.people.PersonView;
import lt.tinklas.shared.retention.RetentionLookup;
import lt.tinklas.shared.tenancy.NetworkLookup;
import lt.tinklas.shared.tenancy.Tenancy;
import lt.tinklas.shared.text.Tokens;
import lt.tinklas.shared.web.InvalidInputException;
import lt.tinklas.shared.web.NotFoundException;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.context.MessageSource;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * After an event is held, each attendee gets a mail with a link to a one-page feedback form; the
 * same rules hold as for feedback typed in by staff (held, attended, once). The link, and the
 * certificate link in the same mail, work for the network's period after they were mailed; after
 * it the attendee may ask for a new one, which goes to the address the network has for them.
 */
@Service
public class FeedbackLinks {

	private final FeedbackRequestRecords requests;
	private final Events events;
	private final People people;
	private final Outbox outbox;
	private final MessageSource messages;
	private final NetworkLookup networks;
	private final RetentionLookup retention;
	private final String baseUrl;

	FeedbackLinks(FeedbackRequestRecords requests, Events events, People people, Outbox outbox, MessageSource messages,
			NetworkLookup networks, RetentionLookup retention, @Value("${tinklas.base-url}") String baseUrl) {
		this.retention = retention;
		this.requests = requests;
		this.events = events;
		this.people = people;
		this.outbox = outbox;
		this.messages = messages;
		this.networks = networks;
		this.baseUrl = baseUrl;
	}

	/** Mails a link to every attendee who has not had one; returns how many were sent. */
	@Transactional
	public int send(long eventId) {
		EventView event = events.get(eventId);
		if (event.status() != EventStatus.HELD) {
			throw InvalidInputException.of("eventId", "event.error.notHeld");
		}
		int sent = 0;
		for (ParticipantView participant : events.participants(eventId)) {
			if (participant.status() != ParticipationStatus.ATTENDED
					|| requests.existsByEventIdAndPersonId(eventId, participant.personId())) {
				continue;
			}
			String token = Tokens.random();
			requests.save(new FeedbackRequest(eventId, participant.personId(), Tokens.hash(token)));
			mail(event, participant.personId(), token);
			sent++;
		}
		return sent;
	}

	private void mail(EventView event, long personId, String token) {
		PersonView person = people.get(personId);
		Locale locale = Locale.forLanguageTag(person.language());
		String base = baseUrl + "/n/" + networks.slugOf(Tenancy.require()) + "/public/";
		String link = base + "feedback/" + token;
		String certificate = event.type() == EventType.TRAINING
				? messages.getMessage("mail.feedback.certificate", new Object[] { base + "certificates/" + token + ".pdf" },
						locale)
				: "";
		outbox.enqueueWithSecret(Tenancy.require(), locale, person.email(),
				messages.getMessage("mail.feedback.subject", new Object[] { event.title() }, locale),
				messages.getMessage("mail.feedback.body",
						new Object[] { person.firstName(), event.title(), link, certificate }, locale),
				null, token);
	}

	/** A link that still works: known, and mailed within the network's period. */
	private Optional<FeedbackRequest> working(String token) {
		return requests.findByTokenHash(Tokens.hash(token)).filter(request -> !expired(request));
	}

	private boolean expired(FeedbackRequest request) {
		Duration period = Duration.ofDays(retention.of(Tenancy.require()).feedbackLinkDays());
		return request.getSentAt().plus(period).isBefore(Instant.now());
	}

	/**
	 * The language of the person a link was mailed to, when the link is ours but its period is over;
	 * empty for a working or an unknown link.
	 */
	@Transactional(readOnly = true)
	public Optional<Locale> expiredFor(String token) {
		return requests.findByTokenHash(Tokens.hash(token))
			.filter(this::expired)
			.map(request -> Locale.forLanguageTag(people.get(request.getPersonId()).language()));
	}

	/**
	 * Mails a new link in place of an expired one, to the address the network has for the person;
	 * nothing for a working or an unknown link, and the caller says the same either way.
	 */
	@Transactional
	public void renew(String token) {
		requests.findByTokenHash(Tokens.hash(token)).filter(this::expired).ifPresent(request -> {
			String fresh = Tokens.random();
			request.renew(Tokens.hash(fresh), Instant.now());
			mail(events.get(request.getEventId()), request.getPersonId(), fresh);
		});
	}

	/** The event a link is for. */
	@Transactional(readOnly = true)
	public Optional<EventView> eventOf(String token) {
		return working(token).map(request -> events.get(request.getEventId()));
	}

	/** The event and the person a link was mailed for. */
	@Transactional(readOnly = true)
	public Optional<long[]> eventAndPerson(String token) {
		return working(token).map(request -> new long[] { request.getEventId(), request.getPersonId() });
	}

	/** Records the answer given through the link (once; the rules of {@link Events#giveFeedback}). */
	@Transactional
	public void answer(String token, Integer rating, String comment) {
		FeedbackRequest request = requests.findForUseByTokenHash(Tokens.hash(token))
			.filter(found -> !expired(found))
			.orElseThrow(() -> new NotFoundException("Feedback link"));
		events.giveFeedback(request.getEventId(), request.getPersonId(), rating, comment);
	}
}
