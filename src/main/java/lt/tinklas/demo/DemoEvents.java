package lt.tinklas.demo;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.time.LocalTime;
import java.time.OffsetDateTime;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

import lt.tinklas.events.EventData;
import lt.tinklas.events.EventFormat;
import lt.tinklas.events.EventType;
import lt.tinklas.events.EventView;
import lt.tinklas.events.Events;
import lt.tinklas.events.ParticipationStatus;
import lt.tinklas.people.People;
import lt.tinklas.people.PersonData;
import lt.tinklas.shared.text.SearchText;

/**
 * The demo's events. NSMOT's 2025 as seed 000 tells it: 14 trainings with 227 participations
 * rated 9.59 on average (100 answers: 59 tens and 41 nines), on topics from the seed's plan, plus
 * networking breakfasts and the general assembly. The Confederation's 2016 forum and congress
 * (seed 002).
 */
final class DemoEvents {

	private static final ZoneId VILNIUS = ZoneId.of("Europe/Vilnius");

	static final String SPECIAL = "Specialieji mokymai";
	static final String GENERAL = "Bendrieji mokymai";
	static final String DAY_CENTRES = "Vaikų dienos centrai";

	/** Title, tag, month, day, hours, online. */
	private record Training(String title, String tag, int month, int day, int hours, boolean online) {
	}

	private static final List<Training> TRAININGS_2025 = List.of(
			new Training("Socialinių paslaugų kokybės nacionalinių reikalavimų įgyvendinimas", SPECIAL, 1, 23, 6, false),
			new Training("Poveikio ir gyvenimo kokybės matavimas", SPECIAL, 2, 13, 6, false),
			new Training("Tarpkultūrinė kompetencija socialiniame darbe", GENERAL, 3, 6, 4, true),
			new Training("Pirmoji emocinė pagalba", GENERAL, 3, 27, 4, false),
			new Training("Skurdo rodikliai ir socialinės politikos pokyčiai", GENERAL, 4, 17, 3, true),
			new Training("Advokacija NVO: nuo problemos iki pozicijos", SPECIAL, 5, 8, 6, false),
			new Training("Mentorystė ir pagalba komandoms", GENERAL, 5, 29, 4, true),
			new Training("Vaikų saugumas internete", DAY_CENTRES, 6, 12, 3, true),
			new Training("Griežtumo ir nuoseklumo derinimas", DAY_CENTRES, 9, 11, 4, false),
			new Training("Darbas su specialiųjų poreikių ir negalią turinčiais vaikais", DAY_CENTRES, 10, 2, 6, false),
			new Training("NOKAS standarto įvadiniai mokymai", SPECIAL, 10, 23, 6, false),
			new Training("Finansinis tvarumas ir lėšų paieška", GENERAL, 11, 6, 4, true),
			new Training("Organizacijos ataskaitų rengimas ir skaidrumas", GENERAL, 11, 20, 3, true),
			new Training("Savanorių įtraukimas ir išlaikymas", GENERAL, 12, 4, 4, false));

	private static final String[] FIRST = { "Agnė", "Birutė", "Dalia", "Eglė", "Gintarė", "Inga", "Jurgita", "Kristina",
			"Laima", "Milda", "Neringa", "Odeta", "Rūta", "Sigita", "Vaida", "Žydrūnė", "Andrius", "Darius", "Justas",
			"Vytautas" };

	private static final String[] LAST = { "Jankauskaitė", "Petrauskienė", "Kazlauskaitė", "Stankevičienė",
			"Vasiliauskaitė" };

	private DemoEvents() {
	}

