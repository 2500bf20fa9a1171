package lt.tinklas.events.domain;

import java.math.BigDecimal;
import java.math.RoundingMode;
import java.time.OffsetDateTime;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Set;
import java.util.function.Supplier;

import lt.tinklas.events.Attendance;
import lt.tinklas.events.EventType;
import lt.tinklas.events.application.EventFigures;
import lt.tinklas.metrics.MetricQuery;
import lt.tinklas.metrics.MetricResult;
import lt.tinklas.shared.tenancy.DataVersions;
import lt.tinklas.shared.tenancy.VersionedCache;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;

/**
 * The one place where events are counted. Every query names the network first. An event belongs
 * to the period of its start (the period's bounds are Vilnius midnights); a cancelled event counts
 * nowhere; participations are ATTENDED records.
 */
@Component
public class EventCounting {

	private final JdbcClient jdbc;

	/** Counts kept per network data version: a year's statistics page asks for 14 sets of them. */
	private final VersionedCache<Object, Object> counted;

	EventCounting(JdbcClient jdbc, DataVersions versions) {
		this.jdbc = jdbc;
		this.counted = new VersionedCache<>(versions, 20_000);
	}

	/** What is counted of a filter's events: held, attended or rated. */
	private enum Count {
		HELD, ATTENDED, RATED
	}

	private record Counted(Count count, Filter filter) {
	}

	@SuppressWarnings("unchecked")
	private <T> T kept(Count count, Filter filter, Supplier<T> compute) {
		return (T) counted.get(filter.networkId(), new Counted(count, filter), compute::get);
	}

	public EventFigures figures(long networkId, OffsetDateTime from, OffsetDateTime to, EventType type, String tag) {
		return figures(new Filter(networkId, from, to, type, tag, null));
	}

	/** The figures of a metric's query, within the events the selection names (null: all). */
	public EventFigures figures(MetricQuery query, Set<Long> within) {
		return figures(Filter.of(query, within));
	}

	/** How many different municipalities the events were held in. */
	public long municipalities(MetricQuery query, Set<Long> within) {
		Filter filter = Filter.of(query, within);
		return jdbc.sql("select count(distinct e.municipality) from event e where" + filter.where())
			.params(filter.params())
			.query(Long.class)
			.single();
	}

	private EventFigures figures(Filter filter) {
		Held held = held(filter);
		Attended attended = attendance(filter);
		Rated rated = rated(filter);
		return new EventFigures(held.events(), attended.participations(), attended.people(), attended.organizations(),
				held.hours(), rated.ratings(), rated.average());
	}

	/** The events held (not cancelled) and their hours. */
	public record Held(long events, BigDecimal hours) {
	}

	/** The attended records, and the different people and organizations among them. */
	public record Attended(long participations, long people, long organizations) {
	}

	/** The ratings given and their average (null when none). */
	public record Rated(long ratings, BigDecimal average) {
	}

	/** Only the events and hours of a metric's query: one statement, for a figure that needs no more. */
	public Held held(MetricQuery query, Set<Long> within) {
		return held(Filter.of(query, within));
	}

	public Attended attendance(MetricQuery query, Set<Long> within) {
		return attendance(Filter.of(query, within));
	}

	public Rated rated(MetricQuery query, Set<Long> within) {
		return rated(Filter.of(query, within));
	}

	private Held held(Filter filter) {
		return kept(Count.HELD, filter, () -> jdbc.sql("select count(*), coalesce(sum(e.hours), 0) from event e where" + filter.where())
			.params(filter.params())
			.query((rs, i) -> new Held(rs.getLong(1), rs.getBigDecimal(2).stripTrailingZeros()))
			.single());
	}

	private Attended attendance(Filter filter) {
		return kept(Count.ATTENDED, filter, () -> jdbc.sql("""
				select count(*), count(distinct p.person_id), count(distinct p.organization_id)
				from participation p join event e on e.id = p.event_id and e.network_id = p.network_id
				where p.status = 'ATTENDED' and """ + filter.where())
			.params(filter.params())
			.query((rs, i) -> new Attended(rs.getLong(1), rs.getLong(2), rs.getLong(3)))
			.single());
	}

	private Rated rated(Filter filter) {
		return kept(Count.RATED, filter, () -> jdbc.sql("""
				select count(*), coalesce(sum(f.rating), 0)
				from feedback f join event e on e.id = f.event_id and e.network_id = f.network_id
				where """ + filter.where())
			.params(filter.params())
			.query((rs, i) -> new Rated(rs.getLong(1), average(rs.getLong(2), rs.getLong(1))))
			.single());
	}

	public static BigDecimal average(long sum, long count) {
		return count == 0 ? null : BigDecimal.valueOf(sum).divide(BigDecimal.valueOf(count), 2, RoundingMode.HALF_UP);
	}

