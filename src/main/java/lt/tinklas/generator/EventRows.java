package lt.tinklas.generator;

import java.math.BigDecimal;
import java.sql.SQLException;
import java.time.LocalDate;
import java.util.SplittableRandom;

import lt.tinklas.events.EventFormat;
import lt.tinklas.events.EventType;
import lt.tinklas.events.ParticipationStatus;

/**
 * The events with their tags and speakers, the participations and the ratings. A held event's
 * participants attended, were absent or cancelled their place; a cancelled event's stay registered.
 * Ratings come from a held training's attendees, one each. Who takes part in an event is drawn
 * from the event's own random source, so the ratings can draw the same attendees again.
 */
final class EventRows {

	private static final String[] VENUES = { "bendruomenės centras", "viešoji biblioteka", "konferencijų salė",
			"kultūros centras", "NVO namai" };

	private static final int[] RATING_SHARES = { 2, 2, 4, 7, 15, 30, 60, 130, 300, 450 };

	private final Plan plan;
	private final Tables tables;
	private final IdSequences ids;

	EventRows(Plan plan, Tables tables, IdSequences ids) {
		this.plan = plan;
		this.tables = tables;
		this.ids = ids;
	}

	void write() throws SQLException {
		IdSequences.Ids tagIds = ids.of("event_tag");
		try (CopyRows tags = tables.open("event_tag", "id", "network_id", "name", "version")) {
			for (NetworkPlan network : plan.networks) {
				if (network.events() > 0) {
					for (String tag : Vocabulary.TAGS) {
						tags.add(tagIds.next()).add(network.networkId).add(tag).add(0).end();
					}
				}
			}
			tables.done(tags);
		}
		writeEvents();
		writeTagsAndSpeakers();
		writeParticipations();
		writeFeedback();
	}

	private void writeEvents() throws SQLException {
		IdSequences.Ids eventIds = ids.of("event");
		try (CopyRows events = tables.open("event", "id", "network_id", "type", "title", "title_en", "description",
				"starts_at", "ends_at", "format", "venue", "municipality", "online_link", "capacity", "registration_from",
				"registration_until", "status", "hours", "public_event", "headcount", "created_at", "version")) {
			for (NetworkPlan network : plan.networks) {
				network.eventBase = eventIds.peek();
				SplittableRandom random = network.random(Plan.EVENT_ROWS);
				for (int e = 0; e < network.events(); e++) {
					long id = eventIds.next();
					EventType type = network.type(e);
					int place = plan.places.pick(random);
					EventFormat format = format(random, type);
					String[] title = title(network, e, type, place, random);
					LocalDate day = network.eventDay(e);
					int seats = network.held(e) ? network.attended[e] + network.absent[e] : network.participants[e];
					boolean registration = type == EventType.TRAINING || type == EventType.FORUM
							|| type == EventType.NETWORKING_MEETING || type == EventType.SUPERVISION
							|| type == EventType.AWARD_CEREMONY;
					long seconds = network.eventEnd[e] - network.eventStart[e];
					BigDecimal hours = type == EventType.FORUM ? BigDecimal.valueOf(12)
							: BigDecimal.valueOf(seconds / 1800).multiply(new BigDecimal("0.5"));
					boolean live = format != EventFormat.ONLINE;
					events.add(id).add(network.networkId).add(type.name()).add(title[0]).add(title[1])
						.add(type == EventType.TRAINING ? "Praktiniai mokymai tinklo narių darbuotojams ir savanoriams."
								: null)
						.instant(network.eventStart[e]).instant(network.eventEnd[e]).add(format.name())
						.add(live ? Vocabulary.place(plan.places.shortName(place)) + " " + Vocabulary.pick(random, VENUES)
								: null)
						.add(live ? plan.places.iso(place) : null)
						.add(live ? null : "https://susitikimai.pavyzdys.lt/" + network.slug + "/" + id)
						.optional(registration ? (long) Math.max(10, (seats * 6 / 5 + 4) / 5 * 5) : null)
						.add(registration ? day.minusDays(30) : null).add(registration ? day.minusDays(1) : null)
						.add(network.status(e).name()).add(hours)
						.add((type == EventType.TRAINING || type == EventType.FORUM) && random.nextInt(100) < 25)
						.optional(type == EventType.FORUM || type == EventType.INVOLVEMENT_MEETING
								? (long) network.participants[e] + 20 + random.nextInt(60) : null)
						.instant(network.eventStart[e] - 86_400L * (35 + random.nextInt(25)) - random.nextInt(3 * 3600))
						.add(0).end();
				}
			}
			tables.done(events);
		}
	}

