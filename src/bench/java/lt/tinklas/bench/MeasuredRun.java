package lt.tinklas.bench;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Properties;

/**
 * One run of {@link PagesSimulation} as the report reads it: each measured request with the floor
 * of its own minutes, the mean throughput of the floor phases just before and just after it.
 */
record MeasuredRun(Properties info, List<Measured> requests, List<Measured> floors) {

	/** A request's figures, its throughput (answers per second) and that of the floor around it. */
	record Measured(GatlingStats.Row row, double throughput, double floorThroughput) {

		double share() {
			return throughput / floorThroughput;
		}
	}

	static MeasuredRun of(Properties info, Map<String, GatlingStats.Row> rows) {
		double seconds = Double.parseDouble(info.getProperty("duration"));
		double floorSeconds = Double.parseDouble(info.getProperty("floorDuration"));
		List<String> order = new ArrayList<>();
		for (int i = 1; info.containsKey("phase." + i); i++) {
			order.add(info.getProperty("phase." + i));
		}
		List<Measured> requests = new ArrayList<>();
		List<Measured> floors = new ArrayList<>();
		for (int i = 0; i < order.size(); i++) {
			String phase = order.get(i);
			if (isFloor(phase)) {
				GatlingStats.Row floor = rows.get(phase);
				floors.add(new Measured(floor, floor.count() / floorSeconds, floor.count() / floorSeconds));
				continue;
			}
			double around = (rows.get(order.get(i - 1)).count() + rows.get(order.get(i + 1)).count()) / 2.0 / floorSeconds;
			List<String> names = phase.equals(PagesSimulation.SIGN_IN) ? List.of("sign-in form", PagesSimulation.SIGN_IN)
					: List.of(phase);
			for (String name : names) {
				GatlingStats.Row row = rows.get(name);
				requests.add(new Measured(row, row.count() / seconds, around));
			}
		}
		return new MeasuredRun(info, requests, floors);
	}

	/** "floor 3", not "floor JSON". */
	private static boolean isFloor(String phase) {
		return phase.matches(PagesSimulation.FLOOR + "\\d+");
	}

	/** The phase that ran at an instant (milliseconds since the epoch), or "the warm-up" before the first. */
	String phaseAt(long at) {
		String phase = "the warm-up";
		for (int i = 1; info.containsKey("phase." + i); i++) {
			if (at >= Long.parseLong(info.getProperty("phase." + i + ".from", String.valueOf(Long.MAX_VALUE)))) {
				phase = info.getProperty("phase." + i);
			}
		}
		return phase;
	}

	Measured request(String name) {
		return requests.stream().filter(r -> r.row().name().equals(name)).findFirst().orElse(null);
	}
}
