package lt.tinklas.generator;

import java.sql.SQLException;
import java.time.LocalDate;
import java.util.HashSet;
import java.util.LinkedHashSet;
import java.util.Optional;
import java.util.Set;
import java.util.SplittableRandom;

import lt.tinklas.organizations.DecidedBy;
import lt.tinklas.organizations.LegalCode;
import lt.tinklas.organizations.MembershipChange;
import lt.tinklas.organizations.TargetGroup;
import lt.tinklas.shared.text.SearchText;

/**
 * The organizations with their municipalities, target groups and membership history: accepted by
 * the general assembly or the board, some later suspended (half of them reinstated), some gone.
 * Legal codes are valid (check digit) and different across the whole generation.
 */
final class OrganizationRows {

	private static final int LAST_DAY = (int) NetworkPlan.LAST_DAY.toEpochDay();

	private final Plan plan;
	private final Tables tables;
	private final IdSequences ids;
	private int codes;

	OrganizationRows(Plan plan, Tables tables, IdSequences ids) {
		this.plan = plan;
		this.tables = tables;
		this.ids = ids;
	}

	/** An organization as written: what its people and events need to know of it is in the plan. */
	private record Organization(String name, String shortName, Vocabulary.Kind kind, String domain) {
	}

	void write() throws SQLException {
		IdSequences.Ids organizationIds = ids.of("organization");
		IdSequences.Ids membershipIds = ids.of("membership_record");
		try (CopyRows organizations = tables.open("organization", "id", "network_id", "legal_code", "name",
				"short_name", "legal_form", "founded_on", "ngo_since", "ngo_until", "ngo_checked", "seat_municipality",
				"services", "website", "email", "phone", "address", "staff_count", "volunteer_count", "search_text",
				"created_at", "version")) {
			for (NetworkPlan network : plan.networks) {
				network.orgBase = organizationIds.peek();
				SplittableRandom random = network.random(Plan.ORGANIZATION_ROWS);
				Set<String> domains = new HashSet<>();
				for (int o = 0; o < network.organizations(); o++) {
					long id = organizationIds.next();
					Organization organization = organization(random, network, o, domains);
					network.orgDomain[o] = organization.domain();
					String code = nextCode();
					LocalDate founded = LocalDate.ofEpochDay(network.orgFounded[o]);
					LocalDate ngoSince = founded.plusDays(random.nextInt(700));
					LocalDate ngoUntil = random.nextInt(100) < 3 ? ngoSince.plusYears(2 + random.nextInt(4)) : null;
					if (ngoUntil != null && ngoUntil.isAfter(NetworkPlan.LAST_DAY)) {
						ngoUntil = null;
					}
					int place = network.orgSeat[o];
					String street = Vocabulary.pick(random, Vocabulary.STREETS) + " g. " + (1 + random.nextInt(120));
					organizations.add(id).add(network.networkId).add(code).add(organization.name())
						.add(organization.shortName()).add(organization.kind().form().name()).add(founded).add(ngoSince)
						.add(ngoUntil).add(false).add(plan.places.iso(place)).add(services(random))
						.add(random.nextInt(100) < 70 ? "https://" + organization.domain() : null)
						.add("info@" + organization.domain())
						.add(random.nextInt(100) < 80 ? "+3706" + (1_000_000 + random.nextInt(9_000_000)) : null)
						.add(street + ", " + plan.places.shortName(place))
						.add(1 + random.nextInt(60)).add(random.nextInt(100))
						.add(SearchText.normalize(organization.name() + " "
								+ (organization.shortName() == null ? "" : organization.shortName()) + " " + code))
						.instant(created(random)).add(0).end();
				}
			}
			tables.done(organizations);
		}
		writeLists();
		writeMemberships(membershipIds);
	}

	/** The municipalities where each works (its seat and one or two around it) and whom it serves. */
	private void writeLists() throws SQLException {
		try (CopyRows municipalities = tables.open("organization_municipality", "organization_id", "municipality")) {
			for (NetworkPlan network : plan.networks) {
				SplittableRandom random = network.random(Plan.ORGANIZATION_ROWS + 100);
				for (int o = 0; o < network.organizations(); o++) {
					Set<Integer> places = new LinkedHashSet<>();
					places.add(network.orgSeat[o]);
					for (int k = random.nextInt(3); k > 0; k--) {
						places.add(plan.places.neighbour(random, network.orgSeat[o]));
					}
					for (int place : places) {
						municipalities.add(network.orgId(o)).add(plan.places.iso(place)).end();
					}
				}
			}
			tables.done(municipalities);
		}
		try (CopyRows groups = tables.open("organization_target_group", "organization_id", "target_group")) {
			for (NetworkPlan network : plan.networks) {
				SplittableRandom random = network.random(Plan.ORGANIZATION_ROWS + 200);
				for (int o = 0; o < network.organizations(); o++) {
					Set<TargetGroup> served = new LinkedHashSet<>(Vocabulary.KINDS[network.orgKind[o]].groups());
					if (random.nextInt(100) < 30) {
						served.add(TargetGroup.values()[random.nextInt(TargetGroup.values().length - 1)]);
					}
					for (TargetGroup group : served) {
						groups.add(network.orgId(o)).add(group.name()).end();
					}
				}
			}
			tables.done(groups);
		}
	}

