package lt.tinklas.events.application;

import java.time.Instant;
import java.time.OffsetDateTime;
import java.util.HashMap;
import java.util.Map;

import lt.tinklas.shared.retention.PersonActivity;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;

/** A person is active when they register for an event, and again when the event takes place. */
@Component
class ParticipationActivity implements PersonActivity {

	private final JdbcClient jdbc;

	ParticipationActivity(JdbcClient jdbc) {
		this.jdbc = jdbc;
	}

	@Override
	public Map<Long, Instant> lastActivity(long networkId) {
		Map<Long, Instant> latest = new HashMap<>();
		jdbc.sql("""
				select p.person_id, max(greatest(p.registered_at, e.starts_at)) from participation p
				join event e on e.id = p.event_id
				where p.network_id = :network group by p.person_id""")
			.param("network", networkId)
			.query((rs, i) -> latest.put(rs.getLong(1), rs.getObject(2, OffsetDateTime.class).toInstant()))
			.list();
		return latest;
	}
}
