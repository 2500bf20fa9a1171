package lt.tinklas.strategy.application;

import java.math.BigDecimal;
import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.stream.Collectors;

import lt.tinklas.metrics.MetricDefinition;
import lt.tinklas.metrics.Metrics;
import lt.tinklas.shared.security.RoleGroup;
import lt.tinklas.shared.text.Numbers;
import lt.tinklas.shared.web.HomeSection;
import lt.tinklas.shared.web.HomeViewer;
import lt.tinklas.strategy.Comparison;
import lt.tinklas.strategy.IndicatorView;
import lt.tinklas.strategy.NodeView;
import lt.tinklas.strategy.Strategies;
import lt.tinklas.strategy.StrategyView;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.transaction.annotation.Transactional;

/**
 * The home's figures: this year's key figures until today against the same days of last year and,
 * where the current strategy counts one with a target for this year, against that target. The
 * numbers come from the metrics, kept per data version, so a home opened again reads no record;
 * each figure links to the records it counts.
 */
@Configuration
public class StrategyHome {

	/** The figures every network has, shown when the strategy does not count them itself. */
	static final List<String> KEY_METRICS = List.of("events.held", "events.participations", "members.active",
			"advocacy.positionsSent", "support.consultations");

	private final Metrics metrics;
	private final Strategies strategies;

	StrategyHome(Metrics metrics, Strategies strategies) {
		this.metrics = metrics;
		this.strategies = strategies;
	}

	/**
	 * One figure: named by its indicator (in both languages) or by its metric's label key, this year
	 * and last year's value, the target (null for none) with how it compares, and where its records are.
	 */
	public record Figure(String name, String nameEn, String labelKey, BigDecimal thisYear, BigDecimal lastYear,
			BigDecimal target, Comparison comparison, String drilldown) {

		public String name(String language) {
			return "en".equals(language) && nameEn != null ? nameEn : name;
		}
	}

	/** The figures of a year until a day, and the strategy whose targets they are held to (null for none this year). */
	public record Figures(int year, LocalDate until, LocalDate lastYearUntil, String strategy, String strategyEn,
			List<Figure> figures) {
	}

	@Bean
	HomeSection figuresCard() {
		return HomeSection.of(HomeSection.Group.FIGURES, 10, HomeSection.authorities(RoleGroup.READERS),
				"strategy/home-cards :: figures", this::figures);
	}

	/** The figures; read-only, so the data version is read once for them all. */
	@Transactional(readOnly = true)
	public Figures figures(HomeViewer viewer) {
		LocalDate today = viewer.today();
		int year = today.getYear();
		LocalDate lastYearDay = today.minusYears(1);
		List<Figure> figures = new ArrayList<>();
		Set<String> counted = new HashSet<>();
		StrategyView strategy = strategies.current()
			.filter(current -> current.fromYear() <= year && year <= current.toYear())
			.orElse(null);
		if (strategy != null) {
			for (IndicatorView indicator : indicators(strategies.tree(strategy.id()))) {
				BigDecimal target = indicator.targets().get(year);
				if (indicator.manual() || target == null) {
					continue;
				}
				MetricDefinition definition = metrics.definition(indicator.metricKey());
				if (indicator.metricParameters().isEmpty()) {
					counted.add(definition.key());
				}
				figures.add(new Figure(indicator.name(), indicator.nameEn(), definition.labelKey(),
						value(definition, viewer, today, indicator.metricParameters()),
						value(definition, viewer, lastYearDay, indicator.metricParameters()), target,
						indicator.comparison(), drilldown(viewer, definition, today, indicator.metricParameters())));
			}
		}
		Set<String> defined = metrics.definitions().stream().map(MetricDefinition::key).collect(Collectors.toSet());
		for (String key : KEY_METRICS) {
			if (!defined.contains(key) || counted.contains(key)) {
				continue;
			}
			MetricDefinition definition = metrics.definition(key);
			figures.add(new Figure(null, null, definition.labelKey(), value(definition, viewer, today, Map.of()),
					value(definition, viewer, lastYearDay, Map.of()), null, null,
					drilldown(viewer, definition, today, Map.of())));
		}
		return new Figures(year, today, lastYearDay, strategy == null ? null : strategy.title(),
				strategy == null ? null : strategy.title("en"), figures);
	}

	private BigDecimal value(MetricDefinition definition, HomeViewer viewer, LocalDate until,
			Map<String, String> parameters) {
		return Numbers.plain(metrics.value(definition.key(), metrics.query(definition, viewer.networkId(),
				until.withDayOfYear(1), until, parameters)));
	}

	private static String drilldown(HomeViewer viewer, MetricDefinition definition, LocalDate until,
			Map<String, String> parameters) {
		StringBuilder path = new StringBuilder(viewer.path("/metrics/" + definition.key() + "?from="
				+ until.withDayOfYear(1) + "&to=" + until));
		parameters.forEach((name, value) -> path.append('&')
			.append(URLEncoder.encode(name, StandardCharsets.UTF_8))
			.append('=')
			.append(URLEncoder.encode(value, StandardCharsets.UTF_8)));
		return path.toString();
	}

	private static List<IndicatorView> indicators(List<NodeView> nodes) {
		List<IndicatorView> all = new ArrayList<>();
		for (NodeView node : nodes) {
			all.addAll(node.indicators());
			all.addAll(indicators(node.children()));
		}
		return all;
	}
}
