package lt.tinklas.generator;

import java.math.BigDecimal;
import java.math.RoundingMode;
import java.sql.SQLException;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.SplittableRandom;

import lt.tinklas.events.EventType;
import lt.tinklas.projects.ProjectStatus;
import lt.tinklas.projects.SourceType;

/**
 * Each network's funded projects: four funders, projects over the five years with their code,
 * money (value, grant, own contribution), municipalities, the trainings they held, and two
 * indicators counted from those trainings, with targets near what was reached.
 */
final class ProjectRows {

	private record Funder(String name, String nameEn, SourceType source, String notice) {
	}

	private static final List<Funder> FUNDERS = List.of(
			new Funder("Lietuvos Respublikos socialinės apsaugos ir darbo ministerija",
					"Ministry of Social Security and Labour", SourceType.STATE_BUDGET,
					"Projektas finansuojamas Lietuvos Respublikos valstybės biudžeto lėšomis."),
			new Funder("Europos socialinės apsaugos ir darbo agentūra", "European Social Fund Agency",
					SourceType.EU_STRUCTURAL_FUNDS,
					"Projektas finansuojamas Europos socialinio fondo ir Lietuvos Respublikos valstybės biudžeto lėšomis."),
			new Funder("EEE ir Norvegijos finansinių mechanizmų programa", "EEA and Norway Grants",
					SourceType.EEA_NORWAY_GRANTS, "Projektas finansuojamas EEE ir Norvegijos finansinių mechanizmų lėšomis."),
			new Funder("Vilniaus miesto savivaldybė", "Vilnius City Municipality", SourceType.MUNICIPALITY,
					"Projektą finansuoja Vilniaus miesto savivaldybė."));

	private static final String[][] NAMES = {
			{ "NVO gebėjimų stiprinimas teikiant socialines paslaugas", "Building NGOs' capacity to provide social services" },
			{ "Bendruomeninių paslaugų senjorams plėtra", "Community services for seniors" },
			{ "Vaikų dienos centrų tinklo stiprinimas", "Strengthening the network of children's day centres" },
			{ "Skurdą patiriančių žmonių įtraukimas į sprendimų priėmimą",
					"Involving people experiencing poverty in decisions" },
			{ "Savanorystės plėtra regionuose", "Volunteering in the regions" },
			{ "Socialinių paslaugų kokybės standarto diegimas", "Introducing the social service quality standard" },
			{ "Krizių centrų pagalbos tinklas", "A help network of crisis centres" },
			{ "Jaunimo užimtumo iniciatyvos", "Youth employment initiatives" },
			{ "Psichikos sveikata bendruomenėse", "Mental health in communities" },
			{ "Benamystės prevencijos modelis", "A model for preventing homelessness" } };

	private final Plan plan;
	private final Tables tables;
	private final IdSequences ids;

	ProjectRows(Plan plan, Tables tables, IdSequences ids) {
		this.plan = plan;
		this.tables = tables;
		this.ids = ids;
	}

	/** A project as planned here: its period, funder, municipalities and the trainings it held. */
	private record Project(long id, int funder, LocalDate from, LocalDate to, List<Integer> events, Set<Integer> places) {
	}

