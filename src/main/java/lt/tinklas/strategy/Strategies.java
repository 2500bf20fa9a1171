package lt.tinklas.strategy;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Collections;
import java.util.Comparator;
import java.util.EnumMap;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.Set;
import java.util.TreeMap;

import lt.tinklas.metrics.MetricDefinition;
import lt.tinklas.metrics.MetricParameters;
import lt.tinklas.metrics.Metrics;
import lt.tinklas.shared.files.FileKinds;
import lt.tinklas.shared.history.FieldChange;
import lt.tinklas.shared.history.HistoryEntry;
import lt.tinklas.shared.history.RecordHistory;
import lt.tinklas.shared.tenancy.Tenancy;
import lt.tinklas.shared.text.Numbers;
import lt.tinklas.shared.web.InvalidInputException;
import lt.tinklas.shared.web.NotFoundException;
import lt.tinklas.strategy.application.ManualValueView;
import lt.tinklas.strategy.domain.Indicator;
import lt.tinklas.strategy.domain.IndicatorRecords;
import lt.tinklas.strategy.domain.IndicatorTarget;
import lt.tinklas.strategy.domain.ManualValue;
import lt.tinklas.strategy.domain.ManualValueRecords;
import lt.tinklas.strategy.domain.NodeRecords;
import lt.tinklas.strategy.domain.Strategy;
import lt.tinklas.strategy.domain.StrategyNode;
import lt.tinklas.strategy.domain.StrategyRecords;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;
import lt.tinklas.shared.text.WebLinks;

/** A network's strategies: the heading, the tree, the indicators and their hand-kept values. */
@Service
public class Strategies {

	public static final long MAX_EVIDENCE_BYTES = 10L * 1024 * 1024;

	private final StrategyRecords strategies;
	private final NodeRecords nodes;
	private final IndicatorRecords indicators;
	private final ManualValueRecords values;
	private final Metrics metrics;
	private final RecordHistory history;

	Strategies(StrategyRecords strategies, NodeRecords nodes, IndicatorRecords indicators, ManualValueRecords values,
			Metrics metrics, RecordHistory history) {
		this.strategies = strategies;
		this.nodes = nodes;
		this.indicators = indicators;
		this.values = values;
		this.metrics = metrics;
		this.history = history;
	}

	// the heading

	@Transactional(readOnly = true)
	public List<StrategyView> list() {
		return strategies.findAllByOrderByFromYearDesc().stream().map(Strategies::view).toList();
	}

	@Transactional(readOnly = true)
	public StrategyView get(long id) {
		return view(find(id));
	}

	@Transactional(readOnly = true)
	public Optional<StrategyView> current() {
		return strategies.findFirstByCurrentTrue().map(Strategies::view);
	}

	/** Adds a strategy; the network's first becomes current. */
	@Transactional
	public StrategyView create(StrategyData data) {
		checkPeriod(data);
		Strategy strategy = new Strategy(data.title(), data.fromYear(), data.toYear());
		apply(strategy, data);
		strategy.makeCurrent(strategies.count() == 0);
		return view(strategies.saveAndFlush(strategy));
	}

	@Transactional
	public StrategyView update(long id, long version, StrategyData data) {
		Strategy strategy = find(id);
		strategy.checkVersion(version);
		checkPeriod(data);
		for (Indicator indicator : indicatorsOf(id)) {
			for (IndicatorTarget target : indicator.getTargets()) {
				if (target.getYear() < data.fromYear() || target.getYear() > data.toYear()) {
					throw InvalidInputException.of("toYear", "strategy.error.targetsOutside", target.getYear(),
							indicator.getName());
				}
			}
		}
		apply(strategy, data);
		return view(strategies.saveAndFlush(strategy));
	}

	@Transactional
	public void makeCurrent(long id) {
		Strategy chosen = find(id);
		strategies.findAll().forEach(s -> s.makeCurrent(false));
		strategies.flush();
		chosen.makeCurrent(true);
		strategies.flush();
	}

	@Transactional(readOnly = true)
	public List<HistoryEntry> history(long id) {
		find(id);
		return history.of(Strategy.class, id);
	}

	@Transactional(readOnly = true)
	public List<FieldChange> changedSince(long id, long version) {
		find(id);
		return history.changedSince(Strategy.class, id, version);
	}

