package lt.tinklas.generator;

import java.math.BigDecimal;
import java.sql.SQLException;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.function.IntUnaryOperator;

import lt.tinklas.events.EventType;
import lt.tinklas.strategy.Comparison;
import lt.tinklas.strategy.NodeKind;

/**
 * Each network's current strategy for 2023-2025: two directions, their goals, tasks, measures and
 * expected results, and four indicators counted from the records (trainings, special trainings,
 * participations in trainings, new members) with a target for each year, set so that the first
 * year is achieved, the second missed and the third met exactly.
 */
final class StrategyRows {

	static final int FROM = 2023;
	static final int TO = 2025;

	private final Plan plan;
	private final Tables tables;
	private final IdSequences ids;

	StrategyRows(Plan plan, Tables tables, IdSequences ids) {
		this.plan = plan;
		this.tables = tables;
		this.ids = ids;
	}

	/** A node of the tree, its parent (an index in the list, -1 at the top) and the indicator on it, if any. */
	private record Node(int parent, NodeKind kind, String text, String textEn, Indicator indicator) {
	}

	private record Indicator(String name, String nameEn, String unit, String metric, String parameters,
			IntUnaryOperator actual) {
	}

	private static List<Node> tree(NetworkPlan network) {
		List<Node> nodes = new ArrayList<>();
		nodes.add(new Node(-1, NodeKind.DIRECTION, "NVO stiprinimas", "Strengthening NGOs", null));
		nodes.add(new Node(0, NodeKind.GOAL, "Stiprinti NVO paslaugų kokybę", "Strengthen the quality of NGO services",
				null));
		nodes.add(new Node(1, NodeKind.TASK, "Stiprinti narių gebėjimus teikti kokybiškas socialines paslaugas", null,
				null));
		nodes.add(new Node(1, NodeKind.MEASURE, "Specialieji ir bendrieji mokymai narių darbuotojams", null, null));
		nodes.add(new Node(1, NodeKind.RESULT, "Kasmet surengiama mokymų narių darbuotojams",
				"Trainings for members' staff every year", new Indicator("Mokymai per metus", "Trainings a year",
						"mokymai", "events.held", "type=" + EventType.TRAINING,
						year -> network.heldIn(year, EventType.TRAINING, null))));
		nodes.add(new Node(1, NodeKind.RESULT, "Kasmet surengiama specialiųjų mokymų paslaugų kokybei stiprinti",
				"Special trainings on service quality every year",
				new Indicator("Specialieji mokymai per metus", "Special trainings a year", "mokymai", "events.held",
						"type=" + EventType.TRAINING + "&tag=" + Vocabulary.SPECIAL,
						year -> network.heldIn(year, EventType.TRAINING, Vocabulary.SPECIAL))));
		nodes.add(new Node(1, NodeKind.RESULT, "Mokymuose dalyvauja vis daugiau narių darbuotojų",
				"More members' staff take part in trainings",
				new Indicator("Dalyvavimai mokymuose", "Participations in trainings", "dalyvavimai",
						"events.participations", "type=" + EventType.TRAINING,
						year -> network.attendedIn(year, EventType.TRAINING))));
		nodes.add(new Node(0, NodeKind.GOAL, "Auginti tinklą", "Grow the network", null));
		nodes.add(new Node(7, NodeKind.TASK, "Pritraukti naujų narių regionuose", null, null));
		nodes.add(new Node(7, NodeKind.RESULT, "Per metus prie tinklo prisijungia naujų NVO",
				"New NGOs join the network every year", new Indicator("Naujos narės per metus", "New members a year",
						"NVO", "members.accepted", null, network::acceptedIn)));
		nodes.add(new Node(-1, NodeKind.DIRECTION, "Advokacija", "Advocacy", null));
		nodes.add(new Node(10, NodeKind.GOAL, "Stiprinti NVO balsą socialinėje politikoje",
				"Strengthen the voice of NGOs in social policy", null));
		nodes.add(new Node(11, NodeKind.TASK, "Rengti pozicijas ir teikti jas institucijoms", null, null));
		nodes.add(new Node(11, NodeKind.RESULT, "Reguliarūs susitikimai su sprendimų priėmėjais", null, null));
		return nodes;
	}

