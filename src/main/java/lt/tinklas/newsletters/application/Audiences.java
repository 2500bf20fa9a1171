package lt.tinklas.newsletters.application;

import java.text.Collator;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.Collection;
import java.util.Comparator;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;

import lt.tinklas.events.GroupAudience;
import lt.tinklas.identity.Role;
import lt.tinklas.identity.Users;
import lt.tinklas.newsletters.domain.StopReason;
import lt.tinklas.newsletters.domain.MailStop;
import lt.tinklas.newsletters.domain.MailStopRecords;
import lt.tinklas.organizations.OrganizationFilter;
import lt.tinklas.organizations.OrganizationView;
import lt.tinklas.organizations.Organizations;
import lt.tinklas.people.People;
import lt.tinklas.shared.persistence.InLists;
import lt.tinklas.shared.tenancy.Tenancy;
import lt.tinklas.shared.text.SearchText;
import lt.tinklas.shared.web.Formats;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Transactional;

/**
 * Who a segment selects today, and who of them a mailing reaches: each person once, however many
 * parts name them; left out, with the reason, are the erased, those whose address unsubscribed or
 * bounced, and those without a current consent to newsletters (nobody, when the network holds
 * newsletters a legitimate interest; everybody, when it has no such kind). A board account or a
 * listed address that is none of the network's people is left out too: mail goes only to people
 * whose consent the network keeps. The records are read with one query per part and per thousand
 * people, whatever the segment's size.
 */
@Component
public class Audiences {

	private final JdbcClient jdbc;
	private final Organizations organizations;
	private final GroupAudience groups;
	private final Users users;
	private final People people;
	private final MailStopRecords stops;

	Audiences(JdbcClient jdbc, Organizations organizations, GroupAudience groups, Users users, People people,
			MailStopRecords stops) {
		this.jdbc = jdbc;
		this.organizations = organizations;
		this.groups = groups;
		this.users = users;
		this.people = people;
		this.stops = stops;
	}

	/** A person a mailing goes to, with the organization they were selected through, if any. */
	public record Receiver(long personId, String firstName, String lastName, String email, String language,
			String organization) {

		public String name() {
			return firstName + " " + lastName;
		}
	}

	/** Someone the segment selects who gets no mailing, and why. */
	public record LeftOut(Long personId, String name, String email, Exclusion why) {
	}

	public record Audience(List<Receiver> receivers, List<LeftOut> leftOut) {
	}

	@Transactional(readOnly = true)
	public Audience of(boolean matchAll, List<SegmentPart> parts) {
		Map<Long, Long> selected = null;
		Set<String> strangers = new LinkedHashSet<>();
		for (SegmentPart part : parts.stream().filter(p -> !p.exclude()).toList()) {
			Map<Long, Long> found = select(part, strangers);
			if (selected == null) {
				selected = new LinkedHashMap<>(found);
			}
			else if (matchAll) {
				selected.keySet().retainAll(found.keySet());
			}
			else {
				found.forEach(selected::putIfAbsent);
			}
		}
		if (selected == null) {
			return new Audience(List.of(), List.of());
		}
		for (SegmentPart part : parts.stream().filter(SegmentPart::exclude).toList()) {
			selected.keySet().removeAll(select(part, new HashSet<>()).keySet());
		}
		return audience(selected, strangers);
	}

	/** Who of these people would be left out now, and why (checked again just before their mail is written). */
	@Transactional(readOnly = true)
	public Map<Long, Exclusion> leftOutNow(Collection<Long> personIds) {
		Map<Long, Long> selected = new LinkedHashMap<>();
		personIds.forEach(id -> selected.put(id, null));
		Map<Long, Exclusion> leftOut = new HashMap<>();
		audience(selected, Set.of()).leftOut().forEach(l -> leftOut.put(l.personId(), l.why()));
		return leftOut;
	}

