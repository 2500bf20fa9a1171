package lt.tinklas.projects;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.List;

import lt.tinklas.shared.metrics.MetricDefinition;
import lt.tinklas.shared.metrics.MetricQuery;
import lt.tinklas.shared.metrics.MetricResult;
import lt.tinklas.shared.metrics.MetricSource;
import lt.tinklas.shared.money.Money;
import lt.tinklas.shared.tenancy.NetworkLookup;
import lt.tinklas.shared.tenancy.Tenancy;
import org.springframework.stereotype.Component;

/**
 * The projects' figures for reports: the funds of the years the period touches (by yearly
 * allocations, else pro rata by days; parameter {@code source}), and the projects running in it.
 */
@Component
class ProjectMetrics implements MetricSource {

	private final FundingSummary funding;
	private final Projects projects;
	private final NetworkLookup networks;

	ProjectMetrics(FundingSummary funding, Projects projects, NetworkLookup networks) {
		this.funding = funding;
		this.projects = projects;
		this.networks = networks;
	}

	@Override
	public List<MetricDefinition> definitions() {
		return List.of(new MetricDefinition("projects.funds", "metric.projects.funds", List.of("source")),
				new MetricDefinition("projects.running", "metric.projects.running", List.of("source")));
	}

	@Override
	public MetricResult compute(String key, MetricQuery query) {
		String base = "/n/" + networks.slugOf(query.networkId()) + "/projects/";
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
				List<ProjectView> running = projects.list()
					.stream()
					.filter(p -> p.status() == ProjectStatus.ONGOING || p.status() == ProjectStatus.COMPLETED)
					.filter(p -> !p.startsOn().isAfter(query.to()) && !p.endsOn().isBefore(query.from()))
					.filter(p -> source == null || p.sourceType() == source)
					.toList();
				yield new MetricResult(BigDecimal.valueOf(running.size()),
						running.stream().map(p -> new MetricResult.Evidence(p.startsOn(), p.name(), base + p.id())).toList());
			}
			default -> throw new IllegalArgumentException("Unknown metric " + key);
		});
	}
}
