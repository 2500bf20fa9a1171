package lt.tinklas.generator;

import java.time.DayOfWeek;
import java.time.LocalDate;
import java.time.temporal.TemporalAdjusters;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.SplittableRandom;

import lt.tinklas.events.EventType;

/**
 * Everything the generation decides before it writes: the networks and, in each, who works where,
 * which events happen when, and how many take part, attend and rate each. Deterministic: every
 * choice comes from a random source seeded by a fixed seed, the network and the part decided.
 */
final class Plan {

	static final long SEED = 0x7469_6e6b_6c61_73L;

	// the parts of a network that draw their own random numbers
	static final long ORGANIZATIONS = 1;
	static final long PEOPLE = 2;
	static final long EVENTS = 3;
	static final long PARTICIPANTS = 4;
	static final long ORGANIZATION_ROWS = 5;
	static final long PERSON_ROWS = 6;
	static final long EVENT_ROWS = 7;
	static final long FEEDBACK_ROWS = 8;
	static final long ADVOCACY_ROWS = 9;
	static final long PROJECT_ROWS = 10;
	static final long STRATEGY_ROWS = 11;

	/** How many take part, by event type (the ordinal): a forum or an assembly gathers more than a supervision. */
	private static final double[] TURNOUT = new double[EventType.values().length];
	/** How often each type of event happens (the general assembly is placed once a year apart from these). */
	private static final double[] FREQUENCY = new double[EventType.values().length];

	static {
		turnout(EventType.TRAINING, 10, 60);
		turnout(EventType.NETWORKING_MEETING, 6, 10);
		turnout(EventType.FORUM, 30, 2);
		turnout(EventType.GENERAL_ASSEMBLY, 25, 0);
		turnout(EventType.WORKING_GROUP_MEETING, 4, 8);
		turnout(EventType.PRESS_CONFERENCE, 2, 2);
		turnout(EventType.AWARD_CEREMONY, 15, 1);
		turnout(EventType.INVOLVEMENT_MEETING, 5, 5);
		turnout(EventType.INTERINSTITUTIONAL_DISCUSSION, 6, 5);
		turnout(EventType.SUPERVISION, 3, 4);
		turnout(EventType.OTHER, 5, 3);
	}

	private static void turnout(EventType type, double turnout, double frequency) {
		TURNOUT[type.ordinal()] = turnout;
		FREQUENCY[type.ordinal()] = frequency;
	}

	final GenerationSize size;
	final Places places;
	final List<NetworkPlan> networks = new ArrayList<>();

	private Plan(GenerationSize size, Places places) {
		this.size = size;
		this.places = places;
	}

	/** Decides everything; refused when the ratings asked for exceed a network's attendees of held trainings. */
	static Plan of(GenerationSize size, Places places) {
		Plan plan = new Plan(size, places);
		for (int i = 0; i < size.networks(); i++) {
			String slug = size.networkSlug(i);
			boolean large = size.networks() == 1 && slug.equals("large");
			NetworkPlan network = new NetworkPlan(i, slug,
					large ? "Lietuvos socialinių organizacijų tinklas" : NetworkPlan.nameOf(i),
					large ? "LSOT" : NetworkPlan.shortNameOf(slug), false, size.organizations(), size.people(),
					size.events(), size.positions(), size.meetings(), size.projects());
			plan.organizations(network);
			plan.people(network);
			plan.events(network);
			plan.participants(network, size.participations());
			plan.ratings(network, size.ratings());
			plan.networks.add(network);
		}
		if (size.importNetwork()) {
			plan.networks.add(new NetworkPlan(size.networks(), GenerationSize.IMPORT_SLUG, "Importo bandymų tinklas",
					"IMPORTAS", true, 0, 0, 0, 0, 0, 0));
		}
		return plan;
	}