	private Audience audience(Map<Long, Long> selected, Set<String> strangers) {
		long network = Tenancy.current().orElseThrow();
		Map<Long, Row> rows = new HashMap<>();
		for (List<Long> ids : InLists.of(List.copyOf(selected.keySet()))) {
			jdbc.sql("""
					select id, first_name, last_name, email, language, erased_at is not null from person
					where network_id = :network and id in (:ids)""")
				.param("network", network)
				.param("ids", ids)
				.query((rs, i) -> new Row(rs.getLong(1), rs.getString(2), rs.getString(3), rs.getString(4),
						rs.getString(5), rs.getBoolean(6)))
				.list()
				.forEach(row -> rows.put(row.id(), row));
		}
		Map<String, StopReason> stopped = new HashMap<>();
		List<String> emails = rows.values().stream().filter(r -> r.email() != null).map(Row::email).toList();
		for (List<String> part : InLists.of(emails)) {
			for (MailStop stop : stops.findByEmailIn(part)) {
				stopped.merge(stop.getEmail(), stop.getReason(), (a, b) -> a == StopReason.UNSUBSCRIBED ? a : b);
			}
		}
		Map<Long, Exclusion> consentGaps = consentGaps(network, rows.keySet());
		Map<Long, String> organizationNames = organizations
			.namesOf(selected.values().stream().filter(id -> id != null).distinct().toList());
		List<Receiver> receivers = new ArrayList<>();
		List<LeftOut> leftOut = new ArrayList<>();
		for (Row row : rows.values()) {
			Exclusion why = row.erased() || row.email() == null ? Exclusion.ERASED
					: stopped.get(row.email()) == StopReason.UNSUBSCRIBED ? Exclusion.UNSUBSCRIBED
					: stopped.get(row.email()) == StopReason.BOUNCED ? Exclusion.BOUNCED : consentGaps.get(row.id());
			if (why == null) {
				Long organization = selected.get(row.id());
				receivers.add(new Receiver(row.id(), row.firstName(), row.lastName(), row.email(),
						"en".equals(row.language()) ? "en" : "lt", organization == null ? null : organizationNames.get(organization)));
			}
			else {
				leftOut.add(new LeftOut(row.id(), why == Exclusion.ERASED ? "" : row.firstName() + " " + row.lastName(),
						why == Exclusion.ERASED ? null : row.email(), why));
			}
		}
		strangers.forEach(email -> leftOut.add(new LeftOut(null, "", email, Exclusion.NOT_IN_REGISTER)));
		Collator collator = SearchText.collator();
		receivers.sort(Comparator.comparing((Receiver r) -> r.lastName(), collator)
			.thenComparing(Receiver::firstName, collator)
			.thenComparing(Receiver::email));
		leftOut.sort(Comparator.comparing((LeftOut l) -> l.why()).thenComparing(l -> l.name(), collator));
		return new Audience(receivers, leftOut);
	}

	private record Row(long id, String firstName, String lastName, String email, String language, boolean erased) {
	}

	/** Who of these people has no current consent to newsletters, by the network's kind of that use. */
	private Map<Long, Exclusion> consentGaps(long network, Collection<Long> personIds) {
		List<Object[]> kind = jdbc.sql("""
				select id, legitimate_interest from consent_kind
				where network_id = :network and purpose = 'NEWSLETTERS' and active""")
			.param("network", network)
			.query((rs, i) -> new Object[] { rs.getLong(1), rs.getBoolean(2) })
			.list();
		Map<Long, Exclusion> gaps = new HashMap<>();
		if (!kind.isEmpty() && (Boolean) kind.get(0)[1]) {
			return gaps;
		}
		personIds.forEach(id -> gaps.put(id, Exclusion.NO_CONSENT));
		if (kind.isEmpty()) {
			return gaps;
		}
		LocalDate today = LocalDate.now(Formats.VILNIUS);
		for (List<Long> ids : InLists.of(List.copyOf(personIds))) {
			jdbc.sql("""
					select c.person_id, max(case when c.given_on <= :today and (c.withdrawn_on is null or c.withdrawn_on > :today)
						then 1 else 0 end) from person_consent c join person p on p.id = c.person_id
					where p.network_id = :network and c.kind_id = :kind and c.person_id in (:ids) group by c.person_id""")
				.param("network", network)
				.param("today", today)
				.param("kind", kind.get(0)[0])
				.param("ids", ids)
				.query((rs, i) -> new Object[] { rs.getLong(1), rs.getInt(2) })
				.list()
				.forEach(row -> {
					if ((Integer) row[1] == 1) {
						gaps.remove((Long) row[0]);
					}
					else {
						gaps.put((Long) row[0], Exclusion.CONSENT_WITHDRAWN);
					}
				});
		}
		return gaps;
	}

