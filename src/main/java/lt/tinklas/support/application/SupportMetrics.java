package lt.tinklas.support.application;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.function.Function;
import java.util.stream.Collectors;

import lt.tinklas.metrics.MetricChoices;
import lt.tinklas.metrics.MetricDefinition;
import lt.tinklas.metrics.MetricQuery;
import lt.tinklas.metrics.MetricResult;
import lt.tinklas.metrics.MetricResult.Evidence;
import lt.tinklas.metrics.MetricSource;
import lt.tinklas.organizations.Organizations;
import lt.tinklas.shared.tenancy.NetworkLookup;
import lt.tinklas.shared.tenancy.Tenancy;
import lt.tinklas.support.ConsultationTopic;
import lt.tinklas.support.Consultations;
import lt.tinklas.support.QualityStage;
import lt.tinklas.support.QualityStandardView;
import lt.tinklas.support.QualityStandards;
import org.springframework.context.MessageSource;
import org.springframework.context.MessageSourceResolvable;
import org.springframework.context.i18n.LocaleContextHolder;
import org.springframework.stereotype.Component;

/**
 * Member support's figures: consultations held in the period (parameters {@code topic},
 * {@code organization}); organizations at or past a quality stage by the period's end and not
 * stopped before it began ({@code standard}, {@code stage}), organizations that started a standard
 * in the period and those certified in it ({@code standard}). A standard is named or given by id.
 */
@Component
class SupportMetrics implements MetricSource {

	private final Consultations consultations;
	private final QualityStandards quality;
	private final NetworkLookup networks;
	private final MessageSource messages;
	private final Organizations organizations;

	SupportMetrics(Consultations consultations, QualityStandards quality, NetworkLookup networks,
			MessageSource messages, Organizations organizations) {
		this.consultations = consultations;
		this.organizations = organizations;
		this.quality = quality;
		this.networks = networks;
		this.messages = messages;
	}

	@Override
	public List<MetricDefinition> definitions() {
		return List.of(
				new MetricDefinition("support.consultations", "metric.support.consultations", List.of("topic", "organization")),
				new MetricDefinition("support.reportReviews", "metric.support.reportReviews", List.of("organization")),
				new MetricDefinition("quality.atStage", "metric.quality.atStage", List.of("standard", "stage")),
				new MetricDefinition("quality.started", "metric.quality.started", List.of("standard")),
				new MetricDefinition("quality.certified", "metric.quality.certified", List.of("standard")));
	}

	@Override
	public Map<String, MessageSourceResolvable> choices(String parameter, long networkId) {
		return switch (parameter) {
			case "topic" -> MetricChoices.labelled(ConsultationTopic.class, "consultationTopic");
			case "stage" -> {
				Map<String, MessageSourceResolvable> stages = new LinkedHashMap<>(
						MetricChoices.labelled(QualityStage.class, "qualityStage"));
				stages.keySet().removeIf(stage -> !QualityStage.valueOf(stage).onThePath());
				yield stages;
			}
			case "organization" -> MetricChoices.named(Tenancy.runAs(networkId, () -> organizations.names()));
			case "standard" -> {
				Map<String, String> names = new LinkedHashMap<>();
				Tenancy.runAs(networkId, () -> quality.standards())
					.forEach(standard -> names.put(standard.name(), standard.name()));
				yield MetricChoices.named(names);
			}
			default -> Map.of();
		};
	}

	@Override
	public MetricResult compute(String key, MetricQuery query) {
		String base = "/n/" + networks.slugOf(query.networkId());
		return Tenancy.runAs(query.networkId(), () -> switch (key) {
			case "support.consultations" -> consultations(query, base);
			case "support.reportReviews" -> reportReviews(query, base);
			case "quality.atStage" -> {
				String chosen = query.parameter("stage");
				QualityStage stage = chosen == null ? QualityStage.INTRODUCTORY_TRAINING : QualityStage.valueOf(chosen);
				if (!stage.onThePath()) {
					throw new IllegalArgumentException("STOPPED is not a stage on the path");
				}
				yield organizations(query, base, steps -> {
					boolean reached = steps.stream()
						.anyMatch(s -> s.stage().atOrPast(stage) && !s.reachedOn().isAfter(query.to()));
					boolean stoppedBefore = steps.stream()
						.anyMatch(s -> s.stage() == QualityStage.STOPPED && s.reachedOn().isBefore(query.from()));
					return reached && !stoppedBefore ? steps.stream()
						.filter(s -> s.stage().atOrPast(stage) && !s.reachedOn().isAfter(query.to()))
						.max(Comparator.comparing(QualityStepView::reachedOn))
						.orElse(null) : null;
				});
			}
			case "quality.started" -> organizations(query, base, steps -> {
				QualityStepView first = steps.stream().min(Comparator.comparing(QualityStepView::reachedOn)).orElseThrow();
				return within(first.reachedOn(), query) ? first : null;
			});
			case "quality.certified" -> organizations(query, base, steps -> steps.stream()
				.filter(s -> s.stage() == QualityStage.CERTIFIED && within(s.reachedOn(), query))
				.findFirst()
				.orElse(null));
			default -> throw new IllegalArgumentException("Unknown metric " + key);
		});
	}