	private static EventFormat format(SplittableRandom random, EventType type) {
		int draw = random.nextInt(100);
		return switch (type) {
			case GENERAL_ASSEMBLY, FORUM, AWARD_CEREMONY, INVOLVEMENT_MEETING -> EventFormat.LIVE;
			case TRAINING -> draw < 30 ? EventFormat.ONLINE : draw < 40 ? EventFormat.HYBRID : EventFormat.LIVE;
			default -> draw < 20 ? EventFormat.ONLINE : EventFormat.LIVE;
		};
	}

	/** The title in Lithuanian and (where there is one) in English. */
	private String[] title(NetworkPlan network, int e, EventType type, int place, SplittableRandom random) {
		String theme = Vocabulary.pick(random, Vocabulary.THEMES);
		String capitalTheme = Character.toUpperCase(theme.charAt(0)) + theme.substring(1);
		return switch (type) {
			case TRAINING -> {
				Vocabulary.Topic topic = Vocabulary.TOPICS[network.eventTopic[e]];
				yield new String[] { topic.lt(), topic.en() };
			}
			case NETWORKING_MEETING -> new String[] { "Nariai prie kavos: " + theme, null };
			case FORUM -> new String[] { "NVO forumas „" + capitalTheme + "“", null };
			case GENERAL_ASSEMBLY -> new String[] { network.shortName + " visuotinis narių susirinkimas",
					network.shortName + " general assembly" };
			case WORKING_GROUP_MEETING -> new String[] { "Darbo grupės „" + capitalTheme + "“ posėdis", null };
			case PRESS_CONFERENCE -> new String[] { "Spaudos konferencija: " + theme, null };
			case AWARD_CEREMONY -> new String[] { "Apdovanojimai „Metų NVO“", "The NGO of the Year awards" };
			case INVOLVEMENT_MEETING -> new String[] {
					Vocabulary.place(plan.places.shortName(place)) + " regioninis susitikimas su skurdą patiriančiais žmonėmis",
					null };
			case INTERINSTITUTIONAL_DISCUSSION -> new String[] { "Tarpinstitucinė diskusija: " + theme, null };
			case SUPERVISION -> new String[] { "Grupinė supervizija socialiniams darbuotojams",
					"Group supervision for social workers" };
			case OTHER -> new String[] { "Atvirų durų diena", "Open day" };
		};
	}

	private void writeTagsAndSpeakers() throws SQLException {
		try (CopyRows links = tables.open("event_tag_link", "event_id", "tag")) {
			for (NetworkPlan network : plan.networks) {
				for (int e = 0; e < network.events(); e++) {
					for (String tag : network.tags(e)) {
						links.add(network.eventId(e)).add(tag).end();
					}
				}
			}
			tables.done(links);
		}
		try (CopyRows speakers = tables.open("event_speaker", "event_id", "person_id")) {
			for (NetworkPlan network : plan.networks) {
				SplittableRandom random = network.random(Plan.EVENT_ROWS + 100);
				for (int e = 0; e < network.events(); e++) {
					if (network.type(e) == EventType.TRAINING && network.people() > 1) {
						int first = random.nextInt(network.people());
						speakers.add(network.eventId(e)).add(network.personId(first)).end();
						int second = random.nextInt(network.people());
						if (random.nextInt(100) < 10 && second != first) {
							speakers.add(network.eventId(e)).add(network.personId(second)).end();
						}
					}
				}
			}
			tables.done(speakers);
		}
	}

