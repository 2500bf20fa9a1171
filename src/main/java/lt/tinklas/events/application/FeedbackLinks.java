package lt.tinklas.events.application;

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
 * same rules hold as for feedback typed in by staff (held, attended, once).
 */
@Service
public class FeedbackLinks {

	private final FeedbackRequestRecords requests;
	private final Events events;
	private final People people;
	private final Outbox outbox;
	private final MessageSource messages;
	private final NetworkLookup networks;
	private final String baseUrl;

	FeedbackLinks(FeedbackRequestRecords requests, Events events, People people, Outbox outbox, MessageSource messages,
			NetworkLookup networks, @Value("${tinklas.base-url}") String baseUrl) {
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
			PersonView person = people.get(participant.personId());
			Locale locale = Locale.forLanguageTag(person.language());
			String base = baseUrl + "/n/" + networks.slugOf(Tenancy.require()) + "/public/";
			String link = base + "feedback/" + token;
			String certificate = event.type() == EventType.TRAINING
					? messages.getMessage("mail.feedback.certificate", new Object[] { base + "certificates/" + token + ".pdf" },
							locale)
					: "";
			outbox.enqueue(Tenancy.require(), locale, person.email(),
					messages.getMessage("mail.feedback.subject", new Object[] { event.title() }, locale),
					messages.getMessage("mail.feedback.body",
							new Object[] { person.firstName(), event.title(), link, certificate }, locale));
			sent++;
		}
		return sent;
	}

	/** The event a link is for. */
	@Transactional(readOnly = true)
	public Optional<EventView> eventOf(String token) {
		return requests.findByTokenHash(Tokens.hash(token)).map(request -> events.get(request.getEventId()));
	}

	/** The event and the person a link was mailed for. */
	@Transactional(readOnly = true)
	public Optional<long[]> eventAndPerson(String token) {
		return requests.findByTokenHash(Tokens.hash(token))
			.map(request -> new long[] { request.getEventId(), request.getPersonId() });
	}

	/** Records the answer given through the link (once; the rules of {@link Events#giveFeedback}). */
	@Transactional
	public void answer(String token, Integer rating, String comment) {
		FeedbackRequest request = requests.findByTokenHash(Tokens.hash(token))
			.orElseThrow(() -> new NotFoundException("Feedback link"));
		events.giveFeedback(request.getEventId(), request.getPersonId(), rating, comment);
	}
}