	private void organizations(NetworkPlan network) {
		SplittableRandom random = network.random(ORGANIZATIONS);
		int earliest = (int) LocalDate.of(1992, 1, 1).toEpochDay();
		int latest = (int) LocalDate.of(2019, 12, 31).toEpochDay();
		int firstMember = (int) LocalDate.of(2006, 1, 1).toEpochDay();
		int lastMember = (int) NetworkPlan.LAST_DAY.minusDays(14).toEpochDay();
		for (int o = 0; o < network.organizations(); o++) {
			network.orgSeat[o] = places.pick(random);
			network.orgKind[o] = (byte) random.nextInt(Vocabulary.KINDS.length);
			int founded = earliest + random.nextInt(latest - earliest);
			network.orgFounded[o] = founded;
			if (random.nextInt(100) < 90) {
				// a member once it had worked for more than a year
				int from = Math.max(founded + 400, firstMember);
				network.orgAccepted[o] = from + random.nextInt(Math.max(1, lastMember - from));
			}
			else {
				network.orgAccepted[o] = -1;
			}
		}
	}

	private void people(NetworkPlan network) {
		SplittableRandom random = network.random(PEOPLE);
		int organizations = network.organizations();
		for (int p = 0; p < network.people(); p++) {
			network.personOrg[p] = organizations == 0 || random.nextInt(100) < 5 ? -1 : random.nextInt(organizations);
		}
	}

	private void events(NetworkPlan network) {
		SplittableRandom random = network.random(EVENTS);
		int count = network.events();
		long[] start = new long[count];
		long[] end = new long[count];
		byte[] type = new byte[count];
		int assemblies = count >= 20 ? NetworkPlan.YEARS : 0;
		int firstDay = (int) LocalDate.of(2021, 1, 11).toEpochDay();
		int lastDay = (int) LocalDate.of(2025, 12, 19).toEpochDay();
		double frequencies = Arrays.stream(FREQUENCY).sum();
		for (int e = 0; e < count; e++) {
			EventType kind;
			LocalDate day;
			if (e < assemblies) {
				kind = EventType.GENERAL_ASSEMBLY;
				day = LocalDate.of(NetworkPlan.FIRST_YEAR + e, 4, 20).with(TemporalAdjusters
					.nextOrSame(DayOfWeek.THURSDAY));
			}
			else {
				kind = weighted(random, FREQUENCY, frequencies);
				day = workingDay(random, firstDay, lastDay);
			}
			type[e] = (byte) kind.ordinal();
			int hour = kind == EventType.GENERAL_ASSEMBLY ? 11 : random.nextInt(4) == 0 ? 13 : 10;
			start[e] = NetworkPlan.at(day, hour, 0);
			end[e] = switch (kind) {
				case FORUM -> NetworkPlan.at(day.plusDays(1), 16, 0);
				case TRAINING -> start[e] + 3600L * (2 + random.nextInt(5));
				case GENERAL_ASSEMBLY -> start[e] + 3600L * 3;
				default -> start[e] + 1800L * (3 + random.nextInt(4));
			};
		}
		// ids follow the start, as events are entered before they happen
		Integer[] order = new Integer[count];
		for (int e = 0; e < count; e++) {
			order[e] = e;
		}
		Arrays.sort(order, (a, b) -> Long.compare(start[a], start[b]));
		for (int e = 0; e < count; e++) {
			int from = order[e];
			network.eventStart[e] = start[from];
			network.eventEnd[e] = end[from];
			network.eventType[e] = type[from];
			boolean assembly = type[from] == EventType.GENERAL_ASSEMBLY.ordinal();
			network.eventStatus[e] = (byte) (!assembly && random.nextInt(100) < 4 ? 1 : 0);
			network.eventTopic[e] = (short) (type[from] == EventType.TRAINING.ordinal()
					? random.nextInt(Vocabulary.TOPICS.length) : -1);
		}
	}

	private static LocalDate workingDay(SplittableRandom random, int firstDay, int lastDay) {
		while (true) {
			LocalDate day = LocalDate.ofEpochDay(firstDay + random.nextInt(lastDay - firstDay + 1));
			boolean weekend = day.getDayOfWeek() == DayOfWeek.SATURDAY || day.getDayOfWeek() == DayOfWeek.SUNDAY;
			boolean summer = day.getMonthValue() == 7 || day.getMonthValue() == 8 && day.getDayOfMonth() < 20;
			if (!weekend && !summer) {
				return day;
			}
		}
	}

