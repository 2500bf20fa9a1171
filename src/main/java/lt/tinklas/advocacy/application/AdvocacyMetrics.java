package lt.tinklas.advocacy.application;

import java.util.List;

import java.util.Map;
import lt.tinklas.advocacy.DocumentKind;
import lt.tinklas.advocacy.Outcome;
import lt.tinklas.metrics.MetricChoices;
import lt.tinklas.metrics.MetricDefinition;
import lt.tinklas.metrics.MetricFormat;
import lt.tinklas.metrics.MetricQuery;
import lt.tinklas.metrics.MetricResult;
import lt.tinklas.metrics.MetricSource;
import lt.tinklas.shared.tenancy.Tenancy;
import org.springframework.context.MessageSourceResolvable;
import org.springframework.context.i18n.LocaleContextHolder;
import org.springframework.stereotype.Component;

/** The figures advocacy offers to strategy, reports and dashboards. */
@Component
class AdvocacyMetrics implements MetricSource {

	private final AdvocacyCounting counting;
	private final AdvocacyLists lists;

	AdvocacyMetrics(AdvocacyCounting counting, AdvocacyLists lists) {
		this.counting = counting;
		this.lists = lists;
	}

	@Override
	public List<MetricDefinition> definitions() {
		return List.of(new MetricDefinition("advocacy.positionsSent", "metric.advocacy.positionsSent",
				List.of("kind", "outcome", "direction", "institution")),
				new MetricDefinition("advocacy.acceptedShare", "metric.advocacy.acceptedShare",
						List.of("kind", "direction", "institution"), MetricFormat.PERCENT),
				new MetricDefinition("advocacy.institutionsAddressed", "metric.advocacy.institutionsAddressed",
						List.of("direction")),
				new MetricDefinition("advocacy.decisionMakerMeetings", "metric.advocacy.decisionMakerMeetings",
						List.of("direction", "institution")),
				new MetricDefinition("advocacy.seatsHeld", "metric.advocacy.seatsHeld", List.of()),
				new MetricDefinition("advocacy.involvementMeetings", "metric.advocacy.involvementMeetings", List.of()),
				new MetricDefinition("advocacy.peoplePresent", "metric.advocacy.peoplePresent", List.of()),
				new MetricDefinition("advocacy.proposals", "metric.advocacy.proposals", List.of()),
				new MetricDefinition("advocacy.proposalsInPositions", "metric.advocacy.proposalsInPositions", List.of()));
	}

	@Override
	public Map<String, MessageSourceResolvable> choices(String parameter, long networkId) {
		String language = LocaleContextHolder.getLocale().getLanguage();
		return switch (parameter) {
			case "kind" -> MetricChoices.labelled(DocumentKind.class, "documentKind");
			case "outcome" -> MetricChoices.labelled(Outcome.class, "outcome");
			case "direction" -> MetricChoices.named(Tenancy.runAs(networkId, () -> lists.directionNames(language)));
			case "institution" -> MetricChoices.named(Tenancy.runAs(networkId, () -> lists.institutionNames(language)));
			default -> Map.of();
		};
	}

	/** Counts in the query's network, whatever network the caller is in. */
	@Override
	public MetricResult compute(String key, MetricQuery query) {
		return Tenancy.runAs(query.networkId(), () -> counting.compute(key, query));
	}
}
