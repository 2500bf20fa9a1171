package lt.tinklas.events;

import java.math.BigDecimal;
import java.util.List;

import lt.tinklas.events.domain.EventCounting;
import lt.tinklas.shared.metrics.MetricDefinition;
import lt.tinklas.shared.metrics.MetricQuery;
import lt.tinklas.shared.metrics.MetricResult;
import lt.tinklas.shared.metrics.MetricSource;
import lt.tinklas.shared.tenancy.NetworkLookup;
import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Transactional;

/** The figures events offer to strategy, projects, reports and dashboards (parameters: type, tag). */
@Component
class EventMetrics implements MetricSource {

	static final List<String> PARAMETERS = List.of("type", "tag");

	private final EventCounting counting;
	private final NetworkLookup networks;

	EventMetrics(EventCounting counting, NetworkLookup networks) {
		this.counting = counting;
		this.networks = networks;
	}

	@Override
	public List<MetricDefinition> definitions() {
		return List.of("events.held", "events.participations", "events.distinctParticipants",
				"events.distinctOrganizations", "events.hours", "events.ratings", "events.averageRating")
			.stream()
			.map(key -> new MetricDefinition(key, "metric." + key, PARAMETERS))
			.toList();
	}

	@Override
	@Transactional(readOnly = true)
	public MetricResult compute(String key, MetricQuery query) {
		String type = query.parameter("type");
		EventFigures figures = counting.figures(query.networkId(), query.startsAt(), query.endsBefore(),
				type == null ? null : EventType.valueOf(type), query.parameter("tag"));
		String slug = networks.slugOf(query.networkId());
		return switch (key) {
			case "events.held" -> new MetricResult(BigDecimal.valueOf(figures.events()), counting.events(query, slug));
			case "events.hours" -> new MetricResult(figures.hours(), counting.events(query, slug));
			case "events.participations" ->
				new MetricResult(BigDecimal.valueOf(figures.participations()), counting.participations(query, slug));
			case "events.distinctParticipants" -> new MetricResult(BigDecimal.valueOf(figures.distinctParticipants()),
					counting.participations(query, slug));
			case "events.distinctOrganizations" -> new MetricResult(
					BigDecimal.valueOf(figures.distinctOrganizations()), counting.participations(query, slug));
			case "events.ratings" -> new MetricResult(BigDecimal.valueOf(figures.ratings()), counting.ratings(query, slug));
			case "events.averageRating" -> new MetricResult(figures.averageRating(), counting.ratings(query, slug));
			default -> throw new IllegalArgumentException("Unknown metric " + key);
		};
	}
}