	private void writeParticipations() throws SQLException {
		IdSequences.Ids participationIds = ids.of("participation");
		try (CopyRows participations = tables.open("participation", "id", "network_id", "event_id", "person_id",
				"organization_id", "status", "registered_at", "version")) {
			for (NetworkPlan network : plan.networks) {
				Participants participants = new Participants(network);
				for (int e = 0; e < network.events(); e++) {
					int[] chosen = participants.of(e);
					SplittableRandom random = Plan.random(network.index, Plan.PARTICIPANTS + 100, e);
					for (int k = 0; k < chosen.length; k++) {
						int person = chosen[k];
						ParticipationStatus status = !network.held(e) ? ParticipationStatus.REGISTERED
								: k < network.attended[e] ? ParticipationStatus.ATTENDED
										: k < network.attended[e] + network.absent[e] ? ParticipationStatus.ABSENT
												: ParticipationStatus.CANCELLED;
						participations.add(participationIds.next()).add(network.networkId).add(network.eventId(e))
							.add(network.personId(person)).optional(network.orgId(network.personOrg[person]))
							.add(status.name())
							.instant(network.eventStart[e] - 86_400L * (1 + random.nextInt(30)) - random.nextInt(36_000))
							.add(0).end();
					}
				}
			}
			tables.done(participations);
		}
	}

	private void writeFeedback() throws SQLException {
		IdSequences.Ids feedbackIds = ids.of("feedback");
		try (CopyRows feedback = tables.open("feedback", "id", "network_id", "event_id", "person_id", "rating",
				"comment_text", "created_at", "version")) {
			for (NetworkPlan network : plan.networks) {
				Participants participants = new Participants(network);
				SplittableRandom random = network.random(Plan.FEEDBACK_ROWS);
				for (int e = 0; e < network.events(); e++) {
					if (network.ratings[e] == 0) {
						continue;
					}
					// the first of the chosen are the attendees
					int[] chosen = participants.of(e);
					for (int k = 0; k < network.ratings[e]; k++) {
						feedback.add(feedbackIds.next()).add(network.networkId).add(network.eventId(e))
							.add(network.personId(chosen[k])).add(rating(random))
							.add(random.nextInt(100) < 15 ? Vocabulary.pick(random, Vocabulary.COMMENTS) : null)
							.instant(network.eventEnd[e] + 3600L + random.nextInt(7 * 86_400)).add(0).end();
					}
				}
			}
			tables.done(feedback);
		}
	}

	/** A rating from 1 to 10, mostly nines and tens, as the networks' trainings are rated. */
	private static int rating(SplittableRandom random) {
		int draw = random.nextInt(1000);
		for (int r = 0; r < RATING_SHARES.length; r++) {
			draw -= RATING_SHARES[r];
			if (draw < 0) {
				return r + 1;
			}
		}
		return 10;
	}

	/**
	 * Who takes part in each event: different people, the network's regulars more often. Drawn from
	 * the event's own random source, so the same event always gets the same people in the same order.
	 */
	static final class Participants {

		private final NetworkPlan network;
		private final int[] seen;
		private int mark;

		Participants(NetworkPlan network) {
			this.network = network;
			this.seen = new int[network.people()];
		}

		int[] of(int event) {
			int count = network.participants[event];
			int people = network.people();
			int[] chosen = new int[count];
			SplittableRandom random = Plan.random(network.index, Plan.PARTICIPANTS, event);
			if (count * 2 > people) {
				int[] all = new int[people];
				for (int p = 0; p < people; p++) {
					all[p] = p;
				}
				for (int k = 0; k < count; k++) {
					int swap = k + random.nextInt(people - k);
					int person = all[swap];
					all[swap] = all[k];
					all[k] = person;
					chosen[k] = person;
				}
				return chosen;
			}
			mark++;
			for (int k = 0; k < count; k++) {
				int person;
				do {
					person = (int) (people * Math.pow(random.nextDouble(), 1.3));
				}
				while (seen[person] == mark);
				seen[person] = mark;
				chosen[k] = person;
			}
			return chosen;
		}
	}
}
