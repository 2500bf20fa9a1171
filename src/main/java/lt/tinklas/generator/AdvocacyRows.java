package lt.tinklas.generator;

import java.sql.SQLException;
import java.time.DayOfWeek;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.SplittableRandom;

import lt.tinklas.advocacy.DocumentKind;
import lt.tinklas.advocacy.InstitutionKind;
import lt.tinklas.advocacy.Outcome;
import lt.tinklas.advocacy.RegisterPattern;

/**
 * The advocacy of each network: the institutions it writes to, its priority directions, the
 * positions and letters it sent (numbered by its register pattern, the register's counters left
 * where the numbers stop; the last few still drafts), their outcomes, and meetings with decision
 * makers with the officials met and the network's representatives.
 */
final class AdvocacyRows {

	private record Institution(String name, String nameEn, InstitutionKind kind) {
	}

	private static final List<Institution> INSTITUTIONS = List.of(
			new Institution("Lietuvos Respublikos socialinės apsaugos ir darbo ministerija",
					"Ministry of Social Security and Labour", InstitutionKind.MINISTRY),
			new Institution("Lietuvos Respublikos sveikatos apsaugos ministerija", "Ministry of Health",
					InstitutionKind.MINISTRY),
			new Institution("Lietuvos Respublikos švietimo, mokslo ir sporto ministerija",
					"Ministry of Education, Science and Sport", InstitutionKind.MINISTRY),
			new Institution("Lietuvos Respublikos finansų ministerija", "Ministry of Finance", InstitutionKind.MINISTRY),
			new Institution("Seimo Socialinių reikalų ir darbo komitetas", "Committee on Social Affairs and Labour",
					InstitutionKind.SEIMAS_COMMITTEE),
			new Institution("Lietuvos Respublikos Vyriausybė", "Government of the Republic of Lithuania",
					InstitutionKind.GOVERNMENT),
			new Institution("Lietuvos Respublikos Prezidento kanceliarija", "Office of the President",
					InstitutionKind.PRESIDENT_OFFICE),
			new Institution("Užimtumo tarnyba", "Employment Service", InstitutionKind.AGENCY),
			new Institution("Socialinių paslaugų priežiūros departamentas", "Social Services Supervision Department",
					InstitutionKind.AGENCY),
			new Institution("Europos Komisijos atstovybė Lietuvoje", "European Commission Representation in Lithuania",
					InstitutionKind.EU_BODY));

	private static final String[][] DIRECTIONS = { { "Minimalių pajamų adekvatumas", "Adequate minimum income" },
			{ "Mokesčių reforma socialiniam teisingumui", "Tax reform for social justice" },
			{ "Socialinių paslaugų kokybė ir prieinamumas", "Quality and reach of social services" },
			{ "Būsto prieinamumas ir benamystės mažinimas", "Affordable housing and less homelessness" } };

	private static final String[] SUBJECTS = { "minimalių vartojimo poreikių dydžio",
			"Socialinės paramos pinigais įstatymo pakeitimo", "socialinių paslaugų finansavimo savivaldybėse",
			"NVO teikiamų paslaugų įkainių", "vaikų dienos centrų finansavimo", "neapmokestinamųjų pajamų dydžio",
			"socialinio būsto plėtros", "užimtumo rėmimo priemonių", "bendruomeninių paslaugų senjorams",
			"ilgalaikės priežiūros pertvarkos", "krizių centrų tinklo", "NVO fondo lėšų skirstymo" };

	private static final String[] AGREED = { "Sutarta parengti bendrus pasiūlymus iki metų pabaigos.",
			"Ministerija įsipareigojo įtraukti tinklo atstovus į darbo grupę.",
			"Sutarta susitikti dar kartą po teisės akto projekto derinimo.",
			"Institucija paprašė pateikti duomenų apie narių teikiamas paslaugas." };

	private static final DocumentKind[] KINDS = { DocumentKind.POSITION, DocumentKind.POSITION, DocumentKind.LETTER,
			DocumentKind.LETTER, DocumentKind.PROPOSAL, DocumentKind.COMMENT_ON_DRAFT_LAW, DocumentKind.APPEAL };

	private static final Outcome[] OUTCOMES = { Outcome.NO_RESPONSE, Outcome.NO_RESPONSE, Outcome.REJECTED,
			Outcome.PARTLY_ACCEPTED, Outcome.PARTLY_ACCEPTED, Outcome.PARTLY_ACCEPTED, Outcome.ACCEPTED,
			Outcome.ACCEPTED };

	/** The municipalities each network writes to beside the national institutions. */
	private static final int MUNICIPAL = 2;

	private final Plan plan;
	private final Tables tables;
	private final IdSequences ids;
	/** Each network's first institution id and first direction id (each network's are consecutive). */
	private final Map<NetworkPlan, long[]> lists = new LinkedHashMap<>();

