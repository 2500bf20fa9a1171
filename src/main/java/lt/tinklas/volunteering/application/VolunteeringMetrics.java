package lt.tinklas.volunteering.application;

import java.math.BigDecimal;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;

import lt.tinklas.metrics.MetricChoices;
import lt.tinklas.metrics.MetricDefinition;
import lt.tinklas.metrics.MetricFormat;
import lt.tinklas.metrics.MetricQuery;
import lt.tinklas.metrics.MetricResult;
import lt.tinklas.metrics.MetricSource;
import lt.tinklas.shared.tenancy.NetworkLookup;
import lt.tinklas.shared.tenancy.Tenancy;
import lt.tinklas.volunteering.Volunteering;
import org.springframework.context.MessageSourceResolvable;
import org.springframework.context.i18n.LocaleContextHolder;
import org.springframework.stereotype.Component;

/**
 * Volunteering's figures: the hours volunteers gave in a period and how many different volunteers
 * gave them, both optionally for one programme (parameter {@code programme}, its id).
 */
@Component
class VolunteeringMetrics implements MetricSource {

	private final Volunteering volunteering;
	private final NetworkLookup networks;

	VolunteeringMetrics(Volunteering volunteering, NetworkLookup networks) {
		this.volunteering = volunteering;
		this.networks = networks;
	}

	@Override
	public List<MetricDefinition> definitions() {
		return List.of(new MetricDefinition("volunteering.hours", "metric.volunteering.hours", List.of("programme"),
				MetricFormat.NUMBER),
				new MetricDefinition("volunteering.volunteers", "metric.volunteering.volunteers", List.of("programme")));
	}

	@Override
	public Map<String, MessageSourceResolvable> choices(String parameter, long networkId) {
		if (!parameter.equals("programme")) {
			return Map.of();
		}
		String language = LocaleContextHolder.getLocale().getLanguage();
		Map<Long, String> names = new LinkedHashMap<>();
		Tenancy.runAs(networkId, () -> volunteering.programmes()).forEach(p -> names.put(p.id(), p.name(language)));
		return MetricChoices.named(names);
	}

	@Override
	public MetricResult compute(String key, MetricQuery query) {
		String path = "/n/" + networks.slugOf(query.networkId()) + "/volunteering";
		String chosen = query.parameter("programme");
		Long programme;
		try {
			programme = chosen == null ? null : Long.valueOf(chosen.strip());
		}
		catch (NumberFormatException e) {
			throw new IllegalArgumentException("The programme is an id: " + chosen);
		}
		return Tenancy.runAs(query.networkId(), () -> {
			List<Volunteering.ActivityView> counted = volunteering.between(query.from(), query.to(), programme);
			return switch (key) {
				case "volunteering.hours" -> new MetricResult(
						counted.stream().map(Volunteering.ActivityView::hours).reduce(BigDecimal.ZERO, BigDecimal::add),
						counted.stream()
							.sorted(Comparator.comparing(Volunteering.ActivityView::on))
							.map(a -> new MetricResult.Evidence(a.on(),
									a.volunteer() + " – " + a.programme() + ": " + a.hours().stripTrailingZeros().toPlainString() + " h",
									path + "?year=" + a.on().getYear() + "&programme=" + a.programmeId()))
							.toList());
				case "volunteering.volunteers" -> {
					List<Volunteering.ActivityView> first = counted.stream()
						.sorted(Comparator.comparing(Volunteering.ActivityView::on))
						.collect(Collectors.toMap(Volunteering.ActivityView::personId, a -> a, (a, b) -> a,
								LinkedHashMap::new))
						.values()
						.stream()
						.toList();
					yield new MetricResult(BigDecimal.valueOf(first.size()),
							first.stream()
								.map(a -> new MetricResult.Evidence(a.on(), a.volunteer(),
										path + "?year=" + a.on().getYear() + "&programme=" + a.programmeId()))
								.toList());
				}
				default -> throw new IllegalArgumentException("Unknown metric " + key);
			};
		});
	}
}
