package lt.tinklas.events.application;

import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;

import lt.tinklas.events.EventSelection;
import lt.tinklas.events.EventType;
import lt.tinklas.events.Events;
import lt.tinklas.events.domain.EventCounting;
import lt.tinklas.metrics.MetricChoices;
import lt.tinklas.metrics.MetricDefinition;
import lt.tinklas.metrics.MetricFormat;
import lt.tinklas.metrics.MetricQuery;
import lt.tinklas.metrics.MetricResult;
import lt.tinklas.metrics.MetricSource;
import lt.tinklas.shared.tenancy.NetworkLookup;
import lt.tinklas.shared.tenancy.Tenancy;
import org.springframework.beans.factory.ObjectProvider;
import org.springframework.context.MessageSourceResolvable;
import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Transactional;

/**
 * The figures events offer to strategy, projects, reports and dashboards (parameters: type, tag,
 * and the event sets other modules keep, such as project).
 */
@Component
class EventMetrics implements MetricSource {

	static final List<String> PARAMETERS = List.of("type", "tag");

	private final EventCounting counting;
	private final NetworkLookup networks;
	private final ObjectProvider<EventSelection> selections;
	private final Events events;

	EventMetrics(EventCounting counting, NetworkLookup networks, ObjectProvider<EventSelection> selections,
			Events events) {
		this.counting = counting;
		this.events = events;
		this.networks = networks;
		this.selections = selections;
	}

	@Override
	public List<MetricDefinition> definitions() {
		List<String> parameters = new ArrayList<>(PARAMETERS);
		selections.orderedStream().forEach(selection -> parameters.add(selection.parameter()));
		return List.of("events.held", "events.participations", "events.distinctParticipants",
				"events.distinctOrganizations", "events.hours", "events.ratings", "events.averageRating",
				"events.municipalities")
			.stream()
			.map(key -> new MetricDefinition(key, "metric." + key, List.copyOf(parameters), switch (key) {
				case "events.hours" -> MetricFormat.NUMBER;
				case "events.averageRating" -> MetricFormat.AVERAGE;
				default -> MetricFormat.COUNT;
			}))
			.toList();
	}

	@Override
	public Map<String, MessageSourceResolvable> choices(String parameter, long networkId) {
		if (parameter.equals("type")) {
			return MetricChoices.labelled(EventType.class, "eventType");
		}
		if (parameter.equals("tag")) {
			Map<String, String> tags = new LinkedHashMap<>();
			Tenancy.runAs(networkId, () -> events.tagNames()).forEach(tag -> tags.put(tag, tag));
			return MetricChoices.named(tags);
		}
		return selections.orderedStream()
			.filter(selection -> selection.parameter().equals(parameter))
			.findFirst()
			.map(selection -> selection.choices(networkId))
			.orElse(Map.of());
	}

	/** The events the query's selection parameters name (their intersection), or null when it names none. */
	private Set<Long> within(MetricQuery query) {
		Set<Long> within = null;
		for (EventSelection selection : selections.orderedStream().toList()) {
			String value = query.parameter(selection.parameter());
			if (value != null) {
				Set<Long> ids = new LinkedHashSet<>(selection.eventIds(query.networkId(), value));
				if (within != null) {
					ids.retainAll(within);
				}
				within = ids;
			}
		}
		return within;
	}

	@Override
	@Transactional(readOnly = true)
	public BigDecimal value(String key, MetricQuery query) {
		Set<Long> within = within(query);
		return switch (key) {
			case "events.held" -> BigDecimal.valueOf(counting.held(query, within).events());
			case "events.hours" -> counting.held(query, within).hours();
			case "events.participations" -> BigDecimal.valueOf(counting.attendance(query, within).participations());
			case "events.distinctParticipants" -> BigDecimal.valueOf(counting.attendance(query, within).people());
			case "events.distinctOrganizations" -> BigDecimal.valueOf(counting.attendance(query, within).organizations());
			case "events.ratings" -> BigDecimal.valueOf(counting.rated(query, within).ratings());
			case "events.averageRating" -> counting.rated(query, within).average();
			case "events.municipalities" -> BigDecimal.valueOf(counting.municipalities(query, within));
			default -> throw new IllegalArgumentException("Unknown metric " + key);
		};
	}

	@Override
	@Transactional(readOnly = true)
	public MetricResult compute(String key, MetricQuery query) {
		Set<Long> within = within(query);
		EventFigures figures = counting.figures(query, within);
		String slug = networks.slugOf(query.networkId());
		return switch (key) {
			case "events.held" -> new MetricResult(BigDecimal.valueOf(figures.events()), counting.events(query, within, slug));
			case "events.hours" -> new MetricResult(figures.hours(), counting.events(query, within, slug));
			case "events.participations" ->
				new MetricResult(BigDecimal.valueOf(figures.participations()), counting.participations(query, within, slug));
			case "events.distinctParticipants" -> new MetricResult(BigDecimal.valueOf(figures.distinctParticipants()),
					counting.participations(query, within, slug));
			case "events.distinctOrganizations" -> new MetricResult(
					BigDecimal.valueOf(figures.distinctOrganizations()), counting.participations(query, within, slug));
			case "events.ratings" -> new MetricResult(BigDecimal.valueOf(figures.ratings()), counting.ratings(query, within, slug));
			case "events.averageRating" -> new MetricResult(figures.averageRating(), counting.ratings(query, within, slug));
			case "events.municipalities" ->
				new MetricResult(BigDecimal.valueOf(counting.municipalities(query, within)), counting.events(query, within, slug));
			default -> throw new IllegalArgumentException("Unknown metric " + key);
		};
	}
}