	void write() throws SQLException {
		List<NetworkPlan> active = plan.networks.stream().filter(n -> n.projects > 0).toList();
		IdSequences.Ids funderIds = ids.of("funder");
		Map<NetworkPlan, Long> funders = new LinkedHashMap<>();
		try (CopyRows rows = tables.open("funder", "id", "network_id", "name", "name_en", "source_type", "version")) {
			for (NetworkPlan network : active) {
				funders.put(network, funderIds.peek());
				for (Funder funder : FUNDERS) {
					rows.add(funderIds.next()).add(network.networkId).add(funder.name()).add(funder.nameEn())
						.add(funder.source().name()).add(0).end();
				}
			}
			tables.done(rows);
		}
		IdSequences.Ids projectIds = ids.of("project");
		Map<NetworkPlan, List<Project>> projects = new LinkedHashMap<>();
		try (CopyRows rows = tables.open("project", "id", "network_id", "name", "name_en", "code", "funder_id",
				"programme", "source_type", "status", "total_value", "grant_amount", "own_contribution", "starts_on",
				"ends_on", "goal", "objectives", "target_groups", "responsible_person_id", "notice", "is_public",
				"version")) {
			for (NetworkPlan network : active) {
				SplittableRandom random = network.random(Plan.PROJECT_ROWS);
				boolean[] linked = new boolean[network.events()];
				List<Project> planned = new ArrayList<>();
				for (int j = 0; j < network.projects; j++) {
					Project project = project(network, random, projectIds.next(), linked);
					planned.add(project);
					Funder funder = FUNDERS.get(project.funder());
					String[] name = NAMES[random.nextInt(NAMES.length)];
					BigDecimal total = BigDecimal.valueOf(800_000 + random.nextInt(24_000_000), 2);
					BigDecimal grant = total.multiply(BigDecimal.valueOf(80 + random.nextInt(21)))
						.divide(BigDecimal.valueOf(100), 2, RoundingMode.HALF_UP);
					BigDecimal own = total.subtract(grant);
					int responsible = network.people() == 0 ? -1 : random.nextInt(network.people());
					rows.add(project.id()).add(network.networkId).add(name[0]).add(name[1])
						.add(code(funder.source(), project.from(), j)).add(funders.get(network) + project.funder())
						.nul().add(funder.source().name())
						.add((project.to().isAfter(NetworkPlan.LAST_DAY) ? ProjectStatus.ONGOING : ProjectStatus.COMPLETED)
							.name())
						.add(total).add(grant).add(own.signum() == 0 ? null : own).add(project.from()).add(project.to())
						.add("Stiprinti tinklo narių gebėjimus ir plėsti paslaugas žmonėms, patiriantiems socialinę atskirtį.")
						.add("Surengti mokymus narių darbuotojams.\nParengti rekomendacijas savivaldybėms.")
						.add("Tinklo narių darbuotojai ir savanoriai").optional(responsible < 0 ? null : network.personId(responsible))
						.add(funder.notice()).add(random.nextBoolean()).add(0).end();
				}
				projects.put(network, planned);
			}
			tables.done(rows);
		}
		try (CopyRows rows = tables.open("project_municipality", "project_id", "municipality_code")) {
			for (List<Project> planned : projects.values()) {
				for (Project project : planned) {
					for (int place : project.places()) {
						rows.add(project.id()).add(plan.places.iso(place)).end();
					}
				}
			}
			tables.done(rows);
		}
		try (CopyRows rows = tables.open("project_event", "project_id", "event_id")) {
			for (Map.Entry<NetworkPlan, List<Project>> each : projects.entrySet()) {
				for (Project project : each.getValue()) {
					for (int event : project.events()) {
						rows.add(project.id()).add(each.getKey().eventId(event)).end();
					}
				}
			}
			tables.done(rows);
		}
		IdSequences.Ids indicatorIds = ids.of("project_indicator");
		try (CopyRows rows = tables.open("project_indicator", "id", "network_id", "project_id", "name", "unit",
				"target", "metric_key", "metric_parameters", "version")) {
			for (Map.Entry<NetworkPlan, List<Project>> each : projects.entrySet()) {
				NetworkPlan network = each.getKey();
				SplittableRandom random = network.random(Plan.PROJECT_ROWS + 100);
				for (Project project : each.getValue()) {
					int held = 0;
					int attended = 0;
					for (int event : project.events()) {
						if (network.held(event)) {
							held++;
							attended += network.attended[event];
						}
					}
					rows.add(indicatorIds.next()).add(network.networkId).add(project.id()).add("Surengti mokymai")
						.add("mokymai").add(target(random, held)).add("events.held").add("type=" + EventType.TRAINING)
						.add(0).end();
					rows.add(indicatorIds.next()).add(network.networkId).add(project.id()).add("Mokymų dalyviai")
						.add("dalyvavimai").add(target(random, attended)).add("events.participations")
						.add("type=" + EventType.TRAINING).add(0).end();
				}
			}
			tables.done(rows);
		}
	}

	/** A target near what was reached: some projects fell short, some did more. */
	private static BigDecimal target(SplittableRandom random, int reached) {
		return BigDecimal.valueOf(Math.max(1, Math.round(reached * (0.85 + random.nextDouble() * 0.3))));
	}

	private Project project(NetworkPlan network, SplittableRandom random, long id, boolean[] linked) {
		LocalDate from = LocalDate.of(2021, 1, 1).plusDays(random.nextInt(4 * 365 + 180)).withDayOfMonth(1);
		LocalDate to = from.plusMonths(6 + random.nextInt(19)).minusDays(1);
		int funder = random.nextInt(FUNDERS.size());
		Set<Integer> places = new LinkedHashSet<>();
		for (int k = 1 + random.nextInt(3); k > 0; k--) {
			places.add(plan.places.pick(random));
		}
		// up to a dozen of the trainings held in its period that no other project counts
		List<Integer> events = new ArrayList<>();
		int wanted = 3 + random.nextInt(10);
		long start = NetworkPlan.at(from, 0, 0);
		long end = NetworkPlan.at(to.plusDays(1), 0, 0);
		int offset = network.events() == 0 ? 0 : random.nextInt(network.events());
		for (int k = 0; k < network.events() && events.size() < wanted; k++) {
			int e = (offset + k) % network.events();
			if (!linked[e] && network.type(e) == EventType.TRAINING && network.eventStart[e] >= start
					&& network.eventStart[e] < end) {
				linked[e] = true;
				events.add(e);
			}
		}
		events.sort(null);
		return new Project(id, funder, from, to, events, places);
	}

	private static String code(SourceType source, LocalDate from, int serial) {
		return switch (source) {
			case EU_STRUCTURAL_FUNDS -> String.format("08.3.1-ESFA-K-4%02d-02-%04d", 10 + serial % 90, 100 + serial);
			case EEA_NORWAY_GRANTS -> String.format("LT07-1-SADM-K02-%03d", 10 + serial);
			case MUNICIPALITY -> String.format("VMS-%d-%02d", from.getYear(), 1 + serial % 99);
			default -> String.format("SADM-%d-%03d", from.getYear(), 1 + serial);
		};
	}
}