	/** The events counted, for a drill-down. */
	public List<MetricResult.Evidence> events(MetricQuery query, Set<Long> within, String slug) {
		Filter filter = Filter.of(query, within);
		return jdbc.sql("select e.id, e.starts_at, e.title from event e where " + filter.where() + " order by e.starts_at, e.id")
			.params(filter.params())
			.query((rs, i) -> new MetricResult.Evidence(
					rs.getObject(2, OffsetDateTime.class).atZoneSameInstant(MetricQuery.VILNIUS).toLocalDate(),
					rs.getString(3), "/n/" + slug + "/events/" + rs.getLong(1)))
			.list();
	}

	/** The attended records counted, for a drill-down. */
	public List<MetricResult.Evidence> participations(MetricQuery query, Set<Long> within, String slug) {
		Filter filter = Filter.of(query, within);
		return jdbc.sql("""
				select e.id, e.starts_at, e.title, pe.first_name, pe.last_name
				from participation p join event e on e.id = p.event_id and e.network_id = p.network_id
				join person pe on pe.id = p.person_id and pe.network_id = p.network_id
				where p.status = 'ATTENDED' and """ + filter.where() + " order by e.starts_at, pe.last_name, pe.first_name")
			.params(filter.params())
			.query((rs, i) -> new MetricResult.Evidence(
					rs.getObject(2, OffsetDateTime.class).atZoneSameInstant(MetricQuery.VILNIUS).toLocalDate(),
					rs.getString(4) + " " + rs.getString(5) + " – " + rs.getString(3),
					"/n/" + slug + "/events/" + rs.getLong(1)))
			.list();
	}

	/**
	 * The attended records of the events in the query's period (only those of the selection when
	 * one is given), with the person, for a module that counts people within its own set of events.
	 */
	public List<Attendance> attended(MetricQuery query, Set<Long> within) {
		Filter filter = Filter.of(query, within);
		return jdbc.sql("""
				select e.id, e.starts_at, e.title, pe.id, pe.first_name, pe.last_name
				from participation p join event e on e.id = p.event_id and e.network_id = p.network_id
				join person pe on pe.id = p.person_id and pe.network_id = p.network_id
				where p.status = 'ATTENDED' and """ + filter.where()
				+ " order by e.starts_at, e.id, pe.last_name, pe.first_name, pe.id")
			.params(filter.params())
			.query((rs, i) -> new Attendance(rs.getLong(1),
					rs.getObject(2, OffsetDateTime.class).atZoneSameInstant(MetricQuery.VILNIUS).toLocalDate(),
					rs.getString(3), rs.getLong(4), rs.getString(5) + " " + rs.getString(6)))
			.list();
	}

	/** The ratings counted, for a drill-down (no names: comments are anonymous). */
	public List<MetricResult.Evidence> ratings(MetricQuery query, Set<Long> within, String slug) {
		Filter filter = Filter.of(query, within);
		return jdbc.sql("""
				select e.id, e.starts_at, e.title, f.rating
				from feedback f join event e on e.id = f.event_id and e.network_id = f.network_id
				where """ + filter.where() + " order by e.starts_at, f.id")
			.params(filter.params())
			.query((rs, i) -> new MetricResult.Evidence(
					rs.getObject(2, OffsetDateTime.class).atZoneSameInstant(MetricQuery.VILNIUS).toLocalDate(),
					rs.getString(3) + ": " + rs.getInt(4), "/n/" + slug + "/events/" + rs.getLong(1)))
			.list();
	}

	/** The events' common conditions; the network is always the first parameter. */
	record Filter(long networkId, OffsetDateTime from, OffsetDateTime to, EventType type, String tag,
			Set<Long> within) {

		static Filter of(MetricQuery query, Set<Long> within) {
			String type = query.parameter("type");
			return new Filter(query.networkId(), query.startsAt(), query.endsBefore(),
					type == null ? null : EventType.valueOf(type), query.parameter("tag"), within);
		}

		String where() {
			return " e.network_id = ? and e.status <> 'CANCELLED' and e.starts_at >= ? and e.starts_at < ?"
					+ (type == null ? "" : " and e.type = ?")
					+ (tag == null ? "" : " and exists (select 1 from event_tag_link t where t.event_id = e.id and t.tag = ?)")
					+ (within == null ? ""
							: within.isEmpty() ? " and 1 = 0"
									: " and e.id in (" + String.join(", ", Collections.nCopies(within.size(), "?")) + ")");
		}

		Object[] params() {
			List<Object> params = new ArrayList<>(List.of(networkId, from, to));

			if (type != null) {
				params.add(type.name());
			}
			if (tag != null) {
				params.add(tag);
			}
			if (within != null) {
				params.addAll(within);
			}
			return params.toArray();
		}
	}
}