	private void writeMemberships(IdSequences.Ids membershipIds) throws SQLException {
		try (CopyRows records = tables.open("membership_record", "id", "network_id", "organization_id", "change_kind",
				"happened_on", "decided_by", "reference", "reason", "version")) {
			for (NetworkPlan network : plan.networks) {
				SplittableRandom random = network.random(Plan.ORGANIZATION_ROWS + 300);
				for (int o = 0; o < network.organizations(); o++) {
					int accepted = network.orgAccepted[o];
					if (accepted < 0) {
						continue;
					}
					LocalDate on = LocalDate.ofEpochDay(accepted);
					boolean assembly = random.nextBoolean();
					records.add(membershipIds.next()).add(network.networkId).add(network.orgId(o))
						.add(MembershipChange.ACCEPTED.name()).add(on)
						.add((assembly ? DecidedBy.GENERAL_ASSEMBLY : DecidedBy.BOARD).name())
						.add(assembly ? "Visuotinio narių susirinkimo protokolas Nr. VS-" + on.getYear() + "-1"
								: "Valdybos posėdžio protokolas Nr. V-" + (1 + random.nextInt(40)))
						.nul().add(0).end();
					int fate = random.nextInt(100);
					int later = accepted + 365 + random.nextInt(2000);
					if (fate < 5 && later <= LAST_DAY) {
						change(records, membershipIds, network, o, MembershipChange.SUSPENDED, later,
								"Nesumokėtas nario mokestis");
						int back = later + 30 + random.nextInt(300);
						if (random.nextBoolean() && back <= LAST_DAY) {
							change(records, membershipIds, network, o, MembershipChange.REINSTATED, back,
									"Nario mokestis sumokėtas");
						}
					}
					else if (fate < 11 && later <= LAST_DAY) {
						change(records, membershipIds, network, o, MembershipChange.LEFT, later,
								random.nextBoolean() ? "Organizacija likviduojama" : "Savo prašymu");
					}
				}
			}
			tables.done(records);
		}
	}

	private static void change(CopyRows records, IdSequences.Ids ids, NetworkPlan network, int o,
			MembershipChange change, int day, String reason) throws SQLException {
		records.add(ids.next()).add(network.networkId).add(network.orgId(o)).add(change.name())
			.add(LocalDate.ofEpochDay(day)).add(DecidedBy.BOARD.name())
			.add("Valdybos posėdžio protokolas Nr. V-" + (1 + day % 40)).add(reason).add(0).end();
	}

	/**
	 * An organization's name, short name and kind: "Kauno rajono senjorų bendrija", "Utenos vaikų
	 * dienos centras „Saulutė“" or "Asociacija „Gerumo ratas“"; and its web domain, unique in the network.
	 */
	private Organization organization(SplittableRandom random, NetworkPlan network, int o, Set<String> domains) {
		Vocabulary.Kind kind = Vocabulary.KINDS[network.orgKind[o]];
		String place = Vocabulary.place(plan.places.shortName(network.orgSeat[o]));
		String word = Vocabulary.pick(random, Vocabulary.WORDS);
		int pattern = random.nextInt(10);
		String name;
		String shortName = null;
		if (pattern < 5) {
			name = place + " " + kind.name();
		}
		else if (pattern < 8) {
			name = place + " " + kind.name() + " „" + word + "“";
			shortName = word;
		}
		else {
			String form = switch (kind.form()) {
				case PUBLIC_INSTITUTION -> "VšĮ";
				case CHARITY_FOUNDATION -> "Labdaros ir paramos fondas";
				case RELIGIOUS_COMMUNITY -> "Religinė bendrija";
				default -> "Asociacija";
			};
			name = form + " „" + word + "“";
			shortName = word;
		}
		String base = Vocabulary.ascii(shortName != null ? word + " " + place : place + " " + kind.name(), "-");
		String domain = base + ".pavyzdys.lt";
		for (int k = 2; !domains.add(domain); k++) {
			domain = base + "-" + k + ".pavyzdys.lt";
		}
		return new Organization(name, shortName, kind, domain);
	}

	private static String services(SplittableRandom random) {
		Set<String> services = new LinkedHashSet<>();
		int count = 1 + random.nextInt(3);
		for (int s = 0; s < count; s++) {
			services.add(Vocabulary.pick(random, Vocabulary.SERVICES));
		}
		return String.join("\n", services);
	}

	/**
	 * When the organization was entered: in the first month, with the network's register of members
	 * and the organizations its people work at (those that joined later were known before).
	 */
	private static long created(SplittableRandom random) {
		return NetworkPlan.STARTED + random.nextInt(30 * 86_400);
	}

	/** The next legal code: eight digits spread over 302xxxxx–309xxxxx, completed with their check digit. */
	private String nextCode() {
		while (true) {
			long k = codes++;
			// 7919 is prime, so k -> k * 7919 mod 799999 visits every number below 799999 once
			String firstEight = String.valueOf(30_200_000 + (k * 7_919) % 799_999);
			Optional<String> code = LegalCode.complete(firstEight);
			if (code.isPresent()) {
				return code.get();
			}
		}
	}
}