	void write() throws SQLException {
		List<NetworkPlan> active = plan.networks.stream().filter(n -> !n.empty).toList();
		IdSequences.Ids strategyIds = ids.of("strategy");
		long[] strategies = new long[active.size()];
		try (CopyRows rows = tables.open("strategy", "id", "network_id", "title", "title_en", "from_year", "to_year",
				"approved_by", "approved_on", "mission", "vision", "strategy_values", "is_current", "version")) {
			for (int n = 0; n < active.size(); n++) {
				NetworkPlan network = active.get(n);
				strategies[n] = strategyIds.next();
				rows.add(strategies[n]).add(network.networkId).add(network.shortName + " strategija " + FROM + "–" + TO)
					.add(network.shortName + " strategy " + FROM + "–" + TO).add(FROM).add(TO)
					.add("Visuotinis narių susirinkimas").add(LocalDate.of(FROM - 1, 11, 17))
					.add("Mažinti skurdą ir socialinę atskirtį, telkiant ir stiprinant nevyriausybines organizacijas.")
					.add("Stiprus NVO balsas, keičiantis socialinę politiką.")
					.add("Pagarba žmogui\nSkaidrumas\nSolidarumas").add(true).add(0).end();
			}
			tables.done(rows);
		}
		IdSequences.Ids nodeIds = ids.of("strategy_node");
		long[][] nodes = new long[active.size()][];
		try (CopyRows rows = tables.open("strategy_node", "id", "network_id", "strategy_id", "parent_id", "kind",
				"sort_order", "node_text", "node_text_en", "version")) {
			for (int n = 0; n < active.size(); n++) {
				NetworkPlan network = active.get(n);
				List<Node> tree = tree(network);
				nodes[n] = new long[tree.size()];
				int[] children = new int[tree.size() + 1];
				for (int k = 0; k < tree.size(); k++) {
					Node node = tree.get(k);
					nodes[n][k] = nodeIds.next();
					rows.add(nodes[n][k]).add(network.networkId).add(strategies[n])
						.optional(node.parent() < 0 ? null : nodes[n][node.parent()]).add(node.kind().name())
						.add(++children[node.parent() + 1]).add(node.text()).add(node.textEn()).add(0).end();
				}
			}
			tables.done(rows);
		}
		IdSequences.Ids indicatorIds = ids.of("strategy_indicator");
		List<long[]> targets = new ArrayList<>();
		try (CopyRows rows = tables.open("strategy_indicator", "id", "network_id", "node_id", "name", "name_en",
				"unit", "comparison", "metric_key", "metric_parameters", "version")) {
			for (int n = 0; n < active.size(); n++) {
				NetworkPlan network = active.get(n);
				List<Node> tree = tree(network);
				for (int k = 0; k < tree.size(); k++) {
					Indicator indicator = tree.get(k).indicator();
					if (indicator == null) {
						continue;
					}
					long id = indicatorIds.next();
					rows.add(id).add(network.networkId).add(nodes[n][k]).add(indicator.name()).add(indicator.nameEn())
						.add(indicator.unit()).add(Comparison.AT_LEAST.name()).add(indicator.metric())
						.add(indicator.parameters()).add(0).end();
					for (int year = FROM; year <= TO; year++) {
						int actual = indicator.actual().applyAsInt(year);
						long target = year == FROM ? Math.max(1, actual * 9 / 10)
								: year == TO ? Math.max(1, actual) : actual + Math.max(1, actual / 10);
						targets.add(new long[] { id, year, target });
					}
				}
			}
			tables.done(rows);
		}
		try (CopyRows rows = tables.open("strategy_indicator_target", "indicator_id", "target_year", "target_value")) {
			for (long[] target : targets) {
				rows.add(target[0]).add(target[1]).add(BigDecimal.valueOf(target[2])).end();
			}
			tables.done(rows);
		}
	}
}
