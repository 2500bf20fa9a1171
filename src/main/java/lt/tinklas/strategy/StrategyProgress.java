package lt.tinklas.strategy;

import java.math.BigDecimal;
import java.math.RoundingMode;
import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.stream.Stream;

import lt.tinklas.metrics.MetricDefinition;
import lt.tinklas.metrics.Metrics;
import lt.tinklas.shared.tenancy.NetworkLookup;
import lt.tinklas.shared.tenancy.Tenancy;
import lt.tinklas.shared.text.Numbers;
import lt.tinklas.shared.web.Formats;
import lt.tinklas.shared.web.InvalidInputException;
import lt.tinklas.strategy.application.IndicatorStatus;
import lt.tinklas.strategy.application.ManualValueView;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * Where a strategy stands: each indicator's target and actual for a year as of a day, and its
 * status. A metric's actual counts the records from the year's first day to that day; a hand-kept
 * indicator's actual is its latest value recorded in that span.
 */
@Service
public class StrategyProgress {

	private final Strategies strategies;
	private final Metrics metrics;
	private final NetworkLookup networks;

	StrategyProgress(Strategies strategies, Metrics metrics, NetworkLookup networks) {
		this.strategies = strategies;
		this.metrics = metrics;
		this.networks = networks;
	}

	/** One year of an indicator. */
	public record YearActual(int year, BigDecimal target, BigDecimal actual, IndicatorStatus status) {
	}

	/** An indicator's standing, with the result and direction it belongs to and where its records are. */
	public record IndicatorProgress(IndicatorView indicator, NodeView result, NodeView direction, BigDecimal target,
			BigDecimal actual, int percent, IndicatorStatus status, List<YearActual> years, String drilldown) {

		/** The chart in words: each year's actual against its target, as "2023: 3 / 2". */
		public String chartText() {
			return String.join("; ", years.stream()
				.map(y -> y.year() + ": " + plain(y.actual()) + " / " + plain(y.target()))
				.toList());
		}

		private static String plain(BigDecimal value) {
			return value == null ? "—" : value.stripTrailingZeros().toPlainString().replace('.', ',');
		}

		/** A value's height in the small chart of the period, 0-100, against the largest target or actual. */
		public int height(BigDecimal value) {
			BigDecimal max = years.stream()
				.flatMap(y -> Stream.of(y.target(), y.actual()))
				.filter(Objects::nonNull)
				.max(BigDecimal::compareTo)
				.orElse(BigDecimal.ZERO);
			if (value == null || max.signum() <= 0) {
				return 0;
			}
			return value.multiply(BigDecimal.valueOf(100)).divide(max, 0, RoundingMode.HALF_UP).intValue();
		}
	}

	/** The whole picture for a year as of a day. */
	public record Dashboard(StrategyView strategy, int year, LocalDate on, List<NodeView> directions,
			List<IndicatorProgress> indicators, Map<IndicatorStatus, Long> counts) {
	}

	/**
	 * The dashboard of a strategy; {@code on} defaults to today within the year, else the year's last
	 * day; the filters (direction, status) are optional.
	 */
	@Transactional(readOnly = true)
	public Dashboard dashboard(long strategyId, int year, LocalDate on, Long directionId, IndicatorStatus status) {
		StrategyView strategy = strategies.get(strategyId);
		if (year < strategy.fromYear() || year > strategy.toYear()) {
			throw InvalidInputException.of("year", "strategy.error.yearOutside", year, strategy.fromYear(),
					strategy.toYear());
		}
		LocalDate day = on == null ? defaultDay(year) : on;
		List<NodeView> tree = strategies.tree(strategyId);
		List<IndicatorProgress> all = new ArrayList<>();
		for (NodeView direction : tree) {
			collect(strategy, direction, direction, year, day, all);
		}
		Map<IndicatorStatus, Long> counts = new EnumMap<>(IndicatorStatus.class);
		for (IndicatorStatus s : IndicatorStatus.values()) {
			counts.put(s, all.stream().filter(p -> p.status() == s).count());
		}
		List<IndicatorProgress> shown = all.stream()
			.filter(p -> directionId == null || p.direction().id() == directionId)
			.filter(p -> status == null || p.status() == status)
			.toList();
		return new Dashboard(strategy, year, day, tree, shown, counts);
	}

	/** Today when it falls in the year, else the year's last day (or first, for a year to come). */
	public static LocalDate defaultDay(int year) {
		LocalDate today = LocalDate.now(Formats.VILNIUS);
		if (today.getYear() == year) {
			return today;
		}
		return today.getYear() > year ? LocalDate.of(year, 12, 31) : LocalDate.of(year, 1, 1);
	}

	private void collect(StrategyView strategy, NodeView direction, NodeView node, int year, LocalDate on,
			List<IndicatorProgress> into) {
		for (IndicatorView indicator : node.indicators()) {
			into.add(progress(strategy, direction, node, indicator, year, on));
		}
		for (NodeView child : node.children()) {
			collect(strategy, direction, child, year, on, into);
		}
	}