	private MetricResult consultations(MetricQuery query, String base) {
		String topic = query.parameter("topic");
		String organization = query.parameter("organization");
		List<ConsultationView> held = consultations.list(new Consultations.Filter(
				organization == null ? null : Long.valueOf(organization),
				topic == null ? null : ConsultationTopic.valueOf(topic), query.from(), query.to()));
		List<Evidence> evidence = held.stream()
			.sorted(Comparator.comparing(ConsultationView::heldOn).thenComparing(ConsultationView::id))
			.map(c -> new Evidence(c.heldOn(), c.organization() + ": " + text("consultationTopic." + c.topic()),
					base + "/consultations/" + c.id()))
			.toList();
		return new MetricResult(BigDecimal.valueOf(evidence.size()), evidence);
	}

	/** The reviews of members' annual reports done in the period (by the day of the review). */
	private MetricResult reportReviews(MetricQuery query, String base) {
		String organization = query.parameter("organization");
		List<Evidence> evidence = consultations.reviews(organization == null ? null : Long.valueOf(organization), null)
			.stream()
			.filter(r -> within(r.reviewedOn(), query))
			.sorted(Comparator.comparing(ReportReviewView::reviewedOn).thenComparing(ReportReviewView::id))
			.map(r -> new Evidence(r.reviewedOn(), r.organization() + ": " + r.reportYear(),
					base + "/consultations/reviews"))
			.toList();
		return new MetricResult(BigDecimal.valueOf(evidence.size()), evidence);
	}

	/**
	 * Counts organizations: for each organization and standard, {@code counted} names the step that
	 * makes it count (null when it does not); an organization counts once however many standards.
	 */
	private MetricResult organizations(MetricQuery query, String base,
			Function<List<QualityStepView>, QualityStepView> counted) {
		String chosen = query.parameter("standard");
		Long standardId = chosen == null ? null
				: quality.standard(chosen).map(QualityStandardView::id)
					.orElseThrow(() -> new IllegalArgumentException("No standard " + chosen));
		Map<List<Long>, List<QualityStepView>> byPair = quality.allSteps()
			.stream()
			.filter(s -> standardId == null || standardId == s.standardId())
			.collect(Collectors.groupingBy(s -> List.of(s.organizationId(), s.standardId()), LinkedHashMap::new,
					Collectors.toList()));
		Map<Long, QualityStepView> byOrganization = new LinkedHashMap<>();
		byPair.forEach((pair, steps) -> {
			QualityStepView step = counted.apply(steps);
			if (step != null) {
				byOrganization.putIfAbsent(pair.get(0), step);
			}
		});
		Map<Long, String> names = consultations.organizationNames(byOrganization.keySet());
		List<Evidence> evidence = byOrganization.values()
			.stream()
			.sorted(Comparator.comparing(QualityStepView::reachedOn).thenComparing(QualityStepView::organizationId))
			.map(s -> new Evidence(s.reachedOn(),
					names.get(s.organizationId()) + ": " + s.standard() + " – " + text("qualityStage." + s.stage()),
					base + "/quality/organizations/" + s.organizationId()))
			.toList();
		return new MetricResult(BigDecimal.valueOf(evidence.size()), evidence);
	}

	private static boolean within(LocalDate day, MetricQuery query) {
		return !day.isBefore(query.from()) && !day.isAfter(query.to());
	}

	private String text(String key) {
		return messages.getMessage(key, null, key, LocaleContextHolder.getLocale());
	}
}
