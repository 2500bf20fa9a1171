package lt.tinklas.generator;

import java.sql.Connection;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.time.LocalDate;
import java.util.HashMap;
import java.util.HashSet;
import java.util.Map;
import java.util.Set;
import java.util.SplittableRandom;

import lt.tinklas.shared.text.SearchText;

/**
 * The people: Lithuanian names (a woman's surname in its married or maiden form), an e-mail unique
 * in the network (at their organization's domain or a personal one), their workplace (some with an
 * earlier one that ended) and their consents, a few withdrawn. Stored as the people module stores
 * them: the e-mail in lower case, the search text normalized.
 */
final class PeopleRows {

	static final String EVENTS_CONSENT = "Kvietimai į renginius";
	static final String NEWSLETTER_CONSENT = "Naujienlaiškiai";
	static final String CONSENT_TEXT = "Sutinku gauti kvietimus į tinklo renginius el. paštu.";

	private final Plan plan;
	private final Tables tables;
	private final IdSequences ids;
	private final Map<String, String> ascii = new HashMap<>();

	private final Connection connection;

	PeopleRows(Plan plan, Tables tables, IdSequences ids, Connection connection) {
		this.plan = plan;
		this.tables = tables;
		this.ids = ids;
		this.connection = connection;
	}

	/** The kind of consent of each purpose in each network: every new network gets them from the database. */
	private Map<String, Long> consentKinds() throws SQLException {
		Map<String, Long> kinds = new HashMap<>();
		try (Statement statement = connection.createStatement(); ResultSet rs = statement
			.executeQuery("select network_id, purpose, id from consent_kind where purpose <> 'OTHER'")) {
			while (rs.next()) {
				kinds.put(rs.getLong(1) + " " + rs.getString(2), rs.getLong(3));
			}
		}
		return kinds;
	}

	/** A person's name as drawn for them (the same draws name them wherever they are written). */
	record Name(String first, String last, boolean woman) {
	}

	static Name name(NetworkPlan network, int person) {
		SplittableRandom random = Plan.random(network.index, Plan.PERSON_ROWS, person);
		boolean woman = random.nextInt(100) < 72;
		String surname = Vocabulary.pick(random, Vocabulary.SURNAMES);
		if (woman) {
			return new Name(Vocabulary.pick(random, Vocabulary.WOMEN),
					Vocabulary.womansSurname(surname, random.nextInt(100) < 60), true);
		}
		return new Name(Vocabulary.pick(random, Vocabulary.MEN), surname, false);
	}

	void write() throws SQLException {
		IdSequences.Ids personIds = ids.of("person");
		try (CopyRows people = tables.open("person", "id", "network_id", "first_name", "last_name", "email", "phone",
				"language", "search_text", "created_at", "version")) {
			for (NetworkPlan network : plan.networks) {
				network.personBase = personIds.peek();
				SplittableRandom random = network.random(Plan.PERSON_ROWS);
				Set<String> emails = new HashSet<>();
				for (int p = 0; p < network.people(); p++) {
					Name name = name(network, p);
					String email = email(network, p, name, emails);
					people.add(personIds.next()).add(network.networkId).add(name.first()).add(name.last()).add(email)
						.add(random.nextInt(100) < 55 ? "+3706" + (1_000_000 + random.nextInt(9_000_000)) : null)
						.add(random.nextInt(100) < 5 ? "en" : "lt")
						.add(SearchText.normalize(name.first() + " " + name.last() + " " + email))
						// entered in the first month from the spreadsheets kept before, ahead of the first registrations
						.instant(NetworkPlan.STARTED + random.nextInt(30 * 86_400)).add(0).end();
				}
			}
			tables.done(people);
		}
		try (CopyRows affiliations = tables.open("person_affiliation", "person_id", "organization_id", "job_position",
				"valid_from", "valid_until")) {
			for (NetworkPlan network : plan.networks) {
				SplittableRandom random = network.random(Plan.PERSON_ROWS + 100);
				for (int p = 0; p < network.people(); p++) {
					int organization = network.personOrg[p];
					if (organization < 0) {
						continue;
					}
					boolean woman = name(network, p).woman();
					int earliest = Math.max(network.orgFounded[organization], (int) LocalDate.of(2010, 1, 1).toEpochDay());
					int latest = (int) LocalDate.of(2020, 12, 31).toEpochDay();
					int from = earliest >= latest ? latest : earliest + random.nextInt(latest - earliest);
					affiliations.add(network.personId(p)).add(network.orgId(organization)).add(job(random, woman))
						.add(LocalDate.ofEpochDay(from)).nul().end();
					if (random.nextInt(100) < 15) {
						int before = random.nextInt(network.organizations());
						LocalDate until = LocalDate.ofEpochDay(from).minusDays(1 + random.nextInt(60));
						affiliations.add(network.personId(p)).add(network.orgId(before)).add(job(random, woman))
							.add(until.minusYears(2 + random.nextInt(6))).add(until).end();
					}
				}
			}
			tables.done(affiliations);
		}
		Map<String, Long> kinds = consentKinds();
		try (CopyRows consents = tables.open("person_consent", "person_id", "kind_id", "source", "text", "purpose",
				"given_on", "withdrawn_on")) {
			for (NetworkPlan network : plan.networks) {
				SplittableRandom random = network.random(Plan.PERSON_ROWS + 200);
				int first = (int) LocalDate.of(2019, 1, 1).toEpochDay();
				for (int p = 0; p < network.people(); p++) {
					if (random.nextInt(100) < 92) {
						int given = first + random.nextInt(800);
						consents.add(network.personId(p))
							.optional(kinds.get(network.networkId + " INVITATIONS"))
							.add("FORM")
							.add(CONSENT_TEXT)
							.add(EVENTS_CONSENT).add(LocalDate.ofEpochDay(given));
						if (random.nextInt(100) < 3) {
							consents.add(LocalDate.ofEpochDay(given + 100 + random.nextInt(1500))).end();
						}
						else {
							consents.nul().end();
						}
					}
					if (random.nextInt(100) < 40) {
						consents.add(network.personId(p))
							.optional(kinds.get(network.networkId + " NEWSLETTERS"))
							.add("PAPER")
							.nul()
							.add(NEWSLETTER_CONSENT)
							.add(LocalDate.ofEpochDay(first + random.nextInt(1500))).nul().end();
					}
				}
			}
			tables.done(consents);
		}
	}

	private static String job(SplittableRandom random, boolean woman) {
		Vocabulary.Job job = Vocabulary.pick(random, Vocabulary.JOBS);
		return woman ? job.woman() : job.man();
	}

	/** first.last@their organization's domain (a personal address without one), numbered when taken. */
	private String email(NetworkPlan network, int person, Name name, Set<String> taken) {
		String local = ascii(name.first()) + "." + ascii(name.last());
		int organization = network.personOrg[person];
		String domain = organization < 0 ? "pastas.pavyzdys.lt" : network.orgDomain[organization];
		String email = local + "@" + domain;
		for (int k = 2; !taken.add(email); k++) {
			email = local + k + "@" + domain;
		}
		return email;
	}

	private String ascii(String word) {
		return ascii.computeIfAbsent(word, w -> Vocabulary.ascii(w, ""));
	}
}
