package lt.tinklas.generator;

import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalTime;
import java.time.ZoneId;
import java.util.Arrays;
import java.util.List;
import java.util.Locale;
import java.util.SplittableRandom;

import lt.tinklas.events.EventStatus;
import lt.tinklas.events.EventType;

/**
 * One generated network as decided before anything is written: its name, its organizations'
 * seats and membership days, its people's workplaces, its events' days, types, statuses and how
 * many take part, attend and rate. The ids are filled in as its rows are written.
 */
final class NetworkPlan {

	static final ZoneId VILNIUS = ZoneId.of("Europe/Vilnius");
	static final LocalDate FIRST_DAY = LocalDate.of(2021, 1, 1);
	static final LocalDate LAST_DAY = LocalDate.of(2025, 12, 31);
	static final int FIRST_YEAR = FIRST_DAY.getYear();
	static final int YEARS = LAST_DAY.getYear() - FIRST_YEAR + 1;
	/** When the network started keeping its records in Tinklas: before its first event of 2021 was announced. */
	static final long STARTED = LocalDate.of(2020, 11, 2).atTime(9, 0).atZone(VILNIUS).toEpochSecond();

	private static final String[] REGIONS = { "Alytaus", "Kauno", "Klaipėdos", "Marijampolės", "Panevėžio", "Šiaulių",
			"Tauragės", "Telšių", "Utenos", "Vilniaus" };
	private static final String[] FIELDS = { "senjorų", "šeimų", "vaikų dienos centrų", "neįgaliųjų", "jaunimo",
			"socialinių paslaugų", "bendruomenių", "savanorių", "psichikos sveikatos", "krizių centrų" };
	private static final String[] UNIONS = { "organizacijų tinklas", "organizacijų asociacija", "organizacijų sąjunga",
			"organizacijų konfederacija", "organizacijų koalicija" };

	private static final EventType[] TYPES = EventType.values();

	final int index;
	final String slug;
	final String name;
	final String shortName;
	/** Whether this is the empty network for import benchmarks. */
	final boolean empty;

	// organizations
	final int[] orgSeat;
	/** What each organization is (an index of {@link Vocabulary#KINDS}). */
	final byte[] orgKind;
	final int[] orgFounded;
	/** Each organization's web domain, known once its row is written (its people's e-mails are there). */
	final String[] orgDomain;
	/** The day (epoch day) the organization became a member, or -1 when it never did. */
	final int[] orgAccepted;

	// people
	/** The organization (its index) a person works at, or -1 (officials, speakers without a workplace). */
	final int[] personOrg;

	// events, in the order of their start
	final byte[] eventType;
	final byte[] eventStatus;
	final long[] eventStart;
	final long[] eventEnd;
	final short[] eventTopic;
	final int[] participants;
	final int[] attended;
	final int[] absent;
	final int[] ratings;

	final int positions;
	final int meetings;
	final int projects;

	// ids, known once written
	long networkId;
	long staffUserId;
	long orgBase;
	long personBase;
	long eventBase;

	NetworkPlan(int index, String slug, String name, String shortName, boolean empty, int organizations, int people,
			int events, int positions, int meetings, int projects) {
		this.index = index;
		this.slug = slug;
		this.name = name;
		this.shortName = shortName;
		this.empty = empty;
		this.orgSeat = new int[organizations];
		this.orgKind = new byte[organizations];
		this.orgDomain = new String[organizations];
		this.orgFounded = new int[organizations];
		this.orgAccepted = new int[organizations];
		this.personOrg = new int[people];
		this.eventType = new byte[events];
		this.eventStatus = new byte[events];
		this.eventStart = new long[events];
		this.eventEnd = new long[events];
		this.eventTopic = new short[events];
		this.participants = new int[events];
		this.attended = new int[events];
		this.absent = new int[events];
		this.ratings = new int[events];
		this.positions = positions;
		this.meetings = meetings;
		this.projects = projects;
	}

	/** The name of the network with this index: a region, a field and a kind of union (500 different ones). */
	static String nameOf(int index) {
		return REGIONS[index % REGIONS.length] + " krašto " + FIELDS[(index / REGIONS.length) % FIELDS.length] + " "
				+ UNIONS[(index / (REGIONS.length * FIELDS.length)) % UNIONS.length];
	}

	static String shortNameOf(String slug) {
		return slug.toUpperCase(Locale.ROOT);
	}

	String letterPattern() {
		return shortName + "/{yy}/{mm}/{dd}/{seq:2}";
	}

	int organizations() {
		return orgSeat.length;
	}

	int people() {
		return personOrg.length;
	}

	int events() {
		return eventType.length;
	}

	EventType type(int event) {
		return TYPES[eventType[event]];
	}

	EventStatus status(int event) {
		return eventStatus[event] == 1 ? EventStatus.CANCELLED : EventStatus.HELD;
	}

	boolean held(int event) {
		return eventStatus[event] == 0;
	}

	long orgId(int org) {
		return org < 0 ? -1 : orgBase + org;
	}

	long personId(int person) {
		return personBase + person;
	}

	long eventId(int event) {
		return eventBase + event;
	}

	LocalDate eventDay(int event) {
		return LocalDate.ofInstant(Instant.ofEpochSecond(eventStart[event]), VILNIUS);
	}

	/** The held events of a type (null: any) that start in the year, of a tag (null: any). */
	int heldIn(int year, EventType type, String tag) {
		int count = 0;
		for (int e = 0; e < events(); e++) {
			if (held(e) && eventDay(e).getYear() == year && (type == null || type(e) == type)
					&& (tag == null || tags(e).contains(tag))) {
				count++;
			}
		}
		return count;
	}

	/** The attended records of held events of a type in the year. */
	int attendedIn(int year, EventType type) {
		int count = 0;
		for (int e = 0; e < events(); e++) {
			if (held(e) && eventDay(e).getYear() == year && type(e) == type) {
				count += attended[e];
			}
		}
		return count;
	}

	int acceptedIn(int year) {
		int count = 0;
		for (int day : orgAccepted) {
			if (day >= 0 && LocalDate.ofEpochDay(day).getYear() == year) {
				count++;
			}
		}
		return count;
	}

	/** The tags of an event: a training's by its topic. */
	List<String> tags(int event) {
		if (type(event) != EventType.TRAINING) {
			return type(event) == EventType.NETWORKING_MEETING && event % 3 == 0 ? List.of(Vocabulary.DAY_CENTRES)
					: List.of();
		}
		Vocabulary.Topic topic = Vocabulary.TOPICS[eventTopic[event]];
		String kind = topic.special() ? Vocabulary.SPECIAL : Vocabulary.GENERAL;
		if (topic.dayCentres()) {
			return List.of(kind, Vocabulary.DAY_CENTRES);
		}
		return topic.lt().startsWith("Skaitmeniniai") || topic.lt().startsWith("Komunikacija")
				? List.of(kind, Vocabulary.DIGITAL) : List.of(kind);
	}

	/** Seconds since the epoch of a Vilnius day's time. */
	static long at(LocalDate day, int hour, int minute) {
		return day.atTime(LocalTime.of(hour, minute)).atZone(VILNIUS).toEpochSecond();
	}

	/** A deterministic random source for one part of one network. */
	SplittableRandom random(long part) {
		return Plan.random(index, part, 0);
	}

	@Override
	public String toString() {
		return slug + " " + Arrays.asList(organizations(), people(), events());
	}
}
