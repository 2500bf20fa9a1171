package lt.tinklas.events.application;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;

import lt.tinklas.events.EventStatus;
import lt.tinklas.events.EventView;
import lt.tinklas.events.Events;
import lt.tinklas.events.GroupAudience;
import lt.tinklas.events.domain.Invitation;
import lt.tinklas.events.domain.InvitationRecords;
import lt.tinklas.messaging.Outbox;
import lt.tinklas.organizations.MembershipStatus;
import lt.tinklas.organizations.OrganizationFilter;
import lt.tinklas.organizations.OrganizationView;
import lt.tinklas.organizations.Organizations;
import lt.tinklas.people.Consents;
import lt.tinklas.people.People;
import lt.tinklas.people.PersonView;
import lt.tinklas.shared.tenancy.NetworkLookup;
import lt.tinklas.shared.tenancy.Tenancy;
import lt.tinklas.shared.text.Tokens;
import lt.tinklas.shared.web.Formats;
import lt.tinklas.shared.web.InvalidInputException;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.context.MessageSource;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * Invitations to an event for a segment: the contacts of member organizations (all, or those of a
 * county), the members of a working group, or a hand-picked list of e-mails. Each person is invited once per event, in their own
 * language, through the outbox; a reminder goes the day before. Only people with a current consent
 * to event invitations get them (everyone, when the network holds them a legitimate interest);
 * whoever stopped invitations gets none.
 */
@Service
public class EventInvitations {

	/** Who is invited. */
	public enum Segment {
		MEMBERS, COUNTY, WORKING_GROUP, LIST
	}

	private final InvitationRecords invitations;
	private final Events events;
	private final People people;
	private final Organizations organizations;
	private final Outbox outbox;
	private final MessageSource messages;
	private final NetworkLookup networks;
	private final String baseUrl;
	private final List<GroupAudience> groups;
	private final Consents consents;

	EventInvitations(InvitationRecords invitations, Events events, People people, Organizations organizations,
			Outbox outbox, MessageSource messages, NetworkLookup networks, @Value("${tinklas.base-url}") String baseUrl,
			List<GroupAudience> groups, Consents consents) {
		this.consents = consents;
		this.groups = groups;
		this.invitations = invitations;
		this.events = events;
		this.people = people;
		this.organizations = organizations;
		this.outbox = outbox;
		this.messages = messages;
		this.networks = networks;
		this.baseUrl = baseUrl;
	}

	/** Why someone of the segment gets no invitation. */
	public enum Reason {
		NO_CONSENT, WITHDRAWN, OPTED_OUT, ERASED, ALREADY_INVITED
	}

	/** One person of the segment who gets no invitation; an erased person has no name or e-mail. */
	public record LeftOut(long personId, String name, String email, Reason reason) {
	}

	/** Who of the segment would be invited, and who would be left out and why. */
	public record Plan(List<PersonView> invited, List<LeftOut> leftOut) {
	}

	/** What was sent: how many were invited, how many skipped, and who was left out and why. */
	public record Sent(int invited, int skipped, List<LeftOut> leftOut) {
	}

	/**
	 * Who of the segment an invitation would reach: only people with a current consent to event
	 * invitations (everyone, when the network holds them a legitimate interest) who did not stop
	 * invitations, are not erased and were not invited to the event before. Nothing is sent.
	 */
	@Transactional(readOnly = true)
	public Plan plan(long eventId, Segment segment, String county, Long groupId, String emails) {
		EventView event = events.get(eventId);
		if (event.status() == EventStatus.CANCELLED) {
			throw InvalidInputException.of("segment", "event.error.cancelled");
		}
		Set<PersonView> recipients = recipients(segment, county, groupId, emails);
		Map<Long, Consents.Gap> gaps = consents
			.leftOutOfInvitations(recipients.stream().filter(p -> !p.erased()).map(PersonView::id).toList());
		List<PersonView> invited = new ArrayList<>();
		List<LeftOut> leftOut = new ArrayList<>();
		for (PersonView person : recipients) {
			Reason reason = null;
			if (person.erased()) {
				reason = Reason.ERASED;
			}
			else if (invitations.existsByPersonIdAndOptedOutTrue(person.id())) {
				reason = Reason.OPTED_OUT;
			}
			else if (gaps.containsKey(person.id())) {
				reason = gaps.get(person.id()) == Consents.Gap.WITHDRAWN ? Reason.WITHDRAWN : Reason.NO_CONSENT;
			}
			else if (invitations.existsByEventIdAndPersonId(eventId, person.id())) {
				reason = Reason.ALREADY_INVITED;
			}
			if (reason == null) {
				invited.add(person);
			}
			else {
				leftOut.add(new LeftOut(person.id(), person.erased() ? "" : person.fullName(),
						person.erased() ? null : person.email(), reason));
			}
		}
		return new Plan(invited, leftOut);
	}