	private static EventType weighted(SplittableRandom random, double[] weights, double sum) {
		double at = random.nextDouble() * sum;
		for (int t = 0; t < weights.length; t++) {
			at -= weights[t];
			if (at < 0 && weights[t] > 0) {
				return EventType.values()[t];
			}
		}
		return EventType.TRAINING;
	}

	/**
	 * Spreads the participations over the events by their type's turnout (a cancelled event kept a
	 * third of its registrations); of a held event's, most attended, some were absent, a few
	 * cancelled their place; a cancelled event's stay registered.
	 */
	private void participants(NetworkPlan network, int total) {
		int count = network.events();
		if (count == 0) {
			return;
		}
		SplittableRandom random = network.random(PARTICIPANTS);
		double[] weights = new double[count];
		int[] caps = new int[count];
		for (int e = 0; e < count; e++) {
			weights[e] = TURNOUT[network.eventType[e]] * (network.held(e) ? 1 : 0.3) * (0.5 + random.nextDouble());
			caps[e] = network.people();
		}
		int[] given = spread(total, weights, caps);
		for (int e = 0; e < count; e++) {
			int n = given[e];
			network.participants[e] = n;
			if (network.held(e)) {
				double rate = 0.78 + random.nextDouble() * 0.17;
				network.attended[e] = (int) Math.round(n * rate);
				network.absent[e] = (int) Math.round((n - network.attended[e]) * 0.8);
			}
		}
	}

	/** Spreads the ratings over the held trainings by their attendance; each from a different attendee. */
	private void ratings(NetworkPlan network, int total) {
		int count = network.events();
		double[] weights = new double[count];
		int[] caps = new int[count];
		long available = 0;
		for (int e = 0; e < count; e++) {
			if (network.held(e) && network.type(e) == EventType.TRAINING) {
				weights[e] = network.attended[e];
				caps[e] = network.attended[e];
				available += caps[e];
			}
		}
		if (total > available) {
			throw new GenerationRefused("The network " + network.slug + " would have " + available
					+ " attendees of held trainings, fewer than the " + total + " ratings asked for.",
					"Ask for at most " + available + " ratings, or for more participations.");
		}
		int[] given = spread(total, weights, caps);
		System.arraycopy(given, 0, network.ratings, 0, count);
	}

	/** Exactly {@code total} spread in proportion to the weights, none above its cap. */
	static int[] spread(long total, double[] weights, int[] caps) {
		int n = weights.length;
		int[] given = new int[n];
		long remaining = total;
		while (remaining > 0) {
			double sum = 0;
			for (int i = 0; i < n; i++) {
				if (given[i] < caps[i]) {
					sum += weights[i];
				}
			}
			long handed = 0;
			if (sum > 0) {
				for (int i = 0; i < n; i++) {
					if (given[i] < caps[i]) {
						int add = (int) Math.min(caps[i] - given[i], (long) Math.floor(remaining * weights[i] / sum));
						given[i] += add;
						handed += add;
					}
				}
			}
			if (handed == 0) {
				// the last few, one each in turn
				for (int i = 0; i < n && remaining - handed > 0; i++) {
					if (given[i] < caps[i] && (weights[i] > 0 || sum == 0)) {
						given[i]++;
						handed++;
					}
				}
				if (handed == 0) {
					throw new IllegalStateException("Cannot place " + remaining + " more within the caps");
				}
			}
			remaining -= handed;
		}
		return given;
	}

	/** A random source from the fixed seed, a network, a part and an item (SplitMix64's mixing). */
	static SplittableRandom random(int network, long part, long item) {
		long z = SEED + network * 0x9E3779B97F4A7C15L + part * 0xBF58476D1CE4E5B9L + item * 0x94D049BB133111EBL;
		z = (z ^ (z >>> 30)) * 0xBF58476D1CE4E5B9L;
		z = (z ^ (z >>> 27)) * 0x94D049BB133111EBL;
		return new SplittableRandom(z ^ (z >>> 31));
	}
}