	AdvocacyRows(Plan plan, Tables tables, IdSequences ids) {
		this.plan = plan;
		this.tables = tables;
		this.ids = ids;
	}

	void write() throws SQLException {
		List<NetworkPlan> active = plan.networks.stream().filter(n -> n.positions + n.meetings > 0).toList();
		IdSequences.Ids institutionIds = ids.of("institution");
		IdSequences.Ids directionIds = ids.of("advocacy_direction");
		try (CopyRows institutions = tables.open("institution", "id", "network_id", "name", "name_en", "kind",
				"municipality_code", "version")) {
			for (NetworkPlan network : active) {
				lists.put(network, new long[] { institutionIds.peek(), 0 });
				for (Institution institution : INSTITUTIONS) {
					institutions.add(institutionIds.next()).add(network.networkId).add(institution.name())
						.add(institution.nameEn()).add(institution.kind().name()).nul().add(0).end();
				}
				SplittableRandom random = network.random(Plan.ADVOCACY_ROWS);
				for (int m = 0; m < MUNICIPAL; m++) {
					int place = plan.places.pick(random);
					institutions.add(institutionIds.next()).add(network.networkId)
						.add(plan.places.shortName(place) + " administracija").nul()
						.add(InstitutionKind.MUNICIPALITY.name()).add(plan.places.iso(place)).add(0).end();
				}
			}
			tables.done(institutions);
		}
		try (CopyRows directions = tables.open("advocacy_direction", "id", "network_id", "name", "name_en",
				"sort_order", "version")) {
			for (NetworkPlan network : active) {
				lists.get(network)[1] = directionIds.peek();
				for (int d = 0; d < DIRECTIONS.length; d++) {
					directions.add(directionIds.next()).add(network.networkId).add(DIRECTIONS[d][0])
						.add(DIRECTIONS[d][1]).add(d + 1).add(0).end();
				}
			}
			tables.done(directions);
		}
		writePositions(active);
		writeMeetings(active);
	}

	private int institutionCount() {
		return INSTITUTIONS.size() + MUNICIPAL;
	}

	private void writePositions(List<NetworkPlan> active) throws SQLException {
		IdSequences.Ids positionIds = ids.of("advocacy_position");
		Map<NetworkPlan, long[]> first = new LinkedHashMap<>();
		Map<NetworkPlan, Map<String, Integer>> counters = new LinkedHashMap<>();
		try (CopyRows positions = tables.open("advocacy_position", "id", "network_id", "title", "summary", "kind",
				"sent_on", "register_number", "register_scope", "register_seq", "outcome", "outcome_on", "outcome_note",
				"version")) {
			for (NetworkPlan network : active) {
				first.put(network, new long[] { positionIds.peek() });
				SplittableRandom random = network.random(Plan.ADVOCACY_ROWS + 100);
				RegisterPattern pattern = new RegisterPattern(network.letterPattern());
				Map<String, Integer> counter = new LinkedHashMap<>();
				counters.put(network, counter);
				List<LocalDate> days = workingDays(random, network.positions);
				int drafts = network.positions / 20;
				for (int p = 0; p < network.positions; p++) {
					DocumentKind kind = KINDS[random.nextInt(KINDS.length)];
					String subject = Vocabulary.pick(random, SUBJECTS);
					positions.add(positionIds.next()).add(network.networkId).add("Dėl " + subject)
						.add(random.nextInt(100) < 40 ? "Tinklo narių pasiūlymai, parengti aptarus juos su nariais." : null)
						.add(kind.name());
					if (p >= network.positions - drafts) {
						positions.nul().nul().nul().nul().add(Outcome.PENDING.name()).nul().nul().add(0).end();
						continue;
					}
					LocalDate sent = days.get(p);
					String scope = pattern.scope(sent);
					int seq = counter.merge(scope, 1, Integer::sum);
					positions.add(sent).add(pattern.format(sent, seq)).add(scope).add(seq);
					if (sent.isAfter(NetworkPlan.LAST_DAY.minusDays(60))) {
						positions.add(Outcome.PENDING.name()).nul().nul();
					}
					else {
						Outcome outcome = OUTCOMES[random.nextInt(OUTCOMES.length)];
						positions.add(outcome.name()).add(sent.plusDays(14 + random.nextInt(45)))
							.add(outcome == Outcome.NO_RESPONSE ? null : "Atsakymas gautas raštu.");
					}
					positions.add(0).end();
				}
			}
			tables.done(positions);
		}
		try (CopyRows addressees = tables.open("position_addressee", "position_id", "institution_id")) {
			for (NetworkPlan network : active) {
				SplittableRandom random = network.random(Plan.ADVOCACY_ROWS + 200);
				for (int p = 0; p < network.positions; p++) {
					int one = random.nextInt(institutionCount());
					int two = random.nextInt(institutionCount());
					addressees.add(first.get(network)[0] + p).add(lists.get(network)[0] + one).end();
					if (two != one && random.nextInt(100) < 30) {
						addressees.add(first.get(network)[0] + p).add(lists.get(network)[0] + two).end();
					}
				}
			}
			tables.done(addressees);
		}
		try (CopyRows directions = tables.open("position_direction", "position_id", "direction_id")) {
			for (NetworkPlan network : active) {
				for (int p = 0; p < network.positions; p++) {
					directions.add(first.get(network)[0] + p).add(lists.get(network)[1] + p % DIRECTIONS.length).end();
				}
			}
			tables.done(directions);
		}
		try (CopyRows registers = tables.open("register_counter", "network_id", "scope", "last_seq")) {
			for (NetworkPlan network : active) {
				for (Map.Entry<String, Integer> scope : counters.get(network).entrySet()) {
					registers.add(network.networkId).add(scope.getKey()).add(scope.getValue()).end();
				}
			}
			tables.done(registers);
		}
	}