	/** Loads NSMOT's events; runs with NSMOT selected. */
	static void nsmot(Events events, People people, List<Long> members) {
		List.of(SPECIAL, GENERAL, DAY_CENTRES).forEach(events::addTag);
		List<Long> staff = new ArrayList<>();
		Map<Long, Long> workplace = new HashMap<>();
		for (int i = 0; i < 60; i++) {
			String first = FIRST[i % FIRST.length];
			String last = LAST[i / FIRST.length];
			if (first.endsWith("s")) {
				last = last.replace("aitė", "as").replace("ienė", "as");
			}
			String email = SearchText.normalize(first + "." + last).replace(' ', '.') + "@nariai.pavyzdys.lt";
			long organization = members.get(i % members.size());
			staff.add(people.create(new PersonData(first, last, email, null, "lt",
					List.of(new PersonData.AffiliationData(organization, "Socialinė darbuotoja", LocalDate.of(2020, 1, 1), null)),
					List.of(new PersonData.ConsentData("Kvietimai į renginius", LocalDate.of(2020, 1, 1), null, null,
							PersonData.ConsentSource.PAPER, "Sutinku gauti kvietimus į tinklo renginius el. paštu.",
							null)))).id());
			workplace.put(staff.get(staff.size() - 1), organization);
		}
		int feedbackGiven = 0;
		int tens = 0;
		for (int t = 0; t < TRAININGS_2025.size(); t++) {
			Training training = TRAININGS_2025.get(t);
			EventView event = events.create(event(EventType.TRAINING, training.title(),
					LocalDate.of(2025, training.month(), training.day()), training.hours(), training.online(),
					List.of(training.tag())));
			events.markHeld(event.id());
			int attendees = 16 + (t < 3 ? 1 : 0);
			for (int k = 0; k < attendees; k++) {
				long person = staff.get((t * 7 + k) % staff.size());
				events.register(event.id(), person, workplace.get(person), ParticipationStatus.ATTENDED);
			}
			int answers = t < 2 ? 8 : 7;
			for (int k = 0; k < answers; k++) {
				boolean ten = tens < 59 && (feedbackGiven % 5 != 2 || 100 - feedbackGiven <= 59 - tens);
				events.giveFeedback(event.id(), staff.get((t * 7 + k) % staff.size()), ten ? 10 : 9,
						k == 0 ? "Labai naudinga, praktiški pavyzdžiai." : null);
				tens += ten ? 1 : 0;
				feedbackGiven++;
			}
		}
		for (int month : new int[] { 2, 4, 6, 10 }) {
			EventView breakfast = events.create(event(EventType.NETWORKING_MEETING,
					"NSMOT socialiniai pusryčiai „Nariai prie kavos“", LocalDate.of(2025, month, 20), 2, false,
					List.of()));
			events.markHeld(breakfast.id());
			for (int k = 0; k < 9; k++) {
				long person = staff.get((month * 5 + k) % staff.size());
				events.register(breakfast.id(), person, workplace.get(person), ParticipationStatus.ATTENDED);
			}
		}
		EventView assembly = events.create(event(EventType.GENERAL_ASSEMBLY, "NSMOT visuotinis narių susirinkimas",
				LocalDate.of(2025, 4, 24), 3, false, List.of()));
		events.markHeld(assembly.id());
		EventData workshop = event(EventType.TRAINING, "Socialinių paslaugų kokybės reikalavimai: praktikos dirbtuvės",
				LocalDate.now(VILNIUS).plusDays(30), 6, false, List.of(SPECIAL));
		// open to anyone: the public registers on the event's public page and confirms by mail
		events.create(new EventData(workshop.type(), workshop.title(), null,
				"Praktinės dirbtuvės NVO, teikiančioms socialines paslaugas.", null, workshop.startsAt(),
				workshop.endsAt(), workshop.format(), workshop.venue(), workshop.municipality(), null, 25, null, null,
				workshop.tags(), workshop.hours(), true, null, null, null));
	}

	/** Loads the Confederation's events; runs with the Confederation selected. */
	static void confederation(Events events) {
		EventView forum = events.create(new EventData(EventType.FORUM,
				"Forumas „Vaikai ir šeimos bendruomenėje: pokyčiai ir galimybės“", null, null, null,
				at(LocalDate.of(2016, 9, 8), 10), at(LocalDate.of(2016, 9, 9), 16), EventFormat.LIVE,
				"Trakų r. sav.", "LT-52", null, null, null, null, List.of(), new BigDecimal("12"), true, 80, null,
				null));
		events.markHeld(forum.id());
		EventView congress = events.create(new EventData(EventType.GENERAL_ASSEMBLY,
				"Ataskaitinis suvažiavimas „Socialinė partnerystė vaiko gerovės politikos kontekste“", null, null,
				null, at(LocalDate.of(2016, 12, 15), 10), at(LocalDate.of(2016, 12, 15), 16), EventFormat.LIVE,
				"Trakų r. sav.", "LT-52", null, null, null, null, List.of(), new BigDecimal("6"), false, 60, null,
				null));
		events.markHeld(congress.id());
	}

	static EventData event(EventType type, String title, LocalDate day, int hours, boolean online,
			List<String> tags) {
		return new EventData(type, title, null, null, null, at(day, 10), at(day, 10 + hours),
				online ? EventFormat.ONLINE : EventFormat.LIVE, online ? null : "Vilnius", online ? null : "LT-57",
				online ? "https://susitikimai.pavyzdys.lt/nsmot" : null, 30, null, null, tags, new BigDecimal(hours),
				false, null, null, null);
	}

	private static OffsetDateTime at(LocalDate day, int hour) {
		return day.atTime(LocalTime.of(hour, 0)).atZone(VILNIUS).toOffsetDateTime();
	}
}
