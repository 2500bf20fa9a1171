package lt.tinklas.projects.application;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import lt.tinklas.events.Attendance;
import lt.tinklas.events.Events;
import lt.tinklas.metrics.MetricChoices;
import lt.tinklas.metrics.MetricDefinition;
import lt.tinklas.metrics.MetricFormat;
import lt.tinklas.metrics.MetricQuery;
import lt.tinklas.metrics.MetricResult;
import lt.tinklas.metrics.MetricSource;
import lt.tinklas.projects.ProjectStatus;
import lt.tinklas.projects.ProjectView;
import lt.tinklas.projects.Projects;
import lt.tinklas.projects.SourceType;
import lt.tinklas.shared.money.Money;
import lt.tinklas.shared.tenancy.NetworkLookup;
import lt.tinklas.shared.tenancy.Tenancy;
import org.springframework.context.MessageSourceResolvable;
import org.springframework.stereotype.Component;

/**
 * The projects' figures for reports: the funds of the years the period touches (by yearly
 * allocations, else pro rata by days; parameter {@code source}), the projects running in it, and
 * the different people who attended the events of those projects held in it.
 */
@Component
class ProjectMetrics implements MetricSource {

	private final FundingSummary funding;
	private final Projects projects;
	private final Events events;
	private final NetworkLookup networks;

	ProjectMetrics(FundingSummary funding, Projects projects, Events events, NetworkLookup networks) {
		this.funding = funding;
		this.projects = projects;
		this.events = events;
		this.networks = networks;
	}

	@Override
	public List<MetricDefinition> definitions() {
		return List.of(new MetricDefinition("projects.funds", "metric.projects.funds", List.of("source"), MetricFormat.MONEY),
				new MetricDefinition("projects.running", "metric.projects.running", List.of("source")),
				new MetricDefinition("projects.participants", "metric.projects.participants", List.of("source")));
	}

	@Override
	public Map<String, MessageSourceResolvable> choices(String parameter, long networkId) {
		return parameter.equals("source") ? MetricChoices.labelled(SourceType.class, "sourceType") : Map.of();
	}

	@Override
	public MetricResult compute(String key, MetricQuery query) {
		String slug = networks.slugOf(query.networkId());
		String base = "/n/" + slug + "/projects/";
		String chosen = query.parameter("source");
		SourceType source = chosen == null ? null : SourceType.valueOf(chosen);
		return Tenancy.runAs(query.networkId(), () -> switch (key) {
			case "projects.funds" -> {
				List<FundingSummary.Share> shares = funding.shares(query.from().getYear(), query.to().getYear(), source);
				yield new MetricResult(shares.stream().map(FundingSummary.Share::amount).reduce(BigDecimal.ZERO, BigDecimal::add),
						shares.stream()
							.map(s -> new MetricResult.Evidence(LocalDate.of(s.year(), 1, 1),
									s.project() + " – " + s.year() + ": " + new Money(s.amount()).format(), base + s.projectId()))
							.toList());
			}
			case "projects.running" -> {
				List<ProjectView> running = running(query, source);
				yield new MetricResult(BigDecimal.valueOf(running.size()),
						running.stream().map(p -> new MetricResult.Evidence(p.startsOn(), p.name(), base + p.id())).toList());
			}
			case "projects.participants" -> participants(query, source, slug);
			default -> throw new IllegalArgumentException("Unknown metric " + key);
		});
	}

	/** The projects ongoing or completed whose period shares at least one day with the query's. */
	private List<ProjectView> running(MetricQuery query, SourceType source) {
		return projects.list()
			.stream()
			.filter(p -> p.status() == ProjectStatus.ONGOING || p.status() == ProjectStatus.COMPLETED)
			.filter(p -> !p.startsOn().isAfter(query.to()) && !p.endsOn().isBefore(query.from()))
			.filter(p -> source == null || p.sourceType() == source)
			.toList();
	}

	/**
	 * The different people who attended an event of a running project held in the period (the
	 * events module's rule: by the event's start in Vilnius, cancelled ones left out); each is listed
	 * once, at the first such event. Participant numbers typed into indicators are not added: they
	 * name neither the people nor the days.
	 */
	private MetricResult participants(MetricQuery query, SourceType source, String slug) {
		Map<Long, String> projectOfEvent = new LinkedHashMap<>();
		for (ProjectView project : running(query, source)) {
			project.eventIds().forEach(event -> projectOfEvent.put(event, project.name()));
		}
		Map<Long, Attendance> first = new LinkedHashMap<>();
		for (Attendance attended : events.attended(query.from(), query.to(), projectOfEvent.keySet())) {
			first.putIfAbsent(attended.personId(), attended);
		}
		return new MetricResult(BigDecimal.valueOf(first.size()),
				first.values()
					.stream()
					.map(a -> new MetricResult.Evidence(a.day(),
							a.personName() + " – " + a.eventTitle() + " (" + projectOfEvent.get(a.eventId()) + ")",
							"/n/" + slug + "/events/" + a.eventId()))
					.toList());
	}
}