	// the tree

	/** The tree of the strategy, numbered, with each node's indicators. */
	@Transactional(readOnly = true)
	public List<NodeView> tree(long strategyId) {
		find(strategyId);
		List<StrategyNode> all = nodes.findByStrategyIdOrderBySortOrderAscIdAsc(strategyId);
		Map<Long, List<IndicatorView>> byNode = new LinkedHashMap<>();
		for (Indicator indicator : indicators.findByNodeIdInOrderById(all.stream().map(StrategyNode::getId).toList())) {
			byNode.computeIfAbsent(indicator.getNodeId(), k -> new ArrayList<>()).add(view(indicator));
		}
		return branch(all, null, "", 0, byNode);
	}

	private static List<NodeView> branch(List<StrategyNode> all, Long parentId, String prefix, int depth,
			Map<Long, List<IndicatorView>> byNode) {
		List<NodeView> result = new ArrayList<>();
		Map<NodeKind, Integer> counters = new EnumMap<>(NodeKind.class);
		for (StrategyNode node : all) {
			if (!Objects.equals(node.getParentId(), parentId)) {
				continue;
			}
			int n = counters.merge(node.getKind(), 1, Integer::sum);
			String number = prefix.isEmpty() ? String.valueOf(n) : prefix + "." + n;
			result.add(new NodeView(node.getId(), node.getVersion(), node.getParentId(), node.getKind(), number,
					node.getText(), node.getTextEn(), depth, branch(all, node.getId(), number, depth + 1, byNode),
					byNode.getOrDefault(node.getId(), List.of())));
		}
		return result;
	}

	@Transactional
	public NodeView addNode(long strategyId, Long parentId, NodeKind kind, String text, String textEn) {
		find(strategyId);
		checkText(text);
		if (kind == null) {
			throw InvalidInputException.of("kind", "jakarta.validation.constraints.NotNull.message");
		}
		NodeKind parentKind = parentId == null ? null : node(strategyId, parentId).getKind();
		if (!kind.mayBeUnder(parentKind)) {
			throw InvalidInputException.of("kind", "strategy.error.kindUnder", kind.name(),
					parentKind == null ? "-" : parentKind.name());
		}
		int last = siblings(strategyId, parentId).stream().mapToInt(StrategyNode::getSortOrder).max().orElse(0);
		StrategyNode saved = nodes.saveAndFlush(new StrategyNode(strategyId, parentId, kind, last + 1, text, textEn));
		return find(tree(strategyId), saved.getId());
	}

	@Transactional
	public void rewordNode(long strategyId, long nodeId, long version, String text, String textEn) {
		StrategyNode node = node(strategyId, nodeId);
		node.checkVersion(version);
		checkText(text);
		node.reword(text, textEn);
		nodes.saveAndFlush(node);
	}

	/** Moves a node (with its branch) under another parent, last there; refused when it would make a loop. */
	@Transactional
	public void moveNode(long strategyId, long nodeId, Long newParentId) {
		StrategyNode node = node(strategyId, nodeId);
		if (newParentId != null) {
			StrategyNode parent = node(strategyId, newParentId);
			for (StrategyNode up = parent; up != null; up = up.getParentId() == null ? null
					: node(strategyId, up.getParentId())) {
				if (up.getId().equals(node.getId())) {
					throw InvalidInputException.of("parentId", "strategy.error.loop");
				}
			}
		}
		NodeKind parentKind = newParentId == null ? null : node(strategyId, newParentId).getKind();
		if (!node.getKind().mayBeUnder(parentKind)) {
			throw InvalidInputException.of("parentId", "strategy.error.kindUnder", node.getKind().name(),
					parentKind == null ? "-" : parentKind.name());
		}
		int last = siblings(strategyId, newParentId).stream().mapToInt(StrategyNode::getSortOrder).max().orElse(0);
		node.moveTo(newParentId, last + 1);
		nodes.saveAndFlush(node);
	}