	private IndicatorProgress progress(StrategyView strategy, NodeView direction, NodeView result,
			IndicatorView indicator, int year, LocalDate on) {
		List<YearActual> years = new ArrayList<>();
		for (int y = strategy.fromYear(); y <= strategy.toYear(); y++) {
			LocalDate day = y == year ? on : (y < year ? LocalDate.of(y, 12, 31) : on);
			BigDecimal actual = actual(strategy.id(), indicator, y, day);
			BigDecimal target = indicator.targets().get(y);
			years.add(new YearActual(y, target, actual, status(indicator.comparison(), target, actual, y, day)));
		}
		YearActual chosen = years.stream().filter(y -> y.year() == year).findFirst().orElseThrow();
		int percent = chosen.target() == null || chosen.target().signum() == 0 || chosen.actual() == null ? 0
				: chosen.actual().multiply(BigDecimal.valueOf(100)).divide(chosen.target(), 0, RoundingMode.HALF_UP).intValue();
		return new IndicatorProgress(indicator, result, direction, chosen.target(), chosen.actual(), percent,
				chosen.status(), years, drilldown(strategy.id(), indicator, year, on));
	}

	/** The actual of the year as of the day: nothing yet for a year that has not begun. */
	BigDecimal actual(long strategyId, IndicatorView indicator, int year, LocalDate on) {
		LocalDate from = LocalDate.of(year, 1, 1);
		LocalDate to = on.isBefore(LocalDate.of(year, 12, 31)) ? on : LocalDate.of(year, 12, 31);
		if (to.isBefore(from)) {
			return null;
		}
		if (indicator.manual()) {
			return strategies.values(strategyId, indicator.id())
				.stream()
				.filter(v -> !v.recordedOn().isBefore(from) && !v.recordedOn().isAfter(to))
				.reduce((a, b) -> b)
				.map(ManualValueView::value)
				.orElse(null);
		}
		MetricDefinition definition = metrics.definition(indicator.metricKey());
		BigDecimal value = metrics.value(definition.key(),
				metrics.query(definition, Tenancy.require(), from, to, indicator.metricParameters()));
		return Numbers.plain(value);
	}

	/** The status rules of a year's target (see the README). */
	static IndicatorStatus status(Comparison comparison, BigDecimal target, BigDecimal actual, int year, LocalDate on) {
		if (target == null) {
			return IndicatorStatus.NO_TARGET;
		}
		BigDecimal value = actual == null ? BigDecimal.ZERO : actual;
		LocalDate last = LocalDate.of(year, 12, 31);
		boolean over = !on.isBefore(last);
		double elapsed = on.getYear() < year ? 0 : over ? 1 : (double) on.getDayOfYear() / on.lengthOfYear();
		double reached = target.signum() == 0 ? 1 : value.doubleValue() / target.doubleValue();
		int compared = value.compareTo(target);
		return switch (comparison) {
			case AT_LEAST -> compared >= 0 ? IndicatorStatus.ACHIEVED
					: over ? IndicatorStatus.MISSED : reached >= elapsed ? IndicatorStatus.ON_TRACK : IndicatorStatus.AT_RISK;
			case AT_MOST -> compared > 0 ? IndicatorStatus.MISSED
					: over ? IndicatorStatus.ACHIEVED : reached <= elapsed ? IndicatorStatus.ON_TRACK : IndicatorStatus.AT_RISK;
			case EXACTLY -> over ? (compared == 0 ? IndicatorStatus.ACHIEVED : IndicatorStatus.MISSED)
					: compared > 0 ? IndicatorStatus.MISSED
							: reached >= elapsed ? IndicatorStatus.ON_TRACK : IndicatorStatus.AT_RISK;
		};
	}

	private String drilldown(long strategyId, IndicatorView indicator, int year, LocalDate on) {
		String base = "/n/" + networks.slugOf(Tenancy.require());
		if (indicator.manual()) {
			return base + "/strategies/" + strategyId + "/indicators/" + indicator.id();
		}
		LocalDate to = on.isBefore(LocalDate.of(year, 12, 31)) ? on : LocalDate.of(year, 12, 31);
		if (to.isBefore(LocalDate.of(year, 1, 1))) {
			to = LocalDate.of(year, 1, 1);
		}
		StringBuilder path = new StringBuilder(base + "/metrics/" + indicator.metricKey() + "?from=" + year + "-01-01&to=" + to);
		indicator.metricParameters()
			.forEach((name, value) -> path.append('&')
				.append(URLEncoder.encode(name, StandardCharsets.UTF_8))
				.append('=')
				.append(URLEncoder.encode(value, StandardCharsets.UTF_8)));
		return path.toString();
	}
}