	private void writeMeetings(List<NetworkPlan> active) throws SQLException {
		IdSequences.Ids meetingIds = ids.of("decision_maker_meeting");
		Map<NetworkPlan, Long> first = new LinkedHashMap<>();
		try (CopyRows meetings = tables.open("decision_maker_meeting", "id", "network_id", "held_on",
				"institution_id", "topic", "agreed", "version")) {
			for (NetworkPlan network : active) {
				first.put(network, meetingIds.peek());
				SplittableRandom random = network.random(Plan.ADVOCACY_ROWS + 300);
				for (LocalDate day : workingDays(random, network.meetings)) {
					meetings.add(meetingIds.next()).add(network.networkId).add(day)
						.add(lists.get(network)[0] + random.nextInt(institutionCount()))
						.add("Susitikimas dėl " + Vocabulary.pick(random, SUBJECTS))
						.add(Vocabulary.pick(random, AGREED)).add(0).end();
				}
			}
			tables.done(meetings);
		}
		try (CopyRows officials = tables.open("meeting_official", "meeting_id", "person_id")) {
			for (NetworkPlan network : active) {
				List<Integer> pool = officials(network);
				SplittableRandom random = network.random(Plan.ADVOCACY_ROWS + 400);
				for (int m = 0; m < network.meetings && !pool.isEmpty(); m++) {
					people(officials, first.get(network) + m, network, pool, 1 + random.nextInt(2), random);
				}
			}
			tables.done(officials);
		}
		try (CopyRows representatives = tables.open("meeting_representative", "meeting_id", "person_id")) {
			for (NetworkPlan network : active) {
				List<Integer> pool = new ArrayList<>();
				for (int p = 0; p < network.people() && pool.size() < 12; p++) {
					if (network.personOrg[p] >= 0) {
						pool.add(p);
					}
				}
				SplittableRandom random = network.random(Plan.ADVOCACY_ROWS + 500);
				for (int m = 0; m < network.meetings && !pool.isEmpty(); m++) {
					people(representatives, first.get(network) + m, network, pool, 1 + random.nextInt(2), random);
				}
			}
			tables.done(representatives);
		}
		try (CopyRows directions = tables.open("meeting_direction", "meeting_id", "direction_id")) {
			for (NetworkPlan network : active) {
				for (int m = 0; m < network.meetings; m++) {
					directions.add(first.get(network) + m).add(lists.get(network)[1] + m % DIRECTIONS.length).end();
				}
			}
			tables.done(directions);
		}
	}

	/** The officials the network meets: its people who work at no member organization. */
	private static List<Integer> officials(NetworkPlan network) {
		List<Integer> pool = new ArrayList<>();
		for (int p = 0; p < network.people() && pool.size() < 40; p++) {
			if (network.personOrg[p] < 0) {
				pool.add(p);
			}
		}
		return pool;
	}

	private static void people(CopyRows rows, long meeting, NetworkPlan network, List<Integer> pool, int count,
			SplittableRandom random) throws SQLException {
		int start = random.nextInt(pool.size());
		for (int k = 0; k < Math.min(count, pool.size()); k++) {
			rows.add(meeting).add(network.personId(pool.get((start + k) % pool.size()))).end();
		}
	}

	/** Working days spread over the five years, in order. */
	static List<LocalDate> workingDays(SplittableRandom random, int count) {
		List<LocalDate> days = new ArrayList<>();
		int first = (int) NetworkPlan.FIRST_DAY.toEpochDay();
		int span = (int) (NetworkPlan.LAST_DAY.toEpochDay() - first) - 7;
		while (days.size() < count) {
			LocalDate day = LocalDate.ofEpochDay(first + 7 + random.nextInt(span));
			if (day.getDayOfWeek() != DayOfWeek.SATURDAY && day.getDayOfWeek() != DayOfWeek.SUNDAY) {
				days.add(day);
			}
		}
		days.sort(null);
		return days;
	}
}