	/** Moves a node one place up (or down) among its siblings. */
	@Transactional
	public void shiftNode(long strategyId, long nodeId, boolean up) {
		StrategyNode node = node(strategyId, nodeId);
		List<StrategyNode> siblings = siblings(strategyId, node.getParentId());
		int index = siblings.indexOf(node);
		int other = up ? index - 1 : index + 1;
		if (other < 0 || other >= siblings.size()) {
			return;
		}
		siblings.add(other, siblings.remove(index));
		for (int i = 0; i < siblings.size(); i++) {
			siblings.get(i).placeAt(i + 1);
		}
		nodes.saveAllAndFlush(siblings);
	}

	/** Deletes a node with its branch and their indicators and values. */
	@Transactional
	public void deleteNode(long strategyId, long nodeId) {
		StrategyNode node = node(strategyId, nodeId);
		List<StrategyNode> all = nodes.findByStrategyIdOrderBySortOrderAscIdAsc(strategyId);
		List<StrategyNode> doomed = new ArrayList<>();
		collect(all, node, doomed);
		List<Indicator> gone = indicators.findByNodeIdInOrderById(doomed.stream().map(StrategyNode::getId).toList());
		for (Indicator indicator : gone) {
			values.deleteAll(values.findByIndicatorIdOrderByRecordedOnAscIdAsc(indicator.getId()));
		}
		indicators.deleteAll(gone);
		Collections.reverse(doomed);
		nodes.deleteAll(doomed);
		nodes.flush();
	}

	private static void collect(List<StrategyNode> all, StrategyNode node, List<StrategyNode> into) {
		into.add(node);
		all.stream().filter(n -> node.getId().equals(n.getParentId())).forEach(child -> collect(all, child, into));
	}

	// indicators

	@Transactional
	public IndicatorView addIndicator(long strategyId, long nodeId, IndicatorData data) {
		Strategy strategy = find(strategyId);
		StrategyNode node = node(strategyId, nodeId);
		if (node.getKind() != NodeKind.RESULT) {
			throw InvalidInputException.of("nodeId", "strategy.error.indicatorOnResult");
		}
		Indicator indicator = new Indicator(nodeId);
		define(strategy, indicator, data);
		return view(indicators.saveAndFlush(indicator));
	}

	@Transactional
	public IndicatorView updateIndicator(long strategyId, long indicatorId, long version, IndicatorData data) {
		Strategy strategy = find(strategyId);
		Indicator indicator = indicator(strategyId, indicatorId);
		indicator.checkVersion(version);
		define(strategy, indicator, data);
		return view(indicators.saveAndFlush(indicator));
	}

	@Transactional
	public void deleteIndicator(long strategyId, long indicatorId) {
		Indicator indicator = indicator(strategyId, indicatorId);
		values.deleteAll(values.findByIndicatorIdOrderByRecordedOnAscIdAsc(indicatorId));
		indicators.delete(indicator);
	}

	@Transactional(readOnly = true)
	public IndicatorView indicatorOf(long strategyId, long indicatorId) {
		return view(indicator(strategyId, indicatorId));
	}

	@Transactional(readOnly = true)
	public List<IndicatorView> indicators(long strategyId) {
		return indicatorsOf(strategyId).stream().map(Strategies::view).toList();
	}

	@Transactional(readOnly = true)
	public List<HistoryEntry> indicatorHistory(long strategyId, long indicatorId) {
		indicator(strategyId, indicatorId);
		return history.of(Indicator.class, indicatorId);
	}

	@Transactional(readOnly = true)
	public List<FieldChange> indicatorChangedSince(long strategyId, long indicatorId, long version) {
		indicator(strategyId, indicatorId);
		return history.changedSince(Indicator.class, indicatorId, version);
	}

	// hand-kept values

