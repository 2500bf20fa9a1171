package lt.tinklas.demo;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;

import lt.tinklas.events.EventType;
import lt.tinklas.events.EventView;
import lt.tinklas.events.Events;
import lt.tinklas.events.ParticipationStatus;
import lt.tinklas.people.People;
import lt.tinklas.strategy.Comparison;
import lt.tinklas.strategy.IndicatorData;
import lt.tinklas.strategy.NodeKind;
import lt.tinklas.strategy.NodeView;
import lt.tinklas.strategy.Strategies;
import lt.tinklas.strategy.StrategyData;
import lt.tinklas.strategy.StrategyView;

/**
 * NSMOT's strategy 2023-2024 (seed 001) entered whole, its numeric results wired to metrics, and
 * the 2023-2024 trainings and meetings they count. For 2024 as of the year's end the special and
 * general trainings are achieved, NOKAS (eight of ten) and new members (two of three) are missed;
 * as of 2024-10-31 new members are at risk.
 */
final class DemoStrategy {

	private DemoStrategy() {
	}

	/** The 2023-2024 events the indicators count; runs with NSMOT selected. */
	static void events(Events events, People people) {
		List<Long> staff = people.search("nariai.pavyzdys.lt", null).stream().map(p -> p.id()).toList();
		record Held(EventType type, String title, LocalDate day, int hours, String tag) {
		}
		List<Held> held = List.of(
				new Held(EventType.TRAINING, "Individualizuotų paslaugų planavimas", LocalDate.of(2023, 3, 16), 6,
						DemoEvents.SPECIAL),
				new Held(EventType.TRAINING, "Bendruomeninės paslaugos šeimoms", LocalDate.of(2023, 10, 12), 6,
						DemoEvents.SPECIAL),
				new Held(EventType.TRAINING, "Projektų finansų valdymas", LocalDate.of(2023, 2, 9), 4, DemoEvents.GENERAL),
				new Held(EventType.TRAINING, "Komunikacija socialiniuose tinkluose", LocalDate.of(2023, 5, 25), 4,
						DemoEvents.GENERAL),
				new Held(EventType.TRAINING, "Veiklos ataskaitų rengimas", LocalDate.of(2023, 11, 16), 3,
						DemoEvents.GENERAL),
				new Held(EventType.NETWORKING_MEETING, "Vaikų dienos centrų patirčių susitikimas",
						LocalDate.of(2023, 6, 8), 3, DemoEvents.DAY_CENTRES),
				new Held(EventType.TRAINING, "Įgalinantis socialinis darbas", LocalDate.of(2024, 2, 22), 6,
						DemoEvents.SPECIAL),
				new Held(EventType.TRAINING, "Paslaugų poveikio matavimas", LocalDate.of(2024, 4, 18), 6,
						DemoEvents.SPECIAL),
				new Held(EventType.TRAINING, "Darbas su smurtą patyrusiais asmenimis", LocalDate.of(2024, 9, 19), 6,
						DemoEvents.SPECIAL),
				new Held(EventType.TRAINING, "Organizacijos strateginis planavimas", LocalDate.of(2024, 3, 14), 4,
						DemoEvents.GENERAL),
				new Held(EventType.TRAINING, "Finansinis skaidrumas ir atskaitomybė", LocalDate.of(2024, 11, 14), 4,
						DemoEvents.GENERAL),
				new Held(EventType.NETWORKING_MEETING, "Vaikų dienos centrų patirčių susitikimas",
						LocalDate.of(2024, 5, 16), 3, DemoEvents.DAY_CENTRES),
				new Held(EventType.NETWORKING_MEETING, "Vaikų dienos centrų patirčių susitikimas",
						LocalDate.of(2024, 10, 10), 3, DemoEvents.DAY_CENTRES));
		for (int h = 0; h < held.size(); h++) {
			Held one = held.get(h);
			EventView event = events.create(DemoEvents.event(one.type(), one.title(), one.day(), one.hours(), false,
					List.of(one.tag())));
			events.markHeld(event.id());
			for (int k = 0; k < 12; k++) {
				events.register(event.id(), staff.get((h * 3 + k) % staff.size()), null, ParticipationStatus.ATTENDED);
			}
		}
	}

