package lt.tinklas.awards.application;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.Comparator;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;

import lt.tinklas.events.EventStatus;
import lt.tinklas.events.EventView;
import lt.tinklas.events.Events;
import lt.tinklas.metrics.MetricChoices;
import lt.tinklas.metrics.MetricDefinition;
import lt.tinklas.metrics.MetricQuery;
import lt.tinklas.metrics.MetricResult;
import lt.tinklas.metrics.MetricSource;
import lt.tinklas.shared.tenancy.NetworkLookup;
import lt.tinklas.shared.tenancy.Tenancy;
import org.springframework.context.MessageSourceResolvable;
import org.springframework.context.i18n.LocaleContextHolder;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Transactional;

/**
 * Awards' figure: the laureates of the rounds handed in a period, optionally of one programme
 * (parameter {@code programme}, its id). A round is handed on its ceremony's day (in Vilnius); a
 * round without a ceremony, or whose ceremony was cancelled, is known only by its year and counts
 * in a period that takes in that whole year. Each laureate of each round counts once: someone
 * honoured by two programmes counts twice, as two awards were given.
 */
@Component
class AwardMetrics implements MetricSource {

	private final JdbcClient jdbc;
	private final Events events;
	private final NetworkLookup networks;

	AwardMetrics(JdbcClient jdbc, Events events, NetworkLookup networks) {
		this.jdbc = jdbc;
		this.events = events;
		this.networks = networks;
	}

	@Override
	public List<MetricDefinition> definitions() {
		return List.of(new MetricDefinition("awards.laureates", "metric.awards.laureates", List.of("programme")));
	}

	private record Laureate(String name, long roundId, long programmeId, String programme, int year, Long ceremonyId) {
	}

	@Override
	public Map<String, MessageSourceResolvable> choices(String parameter, long networkId) {
		if (!parameter.equals("programme")) {
			return Map.of();
		}
		boolean english = "en".equals(LocaleContextHolder.getLocale().getLanguage());
		Map<Long, String> names = new LinkedHashMap<>();
		jdbc.sql("select id, name, name_en from award_programme where network_id = ? order by name")
			.params(networkId)
			.query((rs, i) -> names.put(rs.getLong(1),
					english && rs.getString(3) != null ? rs.getString(3) : rs.getString(2)))
			.list();
		return MetricChoices.named(names);
	}

	@Override
	@Transactional(readOnly = true)
	public MetricResult compute(String key, MetricQuery query) {
		if (!"awards.laureates".equals(key)) {
			throw new IllegalArgumentException("Unknown metric " + key);
		}
		long network = query.networkId();
		Long programme = programme(network, query.parameter("programme"));
		List<Laureate> laureates = jdbc.sql("""
				select n.full_name, r.id, r.programme_id, p.name, r.round_year, r.ceremony_event_id
				from award_nominee n
				join award_round r on r.id = n.round_id and r.network_id = n.network_id
				join award_programme p on p.id = r.programme_id and p.network_id = r.network_id
				where n.network_id = ? and n.laureate = true""" + (programme == null ? "" : " and r.programme_id = ?")
				+ " order by r.round_year, p.name, n.id")
			.params(programme == null ? List.of(network) : List.of(network, programme))
			.query((rs, i) -> new Laureate(rs.getString(1), rs.getLong(2), rs.getLong(3), rs.getString(4), rs.getInt(5),
					rs.getObject(6) == null ? null : rs.getLong(6)))
			.list();
		String base = "/n/" + networks.slugOf(network) + "/awards/";
		Map<Long, LocalDate> ceremonies = new HashMap<>();
		List<MetricResult.Evidence> counted = laureates.stream()
			.map(l -> {
				LocalDate handed = l.ceremonyId() == null ? null
						: ceremonies.computeIfAbsent(l.ceremonyId(), id -> ceremonyDay(network, id));
				boolean inPeriod = handed != null ? !handed.isBefore(query.from()) && !handed.isAfter(query.to())
						: !LocalDate.of(l.year(), 1, 1).isBefore(query.from())
								&& !LocalDate.of(l.year(), 12, 31).isAfter(query.to());
				return inPeriod ? new MetricResult.Evidence(handed != null ? handed : LocalDate.of(l.year(), 1, 1),
						l.name() + " – " + l.programme() + " " + l.year(),
						base + l.programmeId() + "/rounds/" + l.roundId()) : null;
			})
			.filter(Objects::nonNull)
			.sorted(Comparator.comparing(MetricResult.Evidence::date))
			.toList();
		return new MetricResult(BigDecimal.valueOf(counted.size()), counted);
	}

	/** The programme the parameter names: an id of one of the network's programmes, or none. */
	private Long programme(long network, String value) {
		if (value == null) {
			return null;
		}
		long id;
		try {
			id = Long.parseLong(value.strip());
		}
		catch (NumberFormatException e) {
			throw new IllegalArgumentException("The programme is an id: " + value);
		}
		boolean exists = jdbc.sql("select count(*) from award_programme where network_id = ? and id = ?")
			.params(network, id)
			.query(Long.class)
			.single() > 0;
		if (!exists) {
			throw new IllegalArgumentException("No award programme " + id);
		}
		return id;
	}

	/** The day the ceremony was held on, or null when it was cancelled. */
	private LocalDate ceremonyDay(long network, long eventId) {
		// a round takes only a ceremony of its own network (Awards.createRound), and events are not deleted
		EventView ceremony = Tenancy.runAs(network, () -> events.get(eventId));
		return ceremony.status() == EventStatus.CANCELLED ? null
				: ceremony.startsAt().atZoneSameInstant(MetricQuery.VILNIUS).toLocalDate();
	}
}
