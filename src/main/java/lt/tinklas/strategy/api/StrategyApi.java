package lt.tinklas.strategy.api;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import java.util.function.Function;
import java.util.stream.Collectors;

import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.tags.Tag;
import lt.tinklas.shared.security.Readers;
import lt.tinklas.shared.web.Formats;
import lt.tinklas.shared.web.NotFoundException;
import lt.tinklas.strategy.Comparison;
import lt.tinklas.strategy.NodeKind;
import lt.tinklas.strategy.NodeView;
import lt.tinklas.strategy.Strategies;
import lt.tinklas.strategy.StrategyProgress;
import lt.tinklas.strategy.StrategyView;
import lt.tinklas.strategy.application.IndicatorStatus;
import org.springframework.format.annotation.DateTimeFormat;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;

@RestController
@RequestMapping("/api/v1/networks/{slug}/strategies")
@Tag(name = "Strategy")
class StrategyApi {

	private final Strategies strategies;
	private final StrategyProgress progress;

	StrategyApi(Strategies strategies, StrategyProgress progress) {
		this.strategies = strategies;
		this.progress = progress;
	}

	record StrategyIndicatorBody(long id, String name, String nameEn, String unit, Comparison comparison, String metricKey,
			Map<String, String> parameters, Map<Integer, BigDecimal> targets, BigDecimal target, BigDecimal actual,
			int percent, IndicatorStatus status, List<StrategyProgress.YearActual> years, String drilldown) {
	}

	record NodeBody(long id, NodeKind kind, String number, String text, String textEn, List<StrategyIndicatorBody> indicators,
			List<NodeBody> children) {
	}

	record CurrentBody(StrategyView strategy, int year, LocalDate on, Map<IndicatorStatus, Long> counts,
			List<NodeBody> tree) {
	}

	@GetMapping("/current")
	@Readers
	@Operation(summary = "The current strategy: its tree with each indicator's targets and its actual and status",
			description = "year defaults to the current year when the period holds it, else the period's last; on (a day) defaults to today within that year, else the year's last day. status: ACHIEVED, ON_TRACK, AT_RISK, MISSED, NO_TARGET. A year outside the period is refused with 400.")
	CurrentBody current(@RequestParam(required = false) Integer year,
			@RequestParam(required = false) @DateTimeFormat(iso = DateTimeFormat.ISO.DATE) LocalDate on) {
		StrategyView strategy = strategies.current().orElseThrow(() -> new NotFoundException("Strategy"));
		int chosen = year != null ? year
				: Math.min(Math.max(LocalDate.now(Formats.VILNIUS).getYear(), strategy.fromYear()),
						strategy.toYear());
		StrategyProgress.Dashboard dashboard = progress.dashboard(strategy.id(), chosen, on, null, null);
		Map<Long, StrategyProgress.IndicatorProgress> byIndicator = dashboard.indicators()
			.stream()
			.collect(Collectors.toMap(p -> p.indicator().id(), Function.identity()));
		return new CurrentBody(strategy, dashboard.year(), dashboard.on(), dashboard.counts(),
				dashboard.directions().stream().map(node -> body(node, byIndicator)).toList());
	}

	private static NodeBody body(NodeView node, Map<Long, StrategyProgress.IndicatorProgress> progress) {
		return new NodeBody(node.id(), node.kind(), node.number(), node.text(), node.textEn(),
				node.indicators().stream().map(i -> {
					StrategyProgress.IndicatorProgress p = progress.get(i.id());
					return new StrategyIndicatorBody(i.id(), i.name(), i.nameEn(), i.unit(), i.comparison(), i.metricKey(),
							i.metricParameters(), i.targets(), p.target(), p.actual(), p.percent(), p.status(), p.years(),
							p.drilldown());
				}).toList(),
				node.children().stream().map(child -> body(child, progress)).toList());
	}
}