	@Transactional
	public ManualValueView addValue(long strategyId, long indicatorId, LocalDate on, BigDecimal value, String note,
			String evidenceLink, String fileName, byte[] file) {
		Indicator indicator = indicator(strategyId, indicatorId);
		if (indicator.getMetricKey() != null) {
			throw InvalidInputException.of("value", "strategy.error.computed");
		}
		List<InvalidInputException.FieldError> errors = new ArrayList<>();
		if (on == null) {
			errors.add(new InvalidInputException.FieldError("recordedOn", "strategy.error.valueDate", new Object[0]));
		}
		if (value == null) {
			errors.add(new InvalidInputException.FieldError("value", "jakarta.validation.constraints.NotNull.message",
					new Object[0]));
		}
		if (evidenceLink != null && !evidenceLink.isBlank() && !WebLinks.acceptable(evidenceLink)) {
			errors.add(new InvalidInputException.FieldError("evidenceLink", "validation.url", new Object[0]));
		}
		if (file != null && file.length > MAX_EVIDENCE_BYTES) {
			errors.add(new InvalidInputException.FieldError("file", "strategy.error.fileSize", new Object[0]));
		}
		else if (file != null && file.length > 0 && FileKinds.unsafeName(fileName)) {
			errors.add(new InvalidInputException.FieldError("file", "file.error.name", new Object[0]));
		}
		else if (file != null && file.length > 0 && fileName != null
				&& !FileKinds.contentMatches(fileName.substring(fileName.lastIndexOf('.') + 1), file)) {
			errors.add(new InvalidInputException.FieldError("file", "file.error.contentMismatch", new Object[0]));
		}
		if (!errors.isEmpty()) {
			throw new InvalidInputException(errors);
		}
		ManualValue saved = new ManualValue(indicatorId, on, value, note, evidenceLink);
		if (file != null && file.length > 0) {
			String name = fileName == null || fileName.isBlank() ? "evidence" : fileName.replaceAll("[\\\\/]", "_");
			saved.attach(name, contentType(name), file);
		}
		return view(values.saveAndFlush(saved));
	}

	@Transactional(readOnly = true)
	public List<ManualValueView> values(long strategyId, long indicatorId) {
		indicator(strategyId, indicatorId);
		return values.findByIndicatorIdOrderByRecordedOnAscIdAsc(indicatorId).stream().map(Strategies::view).toList();
	}

	public record Evidence(String fileName, String contentType, byte[] content) {
	}

	@Transactional(readOnly = true)
	public Evidence evidence(long strategyId, long indicatorId, long valueId) {
		indicator(strategyId, indicatorId);
		ManualValue value = values.findById(valueId)
			.filter(v -> v.getIndicatorId().equals(indicatorId) && v.getEvidenceContent() != null)
			.orElseThrow(() -> new NotFoundException("Evidence"));
		return new Evidence(value.getEvidenceFileName(), value.getEvidenceContentType(), value.getEvidenceContent());
	}

	// checks

	private void define(Strategy strategy, Indicator indicator, IndicatorData data) {
		List<InvalidInputException.FieldError> errors = new ArrayList<>();
		Map<String, String> parameters = MetricParameters.parse(data.metricParameters());
		if (data.metricKey() != null && !data.metricKey().isBlank()) {
			MetricDefinition definition;
			try {
				definition = metrics.definition(data.metricKey().strip());
				// a dry run: an unknown parameter or a value the metric cannot use is refused now
				metrics.value(definition.key(), metrics.query(definition, Tenancy.require(),
						LocalDate.of(strategy.getFromYear(), 1, 1), LocalDate.of(strategy.getFromYear(), 1, 1), parameters));
			}
			catch (NotFoundException e) {
				errors.add(new InvalidInputException.FieldError("metricKey", "strategy.error.unknownMetric",
						new Object[] { data.metricKey() }));
			}
			catch (InvalidInputException e) {
				e.errors().forEach(error -> errors.add(new InvalidInputException.FieldError("metricParameters",
						error.messageKey(), error.arguments())));
			}
		}
		else if (!parameters.isEmpty()) {
			errors.add(new InvalidInputException.FieldError("metricParameters", "strategy.error.parametersWithoutMetric",
					new Object[0]));
		}
		for (Map.Entry<Integer, BigDecimal> target : data.targets().entrySet()) {
			if (target.getKey() < strategy.getFromYear() || target.getKey() > strategy.getToYear()) {
				errors.add(new InvalidInputException.FieldError("targets", "strategy.error.targetYear",
						new Object[] { target.getKey(), strategy.getFromYear(), strategy.getToYear() }));
			}
			else if (target.getValue() != null && target.getValue().signum() < 0) {
				errors.add(new InvalidInputException.FieldError("targets", "strategy.error.negativeTarget",
						new Object[] { target.getKey() }));
			}
		}
		if (!errors.isEmpty()) {
			throw new InvalidInputException(errors);
		}
		Set<IndicatorTarget> targets = new LinkedHashSet<>();
		data.targets().forEach((year, target) -> {
			if (target != null) {
				targets.add(new IndicatorTarget(year, target));
			}
		});
		indicator.define(data.name(), data.nameEn(), data.unit(), data.comparison(), data.metricKey(),
				MetricParameters.format(parameters), targets);
	}