	/** Sends the invitations {@link #plan} finds, and answers who was left out and why. */
	@Transactional
	public Sent invite(long eventId, Segment segment, String county, Long groupId, String emails) {
		Plan plan = plan(eventId, segment, county, groupId, emails);
		EventView event = events.get(eventId);
		for (PersonView person : plan.invited()) {
			String token = Tokens.random();
			invitations.save(new Invitation(eventId, person.id(), Tokens.hash(token)));
			mail(event, person, token, "mail.invitation.event.subject", "mail.invitation.event.body");
		}
		return new Sent(plan.invited().size(), plan.leftOut().size(), plan.leftOut());
	}

	private Set<PersonView> recipients(Segment segment, String county, Long groupId, String emails) {
		Set<PersonView> recipients = new LinkedHashSet<>();
		if (segment == null) {
			throw InvalidInputException.of("segment", "jakarta.validation.constraints.NotNull.message");
		}
		if (segment == Segment.LIST) {
			List<String> unknown = new ArrayList<>();
			for (String email : (emails == null ? "" : emails).split("[\\s,;]+")) {
				if (!email.isBlank()) {
					people.byEmail(email).ifPresentOrElse(recipients::add, () -> unknown.add(email));
				}
			}
			if (!unknown.isEmpty()) {
				throw InvalidInputException.of("emails", "invitation.error.unknown", String.join(", ", unknown));
			}
		}
		else if (segment == Segment.WORKING_GROUP) {
			if (groupId == null || groups.stream().noneMatch(g -> g.groupNames().containsKey(groupId))) {
				throw InvalidInputException.of("groupId", "invitation.error.group");
			}
			for (GroupAudience audience : groups) {
				if (audience.groupNames().containsKey(groupId)) {
					audience.memberIds(groupId).forEach(personId -> recipients.add(people.get(personId)));
				}
			}
		}
		else {
			if (segment == Segment.COUNTY && (county == null || county.isBlank())) {
				throw InvalidInputException.of("county", "jakarta.validation.constraints.NotNull.message");
			}
			List<OrganizationView> members = organizations.search(new OrganizationFilter("",
					segment == Segment.COUNTY ? county : null, null, null, MembershipStatus.MEMBER, null), 0,
					Integer.MAX_VALUE).items();
			for (OrganizationView member : members) {
				recipients.addAll(people.search("", member.id()));
			}
		}
		if (recipients.isEmpty()) {
			throw InvalidInputException.of("segment", "invitation.error.nobody");
		}
		return recipients;
	}

	/** The groups whose members can be invited, by id. */
	@Transactional(readOnly = true)
	public Map<Long, String> groups() {
		Map<Long, String> names = new LinkedHashMap<>();
		groups.forEach(g -> names.putAll(g.groupNames()));
		return names;
	}

	/** Reminds the invited of events that start tomorrow (Vilnius time), once. */
	@Transactional
	public int remind(LocalDate today) {
		int sent = 0;
		for (Invitation invitation : invitations.findByRemindedAtIsNullAndOptedOutFalse()) {
			EventView event = events.get(invitation.getEventId());
			LocalDate day = event.startsAt().atZoneSameInstant(Formats.VILNIUS).toLocalDate();
			if (!day.equals(today.plusDays(1)) || event.status() == EventStatus.CANCELLED
					|| invitations.existsByPersonIdAndOptedOutTrue(invitation.getPersonId())
					|| !consents.leftOutOfInvitations(List.of(invitation.getPersonId())).isEmpty()) {
				continue;
			}
			String token = Tokens.random();
			invitation.reminded(Tokens.hash(token));
			mail(event, people.get(invitation.getPersonId()), token, "mail.invitation.reminder.subject",
					"mail.invitation.reminder.body");
			sent++;
		}
		return sent;
	}

	/**
	 * Follows a stop link of an invitation or a reminder: the person gets no more invitations, and
	 * their consent to invitations is withdrawn as from a mail link; false for an unknown link, which
	 * changes nothing. A mail client's one-click unsubscribe posts here too.
	 */
	@Transactional
	public boolean stop(String token) {
		if (token == null || token.isBlank()) {
			return false;
		}
		String hash = Tokens.hash(token);
		return invitations.findByTokenHashOrReminderTokenHash(hash, hash).map(invitation -> {
			invitation.optOut();
			consents.withdrawInvitations(invitation.getPersonId());
			return true;
		}).orElse(false);
	}

	/** An invitation or a reminder, with the stop link in its text and in its List-Unsubscribe header. */
	private void mail(EventView event, PersonView person, String token, String subjectKey, String bodyKey) {
		Locale locale = Locale.forLanguageTag(person.language());
		String slug = networks.slugOf(Tenancy.require());
		String page = baseUrl + "/n/" + slug + (event.isPublic() ? "/public/events/" : "/events/") + event.id();
		String stopLink = baseUrl + "/n/" + slug + "/public/invitations/" + token;
		outbox.enqueueWithSecret(Tenancy.require(), locale, person.email(),
				messages.getMessage(subjectKey, new Object[] { event.title(person.language()) }, locale),
				messages.getMessage(bodyKey, new Object[] { person.firstName(), event.title(person.language()),
						new Formats().dateTime(event.startsAt()), page,
						messages.getMessage("mail.invitation.stop", new Object[] { stopLink }, locale) }, locale),
				stopLink, token);
	}
}