	/** The strategy of seed 001; runs with NSMOT selected. */
	static void nsmot(Strategies strategies) {
		StrategyView strategy = strategies.create(new StrategyData("NSMOT strategija 2023–2024", "NSMOT strategy 2023–2024",
				2023, 2024, "Visuotinis narių susirinkimas", LocalDate.of(2022, 10, 24),
				"NSMOT yra 2006 m. įkurta nevyriausybinė skėtinė organizacija, vienijanti organizacijas, veikiančias "
						+ "skurdo ir socialinės atskirties srityje.",
				null, String.join("\n", "Pagarba žmogaus teisėms.", "Skaidrumas.", "Lyderystė.", "Solidarumas.",
						"Tvarus veikimas.")));
		long id = strategy.id();
		NodeView strengthening = strategies.addNode(id, null, NodeKind.DIRECTION, "NVO stiprinimas", "Strengthening NGOs");
		strategies.addNode(id, null, NodeKind.DIRECTION, "Advokacija", "Advocacy");

		NodeView quality = goal(strategies, id, strengthening, "Stiprinti NVO paslaugų kokybę",
				"Strengthen the quality of NGO services");
		add(strategies, id, quality, NodeKind.TASK,
				"Stiprinti paslaugų kokybę, siekiant, kad NVO teikiamos paslaugos būtų individualizuotos ir įgalinančios",
				"Stiprinti NSMOT narių gebėjimus teikti kokybiškas viešąsias paslaugas, siekiant paslaugų perdavimo");
		add(strategies, id, quality, NodeKind.MEASURE,
				"Specialieji mokymai, skirti narių teikiamų socialinių paslaugų kokybės stiprinimui",
				"NVO socialinių paslaugų standarto NOKAS diegimas NVO, siekiant įgalinančių, tvarių ir individualizuotų "
						+ "paslaugų pažeidžiamoms grupėms",
				"Narių vaikų dienos centrų stiprinimas per mokymus ir patirčių dalinimąsi");
		NodeView specialTrainings = strategies.addNode(id, quality.id(), NodeKind.RESULT,
				"Kasmet organizuojami bent dveji specialieji mokymai, skirti paslaugų kokybei stiprinti",
				"At least two special trainings a year to strengthen the quality of services");
		NodeView dayCentres = strategies.addNode(id, quality.id(), NodeKind.RESULT,
				"Reguliarūs NSMOT vaikų dienos centrų susitikimai, dalinantis patirtimi, stiprinant darbuotojų "
						+ "kompetencijas ir tarpinstitucinį bendradarbiavimą",
				"Regular meetings of NSMOT's children's day centres");
		NodeView nokas = strategies.addNode(id, quality.id(), NodeKind.RESULT,
				"Per metus bent 10 organizacijų, besidiegiančių kokybės standartą NOKAS, po kurių organizacijos "
						+ "sustiprina savo paslaugų kokybę ir matuoja savo paslaugų poveikį bei jį viešina",
				"At least 10 organizations a year implementing the NOKAS quality standard");

		NodeView capacity = goal(strategies, id, strengthening, "Stiprinti NVO institucinius gebėjimus",
				"Strengthen the institutional capacity of NGOs");
		add(strategies, id, capacity, NodeKind.TASK,
				"Didinti NSMOT ir narių veiklos ir finansinį skaidrumą, siekiant auginti visuomenės pasitikėjimą NVO "
						+ "sektoriumi",
				"Stiprinti narių administracinius, organizacinius ir komunikacinius gebėjimus");
		add(strategies, id, capacity, NodeKind.MEASURE,
				"Bendrieji mokymai, skirti administracinių, organizacinių, finansinių ir komunikacinių gebėjimų "
						+ "stiprinimui",
				"Individualios konsultacijos nariams skaidrumo klausimais");
		NodeView generalTrainings = strategies.addNode(id, capacity.id(), NodeKind.RESULT,
				"Kasmet organizuojami bent dveji mokymai finansinio tvarumo, administracinių, komunikacinių ar "
						+ "organizacinių gebėjimų stiprinimui",
				"At least two trainings a year on financial sustainability, administration, communication or organization");
		add(strategies, id, capacity, NodeKind.RESULT,
				"Peržiūrėtos NSMOT narių ataskaitos, suteiktos individualios konsultacijos, ko pasekoje narių ataskaitos "
						+ "atitinka tiek įstatymų reikalavimus, tiek tampa aiškesnės ir skaidresnės");

		NodeView networking = goal(strategies, id, strengthening, "Stiprinti tinklaveiką", "Strengthen networking");
		add(strategies, id, networking, NodeKind.TASK,
				"Diskusijos ir socialiniai pusryčiai, skirti stiprinti tinklaveiką, dalijimąsi patirtimi",
				"Vieša komunikacija, skirta pritraukti naujų organizacijų, veikiančių skurdo ir socialinės atskirties "
						+ "mažinimo srityje");
		add(strategies, id, networking, NodeKind.MEASURE,
				"Organizuoti narių patirčių dalinimosi sesijas, veiklos ir paslaugų teikimo srityse",
				"Tarpininkauti tarp narių, siekiant jų tarpusavio bendradarbiavimo",
				"NSMOT ir narių veiklos viešinimas, siekiant pritraukti naujų narių");
		add(strategies, id, networking, NodeKind.RESULT,
				"Reguliarios gyvos ir nuotolinės narių patirčių dalinimosi sesijos: socialiniai pusryčiai, skurdą "
						+ "patiriančių asmenų susitikimų koordinatorių pasitarimai",
				"Narių bendradarbiavimo iniciatyvos");
		NodeView newMembers = strategies.addNode(id, networking.id(), NodeKind.RESULT,
				"Per metus bent trys NVO, prisijungusios prie NSMOT", "At least three NGOs join NSMOT a year");

		NodeView cooperation = goal(strategies, id, strengthening,
				"Stiprinti tarpinstitucinį bendradarbiavimą tarp NVO ir valstybės institucijų",
				"Strengthen cooperation between NGOs and state institutions");
		add(strategies, id, cooperation, NodeKind.TASK, "Skatinti NVO ir valstybės institucijų tarpusavio suvokimą",
				"Gerinti informacijos sklaidą tarp NVO ir valstybės institucijų");
		add(strategies, id, cooperation, NodeKind.MEASURE,
				"Inicijuoti bendras diskusijas tarp NVO ir valstybės institucijų skirtingų socialinių paslaugų temomis",
				"Inicijuoti komunikaciją apie teisės aktų pakeitimus ir siūlomas priemones");
		add(strategies, id, cooperation, NodeKind.RESULT,
				"Reguliarios tarpinstitucinės diskusijos apie NVO teikiamas paslaugas",
				"Informacinės konsultacijos NVO apie teisės aktų pokyčius ir taikymą su valstybės institucijų atstovais");

		Map<Integer, BigDecimal> two = Map.of(2023, BigDecimal.valueOf(2), 2024, BigDecimal.valueOf(2));
		strategies.addIndicator(id, specialTrainings.id(), new IndicatorData("Specialieji mokymai per metus",
				"Special trainings a year", "mokymai", Comparison.AT_LEAST, "events.held",
				"type=TRAINING&tag=" + DemoEvents.SPECIAL, two));
		strategies.addIndicator(id, dayCentres.id(), new IndicatorData("Vaikų dienos centrų susitikimai",
				"Meetings of children's day centres", "susitikimai", Comparison.AT_LEAST, "events.held",
				"tag=" + DemoEvents.DAY_CENTRES, Map.of()));
		long nokasIndicator = strategies.addIndicator(id, nokas.id(), new IndicatorData(
				"Organizacijos, diegiančios NOKAS", "Organizations implementing NOKAS", "organizacijos",
				Comparison.AT_LEAST, null, null, Map.of(2023, BigDecimal.TEN, 2024, BigDecimal.TEN))).id();
		strategies.addIndicator(id, generalTrainings.id(), new IndicatorData("Bendrieji mokymai per metus",
				"General trainings a year", "mokymai", Comparison.AT_LEAST, "events.held",
				"type=TRAINING&tag=" + DemoEvents.GENERAL, two));
		strategies.addIndicator(id, newMembers.id(), new IndicatorData("Naujos narės per metus", "New members a year",
				"NVO", Comparison.AT_LEAST, "members.accepted", null,
				Map.of(2023, BigDecimal.valueOf(3), 2024, BigDecimal.valueOf(3))));

		strategies.addValue(id, nokasIndicator, LocalDate.of(2023, 12, 15), BigDecimal.valueOf(11),
				"NOKAS diegimo ataskaita už 2023 m.", "https://www.nokas.lt", null, null);
		strategies.addValue(id, nokasIndicator, LocalDate.of(2024, 6, 30), BigDecimal.valueOf(6),
				"Pusmečio apklausa", null, null, null);
		strategies.addValue(id, nokasIndicator, LocalDate.of(2024, 12, 20), BigDecimal.valueOf(8),
				"Metų pabaigos apklausa: dvi organizacijos diegimą atidėjo", null, null, null);
	}

	private static NodeView goal(Strategies strategies, long id, NodeView direction, String text, String textEn) {
		return strategies.addNode(id, direction.id(), NodeKind.GOAL, text, textEn);
	}

	private static void add(Strategies strategies, long id, NodeView parent, NodeKind kind, String... texts) {
		for (String text : texts) {
			strategies.addNode(id, parent.id(), kind, text, null);
		}
	}
}
