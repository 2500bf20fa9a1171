package lt.tinklas.projects.application;

import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.Map;
import java.util.Set;

import lt.tinklas.events.EventSelection;
import lt.tinklas.metrics.MetricChoices;
import org.springframework.context.MessageSourceResolvable;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;

/** The event metrics' parameter {@code project}: counts within a project's events only. */
@Component
class ProjectEventSelection implements EventSelection {

	private final JdbcClient jdbc;

	ProjectEventSelection(JdbcClient jdbc) {
		this.jdbc = jdbc;
	}

	@Override
	public String parameter() {
		return "project";
	}

	@Override
	public Map<String, MessageSourceResolvable> choices(long networkId) {
		Map<Long, String> names = new LinkedHashMap<>();
		jdbc.sql("select id, name from project where network_id = ? order by starts_on desc, name")
			.params(networkId)
			.query((rs, i) -> names.put(rs.getLong(1), rs.getString(2)))
			.list();
		return MetricChoices.named(names);
	}

	@Override
	public Set<Long> eventIds(long networkId, String value) {
		long projectId = Long.parseLong(value.strip());
		boolean exists = jdbc.sql("select count(*) from project where network_id = ? and id = ?")
			.params(networkId, projectId)
			.query(Long.class)
			.single() > 0;
		if (!exists) {
			throw new IllegalArgumentException("No project " + projectId);
		}
		return new LinkedHashSet<>(jdbc.sql("""
				select pe.event_id from project_event pe join project p on p.id = pe.project_id
				where p.network_id = ? and p.id = ?""").params(networkId, projectId).query(Long.class).list());
	}
}
