package lt.tinklas.people.application;

import java.time.Instant;
import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Map;

import lt.tinklas.shared.retention.PersonActivity;
import lt.tinklas.shared.retention.Retention;
import lt.tinklas.shared.retention.RetentionLookup;
import lt.tinklas.shared.web.Formats;
import lt.tinklas.shared.web.InvalidInputException;
import lt.tinklas.shared.web.NotFoundException;
import org.springframework.beans.factory.ObjectProvider;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * People with no activity for the network's number of years, put before staff to erase or keep.
 * Activity is the person's record made or changed, a decision to keep them, and what every
 * {@link PersonActivity} module reports (an event registered for or attended). Networks that set no
 * number of years list nobody.
 */
@Service
public class InactivePeople {

	public static final int MAX_REASON = 1000;

	private final JdbcClient jdbc;
	private final RetentionLookup retention;
	private final ObjectProvider<PersonActivity> activities;

	InactivePeople(JdbcClient jdbc, RetentionLookup retention, ObjectProvider<PersonActivity> activities) {
		this.jdbc = jdbc;
		this.retention = retention;
		this.activities = activities;
	}

	/** The network's years without activity, or null when it lists nobody. */
	public Integer years(long networkId) {
		return retention.of(networkId).inactivePersonYears();
	}

	/** Those not erased whose latest activity is before {@code today} less the years; the longest inactive first. */
	@Transactional(readOnly = true)
	public List<InactivePerson> list(long networkId, LocalDate today) {
		Retention periods = retention.of(networkId);
		if (periods.inactivePersonYears() == null) {
			return List.of();
		}
		Instant before = today.minusYears(periods.inactivePersonYears()).atStartOfDay(Formats.VILNIUS).toInstant();
		List<Map<Long, Instant>> elsewhere = activities.orderedStream().map(a -> a.lastActivity(networkId)).toList();
		List<InactivePerson> inactive = new ArrayList<>();
		jdbc.sql("""
				select p.id, p.first_name, p.last_name, greatest(p.created_at,
				    (select to_timestamp(max(r.changed_at) / 1000.0) from person_aud a join revinfo r on r.id = a.rev
				     where a.id = p.id),
				    (select max(k.kept_at) from person_kept k where k.network_id = p.network_id and k.person_id = p.id))
				from person p where p.network_id = :network and p.erased_at is null""")
			.param("network", networkId)
			.query((rs, i) -> {
				long id = rs.getLong(1);
				Instant last = rs.getObject(4, OffsetDateTime.class).toInstant();
				for (Map<Long, Instant> activity : elsewhere) {
					Instant there = activity.get(id);
					if (there != null && there.isAfter(last)) {
						last = there;
					}
				}
				if (last.isBefore(before)) {
					inactive.add(new InactivePerson(id, rs.getString(2) + " " + rs.getString(3), last));
				}
				return id;
			})
			.list();
		inactive.sort(Comparator.comparing(InactivePerson::lastActive).thenComparing(InactivePerson::id));
		return inactive;
	}

	/**
	 * Keeps a listed person for the stated reason, recorded with who decided and when; refused
	 * without a reason, and not found for someone erased or of another network.
	 */
	@Transactional
	public void keep(long networkId, long personId, String reason, String by) {
		if (reason == null || reason.isBlank()) {
			throw InvalidInputException.of("reason", "inactive.error.reasonRequired");
		}
		if (reason.strip().length() > MAX_REASON) {
			throw InvalidInputException.of("reason", "inactive.error.reasonTooLong", MAX_REASON);
		}
		boolean present = jdbc.sql("select count(*) from person where id = :person and network_id = :network"
				+ " and erased_at is null")
			.param("person", personId)
			.param("network", networkId)
			.query(Long.class)
			.single() == 1;
		if (!present) {
			throw new NotFoundException("Person");
		}
		jdbc.sql("""
				insert into person_kept (network_id, person_id, kept_at, kept_by, reason)
				values (:network, :person, :at, :by, :reason)""")
			.param("network", networkId)
			.param("person", personId)
			.param("at", OffsetDateTime.now())
			.param("by", by)
			.param("reason", reason.strip())
			.update();
	}

	/** A person without activity since {@code lastActive}. */
	public record InactivePerson(long id, String name, Instant lastActive) {
	}
}