	/** The people of one part, each with the organization it selected them through (null when none). */
	private Map<Long, Long> select(SegmentPart part, Set<String> strangers) {
		long network = Tenancy.current().orElseThrow();
		LocalDate today = LocalDate.now(Formats.VILNIUS);
		Map<Long, Long> found = new LinkedHashMap<>();
		switch (part.type()) {
			case ORGANIZATION_CONTACTS -> {
				LocalDate day = part.on() == null ? today : part.on();
				List<Long> organizationIds = organizations
					.all(new OrganizationFilter(null, blank(part.county()), blank(part.municipality()), part.targetGroup(),
							part.membershipStatus(), day))
					.stream()
					.map(OrganizationView::id)
					.toList();
				if (part.qualityStage() != null) {
					Set<Long> atStage = new HashSet<>(jdbc.sql("""
							select distinct q.organization_id from quality_step q
							where q.network_id = :network and q.stage = :stage and q.reached_on <= :day
							  and not exists (select 1 from quality_step l where l.network_id = q.network_id
							    and l.organization_id = q.organization_id and l.standard_id = q.standard_id
							    and l.reached_on <= :day and (l.reached_on > q.reached_on or (l.reached_on = q.reached_on and l.id > q.id)))""")
						.param("network", network)
						.param("stage", part.qualityStage().name())
						.param("day", day)
						.query(Long.class)
						.list());
					organizationIds = organizationIds.stream().filter(atStage::contains).toList();
				}
				for (List<Long> ids : InLists.of(organizationIds)) {
					jdbc.sql("""
							select a.person_id, a.organization_id from person_affiliation a join person p on p.id = a.person_id
							where p.network_id = :network and a.organization_id in (:ids)
							  and (a.valid_from is null or a.valid_from <= :day) and (a.valid_until is null or a.valid_until >= :day)
							order by a.person_id""")
						.param("network", network)
						.param("ids", ids)
						.param("day", day)
						.query((rs, i) -> new long[] { rs.getLong(1), rs.getLong(2) })
						.list()
						.forEach(row -> found.putIfAbsent(row[0], row[1]));
				}
			}
			case WORKING_GROUP -> {
				Collection<Long> groupIds = part.workingGroupId() == null ? groups.groupNames().keySet()
						: List.of(part.workingGroupId());
				groupIds.forEach(group -> groups.memberIds(group).forEach(id -> found.putIfAbsent(id, null)));
			}
			case EVENT_ATTENDEES -> jdbc.sql("""
					select p.person_id, min(p.organization_id) from participation p join event e on e.id = p.event_id
					where e.network_id = :network and p.network_id = :network and p.status = 'ATTENDED'
					  and (cast(:type as varchar(40)) is null or e.type = :type) and e.starts_at >= :from and e.starts_at < :to
					group by p.person_id order by p.person_id""")
				.param("network", network)
				.param("type", part.eventType() == null ? null : part.eventType().name())
				.param("from", (part.from() == null ? LocalDate.of(1990, 1, 1) : part.from()).atStartOfDay(Formats.VILNIUS)
					.toOffsetDateTime().withOffsetSameInstant(ZoneOffset.UTC))
				.param("to", (part.to() == null ? today : part.to()).plusDays(1).atStartOfDay(Formats.VILNIUS)
					.toOffsetDateTime().withOffsetSameInstant(ZoneOffset.UTC))
				.query((rs, i) -> new Object[] { rs.getLong(1), rs.getObject(2) == null ? null : rs.getLong(2) })
				.list()
				.forEach(row -> found.putIfAbsent((Long) row[0], (Long) row[1]));
			case CONSENT -> jdbc.sql("""
					select distinct c.person_id from person_consent c join person p on p.id = c.person_id
					where p.network_id = :network and c.kind_id = :kind and c.given_on <= :today
					  and (c.withdrawn_on is null or c.withdrawn_on > :today) order by c.person_id""")
				.param("network", network)
				.param("kind", part.consentKindId())
				.param("today", today)
				.query(Long.class)
				.list()
				.forEach(id -> found.putIfAbsent(id, null));
			case BOARD -> byEmail(users.inCurrentNetwork()
				.stream()
				.filter(user -> user.role() == Role.BOARD && user.active())
				.map(Users.NetworkUser::email)
				.toList(), found, strangers);
			case LIST -> byEmail(part.emails(), found, strangers);
		}
		return found;
	}

	private void byEmail(List<String> emails, Map<Long, Long> found, Set<String> strangers) {
		Map<String, Long> ids = people.idsByEmail(emails);
		for (String email : emails) {
			Long id = ids.get(email);
			if (id == null) {
				strangers.add(email.strip().toLowerCase(Locale.ROOT));
			}
			else {
				found.putIfAbsent(id, null);
			}
		}
	}

	private static String blank(String text) {
		return text == null || text.isBlank() ? null : text;
	}
}
