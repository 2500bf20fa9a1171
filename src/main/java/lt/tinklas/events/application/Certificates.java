package lt.tinklas.events.application;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.time.OffsetDateTime;
import java.util.List;
import java.util.Locale;
import java.util.zip.ZipEntry;
import java.util.zip.ZipOutputStream;

import lt.tinklas.events.Attendance;
import lt.tinklas.events.EventStatus;
import lt.tinklas.events.EventType;
import lt.tinklas.events.EventView;
import lt.tinklas.events.Events;
import lt.tinklas.events.ParticipationStatus;
import lt.tinklas.events.application.ParticipantView;
import lt.tinklas.people.People;
import lt.tinklas.people.PersonView;
import lt.tinklas.shared.history.AccessKind;
import lt.tinklas.shared.history.AccessLog;
import lt.tinklas.shared.pdf.PdfDocuments;
import lt.tinklas.shared.tenancy.NetworkLook;
import lt.tinklas.shared.tenancy.NetworkLookup;
import lt.tinklas.shared.tenancy.Tenancy;
import lt.tinklas.shared.web.Formats;
import lt.tinklas.shared.web.NotFoundException;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;
import org.thymeleaf.ITemplateEngine;
import org.thymeleaf.context.Context;

/**
 * Attendance certificates of trainings: one PDF per attendee (the person, the training, its date
 * and hours, a number unique in the network), or all of an event's in one ZIP. A certificate exists
 * only for recorded attendance of a training that has started. It carries the network's logo, name
 * and colour, and a signature line with the signer the network's settings name.
 */
@Service
public class Certificates {

	private final Events events;
	private final People people;
	private final NetworkLookup networks;
	private final ITemplateEngine templates;
	private final AccessLog accessLog;

	Certificates(Events events, People people, NetworkLookup networks, ITemplateEngine templates,
			AccessLog accessLog) {
		this.events = events;
		this.people = people;
		this.networks = networks;
		this.templates = templates;
		this.accessLog = accessLog;
	}

	/**
	 * The certificate number: network, year, event and person, so it is unique in the network and
	 * the same every time it is printed.
	 */
	public static String number(String slug, EventView event, long personId) {
		return slug.toUpperCase(Locale.ROOT) + "-" + event.startsAt().atZoneSameInstant(Formats.VILNIUS).getYear() + "-"
				+ event.id() + "-" + personId;
	}

	@Transactional(readOnly = true)
	public byte[] pdf(long eventId, long personId, Locale locale) {
		EventView event = events.get(eventId);
		boolean attended = events.participants(eventId)
			.stream()
			.anyMatch(p -> p.personId() == personId && p.status() == ParticipationStatus.ATTENDED);
		if (!isIssued(event) || !attended) {
			throw new NotFoundException("Certificate");
		}
		return render(event, people.get(personId), locale);
	}

	/** Every attendee's certificate of the training, in one ZIP; recorded in the access log with their number. */
	@Transactional(readOnly = true)
	public byte[] zip(long eventId, Locale locale) {
		EventView event = events.get(eventId);
		if (!isIssued(event)) {
			throw new NotFoundException("Certificates");
		}
		List<ParticipantView> attendees = events.participants(eventId)
			.stream()
			.filter(p -> p.status() == ParticipationStatus.ATTENDED)
			.toList();
		ByteArrayOutputStream out = new ByteArrayOutputStream();
		try (ZipOutputStream zip = new ZipOutputStream(out)) {
			for (ParticipantView attendee : attendees) {
				PersonView person = people.get(attendee.personId());
				zip.putNextEntry(new ZipEntry(number(slug(), event, person.id()) + ".pdf"));
				zip.write(render(event, person, locale));
				zip.closeEntry();
			}
		}
		catch (IOException e) {
			throw new IllegalStateException(e);
		}
		accessLog.record(AccessKind.CERTIFICATES, "accessLog.subject.event", event.title(), List.of(), attendees.size());
		return out.toByteArray();
	}

	/** Certificates exist for a training that has started and is not cancelled. */
	private static boolean isIssued(EventView event) {
		return event.type() == EventType.TRAINING && event.status() != EventStatus.CANCELLED
				&& !event.startsAt().isAfter(OffsetDateTime.now());
	}

	private byte[] render(EventView event, PersonView person, Locale locale) {
		Context context = new Context(locale);
		context.setVariable("event", event);
		context.setVariable("person", person);
		NetworkLook look = networks.look(Tenancy.require());
		context.setVariable("network", look.name(locale));
		context.setVariable("logo", look.logoDataUri());
		context.setVariable("colour", look.shownColour());
		context.setVariable("signerName", look.signerName());
		context.setVariable("signerPosition", look.signerPosition(locale.getLanguage()));
		context.setVariable("number", number(slug(), event, person.id()));
		context.setVariable("day", new Formats().longDate(event.startsAt().atZoneSameInstant(Formats.VILNIUS).toLocalDate(), locale));
		return PdfDocuments.fromXhtml(templates.process("events/certificate", context));
	}

	private String slug() {
		return networks.slugOf(Tenancy.require());
	}
}