	private static void checkPeriod(StrategyData data) {
		if (data.toYear() < data.fromYear()) {
			throw InvalidInputException.of("toYear", "common.error.endBeforeStart");
		}
	}

	private static void checkText(String text) {
		if (text == null || text.isBlank()) {
			throw InvalidInputException.of("text", "jakarta.validation.constraints.NotBlank.message");
		}
		if (text.length() > 2000) {
			throw InvalidInputException.of("text", "common.error.tooLong", 2000);
		}
	}

	private static String contentType(String name) {
		String lower = name.toLowerCase(Locale.ROOT);
		if (lower.endsWith(".pdf")) {
			return "application/pdf";
		}
		if (lower.endsWith(".png")) {
			return "image/png";
		}
		if (lower.endsWith(".jpg") || lower.endsWith(".jpeg")) {
			return "image/jpeg";
		}
		return "application/octet-stream";
	}

	private static void apply(Strategy strategy, StrategyData data) {
		strategy.update(data.title(), data.titleEn(), data.fromYear(), data.toYear(), data.approvedBy(),
				data.approvedOn(), data.mission(), data.vision(), data.values());
	}

	private List<Indicator> indicatorsOf(long strategyId) {
		return indicators.findByNodeIdInOrderById(nodes.findByStrategyIdOrderBySortOrderAscIdAsc(strategyId)
			.stream()
			.map(StrategyNode::getId)
			.toList());
	}

	private List<StrategyNode> siblings(long strategyId, Long parentId) {
		return new ArrayList<>(nodes.findByStrategyIdOrderBySortOrderAscIdAsc(strategyId)
			.stream()
			.filter(n -> Objects.equals(n.getParentId(), parentId))
			.toList());
	}

	private Strategy find(long id) {
		return strategies.findById(id).orElseThrow(() -> new NotFoundException("Strategy"));
	}

	private StrategyNode node(long strategyId, long nodeId) {
		return nodes.findById(nodeId)
			.filter(n -> n.getStrategyId().equals(strategyId))
			.orElseThrow(() -> new NotFoundException("Strategy node"));
	}

	private Indicator indicator(long strategyId, long indicatorId) {
		Indicator indicator = indicators.findById(indicatorId).orElseThrow(() -> new NotFoundException("Indicator"));
		node(strategyId, indicator.getNodeId());
		return indicator;
	}

	private static NodeView find(List<NodeView> tree, long id) {
		for (NodeView node : tree) {
			if (node.id() == id) {
				return node;
			}
			NodeView found = find(node.children(), id);
			if (found != null) {
				return found;
			}
		}
		return null;
	}

	static StrategyView view(Strategy s) {
		List<String> values = s.getValues() == null ? List.of()
				: Arrays.stream(s.getValues().split("\\R")).map(String::strip).filter(v -> !v.isEmpty()).toList();
		return new StrategyView(s.getId(), s.getVersion(), s.getTitle(), s.getTitleEn(), s.getFromYear(), s.getToYear(),
				s.getApprovedBy(), s.getApprovedOn(), s.getMission(), s.getVision(), values, s.isCurrent());
	}

	static IndicatorView view(Indicator i) {
		Map<Integer, BigDecimal> targets = new TreeMap<>();
		i.getTargets().forEach(t -> targets.put(t.getYear(), Numbers.plain(t.getTarget())));
		return new IndicatorView(i.getId(), i.getVersion(), i.getNodeId(), i.getName(), i.getNameEn(), i.getUnit(),
				i.getComparison(), i.getMetricKey(), MetricParameters.parse(i.getMetricParameters()), targets);
	}

	static ManualValueView view(ManualValue v) {
		return new ManualValueView(v.getId(), v.getRecordedOn(), Numbers.plain(v.getValue()), v.getNote(),
				v.getEvidenceLink(), v.getEvidenceFileName());
	}
}
