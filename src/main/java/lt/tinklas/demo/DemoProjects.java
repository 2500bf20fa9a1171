package lt.tinklas.demo;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.List;
import java.util.Map;
import java.util.stream.IntStream;
import java.util.stream.Stream;

import lt.tinklas.events.EventType;
import lt.tinklas.events.EventView;
import lt.tinklas.events.Events;
import lt.tinklas.projects.Funders;
import lt.tinklas.projects.ProjectBudgets;
import lt.tinklas.projects.ProjectData;
import lt.tinklas.projects.ProjectIndicatorView;
import lt.tinklas.projects.ProjectIndicators;
import lt.tinklas.projects.ProjectStatus;
import lt.tinklas.projects.ProjectView;
import lt.tinklas.projects.Projects;
import lt.tinklas.projects.SourceType;

/**
 * The demo's funded projects.
 * <p>
 * The Confederation's ministry project of 2016, extended to 2017 (seed 002): its funder, yearly
 * allocations, goal, the 2016 forum and congress as its events, and the other activities the seed
 * tells of. Where the seed gives only the month or the year of an activity, the day is made up;
 * the seed reports no outcome of the 2017 forum and advocacy, so they stay planned.
 * <p>
 * The Confederation's ESF project (seed 003): code, programme, value, grant, period, the five
 * municipalities of Vilnius county and the 265 participants planned. That the 265 were reached by
 * the end, and the day each activity was done, are the demo's.
 * <p>
 * A 2022 state-funded project (seed 004) is a national NGO's; the demo gives it to NSMOT. Period,
 * grant, tasks and activities are the seed's; the activities' dates, the budget lines and the
 * expenses are made up. The seed says the grant was used in full, so the expenses spend every line.
 */
final class DemoProjects {

	private static final ZoneId VILNIUS = ZoneId.of("Europe/Vilnius");

	/** The project services the demo writes through. */
	record Facades(Projects projects, Funders funders, ProjectIndicators indicators, ProjectBudgets budgets) {
	}

	private static final String MINISTRY = "Lietuvos Respublikos socialinės apsaugos ir darbo ministerija";

	private static final String MINISTRY_EN = "Ministry of Social Security and Labour of the Republic of Lithuania";

	/** An activity done (or, with no day done, only planned). */
	private record Activity(String title, LocalDate plannedFrom, LocalDate plannedUntil, LocalDate doneOn,
			String description) {
	}

	private DemoProjects() {
	}

	/** Loads the Confederation's projects; runs with the Confederation selected, after its events. */
	static void confederation(Facades demo, Events events) {
		umbrella(demo, events);
		employment(demo);
	}

	/** Loads NSMOT's project; runs with NSMOT selected. */
	static void nsmot(Facades demo) {
		long ministry = demo.funders().create(MINISTRY, MINISTRY_EN, SourceType.STATE_BUDGET).id();
		BigDecimal grant = new BigDecimal("54922.81");
		ProjectView project = demo.projects()
			.create(new ProjectData(
					"Nacionalinių NVO vaidmens stiprinimas teikiant viešąsias paslaugas ir vykdant savanoriškos veiklos "
							+ "plėtrą regione",
					"Strengthening the role of national NGOs in providing public services and developing volunteering "
							+ "in the region",
					null, ministry, null, SourceType.STATE_BUDGET, ProjectStatus.COMPLETED, grant, grant, null,
					LocalDate.of(2022, 7, 1), LocalDate.of(2022, 12, 31),
					"Stiprinti nacionalinių NVO vaidmenį teikiant viešąsias paslaugas ir plėtoti savanorišką veiklą "
							+ "regione: palydėjimo modelis dirbant su laisvės atėmimo bausme nuteistais asmenimis, "
							+ "savanoriškomis veiklomis grindžiama „Gyvosios bibliotekos“ programa ir senjorams skirtų "
							+ "viešųjų socialinių paslaugų kokybė.",
					String.join("\n",
							"Užtikrinti į tikslinės grupės poreikių tenkinimą orientuotų kokybiškų palydėjimo paslaugų "
									+ "nuteistiesiems organizavimą ir inicijuoti finansiškai tvaraus, socialinio verslo "
									+ "principais grindžiamo, paslaugų teikimo modelio taikymą.",
							"Užtikrinti organizacijos savanoriškos veiklos vadybą įgyvendinant „Gyvosios bibliotekos“ "
									+ "metodą bei stiprinti NVO atstovų gebėjimus į savanoriškas veiklas įtraukti žmones, "
									+ "atstovaujančius socialinę atskirtį patiriančias visuomenės grupes.",
							"Socialinių paslaugų senjorams kokybės gerinimas, apjungiant pozityvią senatvę kuriančius "
									+ "partnerius ir stiprinant organizacijos kompetencijas."),
					"Laisvės atėmimo bausme nuteisti asmenys; NVO atstovai ir savanoriai; socialiniai darbuotojai ir jų "
							+ "padėjėjai; senjorai",
					null, "Projektas finansuojamas iš valstybės biudžeto lėšų.", true,
					// the seed's analysis of integration factors is of the Pabradė region
					List.of("LT-49"), List.of(), Map.of()));
		long id = project.id();
		for (Activity activity : NSMOT_ACTIVITIES) {
			add(demo, id, activity);
		}
		budget(demo.budgets(), id);
	}

	// ---------------------------------------------------------------- the Confederation

	private static final List<Activity> UMBRELLA_ACTIVITIES = List.of(
			new Activity("Spaudos konferencija „Iššifruojant sunkiai ištariamą žodį deinstitucionalizacija“",
					LocalDate.of(2016, 7, 27), LocalDate.of(2016, 7, 27), LocalDate.of(2016, 7, 27),
					"Pristatyta nevyriausybinių organizacijų pozicija dėl vaiko globos pertvarkos, paslaugų šeimoms, "
							+ "auginančioms vaikus, plėtros ir dabartinių iššūkių vaiko gerovės srityje. Po konferencijos "
							+ "pasirodė straipsniai lzinios.lt, Delfi ir kituose portaluose, duotas interviu LRT "
							+ "televizijai."),
			new Activity("Dalyvavimas Narkotikų, tabako ir alkoholio kontrolės departamento susitikime su "
					+ "nevyriausybinėmis organizacijomis", LocalDate.of(2016, 9, 1), LocalDate.of(2016, 9, 30),
					LocalDate.of(2016, 9, 21),
					"Pasirašytas susitarimas dėl bendradarbiavimo platformos, siekiant spręsti problemas, susijusias su "
							+ "narkotinių medžiagų, tabako ir alkoholio vartojimu."),
			new Activity("Pažintinis vizitas į Suomiją", LocalDate.of(2016, 10, 1), LocalDate.of(2016, 10, 31),
					LocalDate.of(2016, 10, 13),
					"Departamento organizuotas vizitas: susipažinta su institucijomis ir organizacijomis, teikiančiomis "
							+ "pagalbą ir paslaugas vaikams, priklausomiems nuo alkoholio ir kitų psichotropinių "
							+ "medžiagų arba esantiems tokių priklausomybių rizikoje. Dalyvavo ir Priklausomybės ligų "
							+ "gydymo centras, Ukmergės, Vilniaus, Šalčininkų ir Elektrėnų savivaldybės."),
			new Activity("Apskrito stalo diskusija „Vietos savivaldos modelis dirbant su socialinės rizikos šeimomis ir "
					+ "priklausomais asmenimis, identifikuojant gerosios praktikos modelius Šiaurės šalyse“",
					LocalDate.of(2016, 11, 1), LocalDate.of(2016, 11, 30), LocalDate.of(2016, 11, 17),
					"Konfederacijos atstovo pranešimas „Nevyriausybinės organizacijos – tikrasis partneris dirbant su "
							+ "šeimomis. Perspektyva, remiantis Šiaurės šalių gerovės modeliu“."),
			new Activity("Susitikimai Prezidentūroje su Kauno ir Alytaus apskričių savivaldybių atstovais",
					LocalDate.of(2016, 10, 1), LocalDate.of(2016, 11, 30), LocalDate.of(2016, 11, 24),
					"Aptarti savivaldybių veiksmai ir planai skatinant įvaikinimą ir globą, teikiant pagalbą globėjams "
							+ "ir įvaikintojams, plėtojant paslaugas šeimoms ir vaikams; pateikta nevyriausybinių "
							+ "organizacijų pozicija."),
			new Activity("Viešinimo ir reprezentacinės priemonės: metinė ataskaita ir 2017 m. stalo kalendorius",
					LocalDate.of(2016, 10, 1), LocalDate.of(2016, 12, 31), LocalDate.of(2016, 12, 15),
					"Viešinta Konfederacijos veikla ir informacija apie Jungtinių Tautų vaiko teisių konvenciją, vaiko "
							+ "teises ir vaiko gerovę."),
			new Activity("Atnaujinta interneto svetainė ir profilis socialiniame tinkle Facebook",
					LocalDate.of(2016, 7, 1), LocalDate.of(2016, 12, 31), LocalDate.of(2016, 12, 30), null),
			new Activity("Vidiniai mokymai Konfederacijos nariams – nevyriausybinėms organizacijoms",
					LocalDate.of(2017, 2, 1), LocalDate.of(2017, 3, 31), LocalDate.of(2017, 3, 16),
					"Organizacijos valdymas, lėšų paieška, strateginis planavimas, sėkminga komunikacija; dalyvavo 15 "
							+ "dalyvių. Atliktas Konfederacijos veiklos vertinimas ir parengtos tolimesnės veiklos "
							+ "gairės."),
			new Activity("„Vaikų žvaigždynas“: „Geriausio vaiko draugo“ apdovanojimai", LocalDate.of(2017, 6, 1),
					LocalDate.of(2017, 6, 1), LocalDate.of(2017, 6, 1),
					"Tarptautinę vaikų gynimo dieną Lietuvos nacionaliniame dramos teatre apdovanoti 5 geriausi vaiko "
							+ "draugai, tarp jų – Lietuvos Respublikos Prezidentė Dalia Grybauskaitė. Po apdovanojimų – "
							+ "spektaklis „Kaulinis senis ant geležinio kalno“."),
			new Activity("Nevyriausybinių organizacijų ir valstybinių institucijų forumas apie pagalbą ir paslaugas "
					+ "vaikams ir jauniems žmonėms, priklausomiems nuo alkoholio ar kitų narkotinių medžiagų",
					LocalDate.of(2017, 2, 1), LocalDate.of(2017, 12, 31), null, null),
			new Activity("Advokacinė veikla: skatinti svarbius sprendimus vaiko gerovės srityje, atstovauti "
					+ "nevyriausybinėms organizacijoms", LocalDate.of(2017, 2, 1), LocalDate.of(2017, 12, 31), null,
					null));

	/**
	 * Seed 002's project. It is entered as it happened: first for 2016 with that year's allocation,
	 * then extended, and only then given 2017's allocation, which may not lie outside the period.
	 */
	private static void umbrella(Facades demo, Events events) {
		long ministry = demo.funders().create(MINISTRY, MINISTRY_EN, SourceType.STATE_BUDGET).id();
		BigDecimal year2016 = new BigDecimal("15563.00");
		BigDecimal year2017 = new BigDecimal("15563.00");
		LocalDate startsOn = LocalDate.of(2016, 7, 1);
		LocalDate firstEnd = LocalDate.of(2016, 12, 31);
		LocalDate extendedEnd = LocalDate.of(2017, 12, 31);
		ProjectView project = demo.projects()
			.create(umbrellaData(ministry, ProjectStatus.ONGOING, year2016, firstEnd, Map.of(2016, year2016)));
		long id = project.id();
		demo.projects().extend(id, extendedEnd, "Projekto pratęsimas: 2017 m. vasario – gruodžio mėn.");
		demo.projects()
			.update(id, demo.projects().get(id).version(), umbrellaData(ministry, ProjectStatus.COMPLETED,
					year2016.add(year2017), extendedEnd, Map.of(2016, year2016, 2017, year2017)));
		for (EventView event : events.list(startsOn, firstEnd, null)) {
			LocalDate day = event.startsAt().atZoneSameInstant(VILNIUS).toLocalDate();
			boolean forum = event.type() == EventType.FORUM && day.equals(LocalDate.of(2016, 9, 8));
			boolean congress = event.type() == EventType.GENERAL_ASSEMBLY && day.equals(LocalDate.of(2016, 12, 15));
			if (forum || congress) {
				demo.projects().linkEvent(id, event.id());
			}
		}
		for (Activity activity : UMBRELLA_ACTIVITIES) {
			add(demo, id, activity);
		}
	}

	private static ProjectData umbrellaData(long funder, ProjectStatus status, BigDecimal grant, LocalDate endsOn,
			Map<Integer, BigDecimal> allocations) {
		// the seed states the money allocated, not the project's value or an own contribution
		return new ProjectData("Nevyriausybinių organizacijų skėtinė veikla – tvarios visuomenės kūrimo link",
				"Umbrella activities of non-governmental organizations towards a sustainable society", null, funder, null,
				SourceType.STATE_BUDGET, status, null, grant, null, LocalDate.of(2016, 7, 1), endsOn,
				"Užtikrinti švietėjišką ir atstovaujamąją veiklą vaiko gerovės srityje, stiprinant tinklaveiką "
						+ "skėtinės organizacijos pagrindu.",
				String.join("\n", "Stiprinti gebėjimus tinkamai atstovauti Konfederacijos nariams ir jų interesams.",
						"Stiprinti nevyriausybines organizacijas, dirbančias vaikams ir su vaikais.",
						"Skatinti dialogą tarp nevyriausybinio ir valstybinio sektorių."),
				"Konfederacijos narės – nevyriausybinės organizacijos, dirbančios vaikams ir su vaikais; valstybės ir "
						+ "savivaldybių institucijos, dirbančios vaiko gerovės srityje",
				null, "Projektas finansuojamas Lietuvos Respublikos socialinės apsaugos ir darbo ministerijos lėšomis.",
				true, List.of(), List.of(), allocations);
	}

	/** Seed 003's ESF project. */
	private static void employment(Facades demo) {
		long esf = demo.funders().create("Europos socialinis fondas", "European Social Fund",
				SourceType.EU_STRUCTURAL_FUNDS).id();
		BigDecimal value = new BigDecimal("173552.19");
		BigDecimal grant = new BigDecimal("144389.79");
		LocalDate startsOn = LocalDate.of(2018, 4, 5);
		LocalDate endsOn = LocalDate.of(2021, 4, 3);
		ProjectView project = demo.projects()
			.create(new ProjectData("Žmonių su negalia integracijos į darbo rinką skatinimas Vilniaus apskrityje",
					"Promoting the integration of people with disabilities into the labour market in Vilnius County",
					"08.3.1-ESFA-K-413-02-0050", esf,
					"2014–2020 m. Europos Sąjungos fondų investicijų veiksmų programos 8 prioritetas „Socialinės "
							+ "įtraukties didinimas ir kova su skurdu“, priemonė Nr. 08.3.1-ESFA-K-413 „Socialinę "
							+ "atskirtį patiriančių asmenų integracija į darbo rinką“",
					SourceType.EU_STRUCTURAL_FUNDS, ProjectStatus.COMPLETED, value, grant, value.subtract(grant),
					startsOn, endsOn,
					"Mažinti žmonių su negalia socialinę atskirtį ir sukurti jiems galimybes integruotis į darbo rinką.",
					String.join("\n",
							"Psichologiniu konsultavimu, profesiniu mokymu ir įsidarbinimo konsultavimu padidinti "
									+ "žmonių su negalia galimybes integruotis į darbo rinką.",
							"Įtraukti žmones su negalia į nuolatinę bendraminčių bendruomenę, kur jie jaučiasi "
									+ "palaikomi ir skatinami."),
					"Žmonės su negalia, gyvenantys Vilniaus apskrityje", null,
					"Projektas finansuojamas Europos socialinio fondo ir Lietuvos Respublikos valstybės biudžeto lėšomis.",
					true,
					// Vilnius city, Elektrėnai, Širvintos, Švenčionys, Trakai
					List.of("LT-57", "LT-08", "LT-47", "LT-49", "LT-52"), List.of(), Map.of()));
		long id = project.id();
		for (String title : List.of("Psichologinis konsultavimas", "Profesinis mokymas", "Įsidarbinimo konsultavimas")) {
			add(demo, id, new Activity(title, startsOn, endsOn, endsOn, null));
		}
		ProjectIndicatorView participants = demo.indicators()
			.add(id, "Dalyviai", "asmenys", new BigDecimal("265"), null, null);
		demo.indicators()
			.record(id, participants.id(), new BigDecimal("265"), endsOn, null,
					"Projekto veiklose dalyvavo 265 žmonės su negalia iš penkių Vilniaus apskrities savivaldybių. "
							+ "Demonstraciniai duomenys: šaltinyje nurodytas tik planuojamas dalyvių skaičius.");
	}

	// ---------------------------------------------------------------- NSMOT

	private static final List<Activity> NSMOT_ACTIVITIES = List.of(
			new Activity("Supervizijos individualios priežiūros darbuotojams", LocalDate.of(2022, 7, 1),
					LocalDate.of(2022, 12, 31), LocalDate.of(2022, 12, 20),
					"Siekta gerinti teikiamų paslaugų kokybę ir stiprinti organizacijos įgyvendinamas veiklas."),
			new Activity("Individualios ir grupinės motyvacinės konsultacijos „Gyvosios bibliotekos“ savanoriams",
					LocalDate.of(2022, 7, 1), LocalDate.of(2022, 12, 31), LocalDate.of(2022, 12, 16), null),
			new Activity("Mokymų programa pagal motyvacinio interviu principus ir 2 mokymai NVO atstovams",
					LocalDate.of(2022, 8, 1), LocalDate.of(2022, 10, 31), LocalDate.of(2022, 10, 20),
					"Mokymai apie socialiai pažeidžiamų asmenų įtraukimą į savanoriškas veiklas, integruota "
							+ "„Gyvosios bibliotekos“ praktika."),
			new Activity("3 mokymai socialiniams darbuotojams ir jų padėjėjams „Stereotipų įtaka organizuojant "
					+ "socialinę pagalbą“", LocalDate.of(2022, 9, 1), LocalDate.of(2022, 11, 30),
					LocalDate.of(2022, 11, 24), null),
			new Activity("Darbuotojų atrankos mokymai senjorų programos koordinatoriams", LocalDate.of(2022, 9, 1),
					LocalDate.of(2022, 10, 31), LocalDate.of(2022, 10, 13),
					"Siekta gerinti senjorų programos veiklų organizavimo kokybę."),
			new Activity("Integracijos faktorių Pabradės regione analizė", LocalDate.of(2022, 7, 15),
					LocalDate.of(2022, 11, 15), LocalDate.of(2022, 11, 10),
					"Pristatyta suinteresuotoms šalims diskusijos metu."),
			new Activity("Ekonominio reintegracijos naudingumo tyrimas", LocalDate.of(2022, 8, 1),
					LocalDate.of(2022, 11, 30), LocalDate.of(2022, 11, 29),
					"Pristatytas suinteresuotoms šalims diskusijos metu."),
			new Activity("Pozityvią senatvę skatinančių organizacijų partnerystė", LocalDate.of(2022, 7, 1),
					LocalDate.of(2022, 12, 31), LocalDate.of(2022, 12, 15), null),
			new Activity("Pozityvios senatvės komunikacijos kampanija", LocalDate.of(2022, 10, 1),
					LocalDate.of(2022, 11, 30), LocalDate.of(2022, 11, 30), null),
			new Activity("Informacinis bukletas apie NVO veiklas laisvės atėmimo bausme nuteistiems asmenims",
					LocalDate.of(2022, 9, 1), LocalDate.of(2022, 10, 31), LocalDate.of(2022, 10, 28),
					"Parengtas ir platintas."),
			new Activity("Rekomendacijos ir pasiūlymai valstybės politikos priemones formuojančioms ir jas "
					+ "įgyvendinančioms institucijoms", LocalDate.of(2022, 11, 15), LocalDate.of(2022, 12, 31),
					LocalDate.of(2022, 12, 22), null),
			new Activity("Socialiniu verslu grindžiamas nuteistųjų palydėjimo modelis", LocalDate.of(2022, 7, 1),
					LocalDate.of(2022, 12, 15), LocalDate.of(2022, 12, 14),
					"Parengtas, pristatytas suinteresuotiems asmenims diskusijos metu ir pradėtas praktiškai taikyti."),
			new Activity("Organizacijos strateginio planavimo susitikimas", LocalDate.of(2022, 12, 1),
					LocalDate.of(2022, 12, 10), LocalDate.of(2022, 12, 8), null),
			new Activity("„Gyvosios bibliotekos“ savanoriškų veiklų organizavimo strategija", LocalDate.of(2022, 10, 1),
					LocalDate.of(2022, 12, 31), LocalDate.of(2022, 12, 19), null));

	/** A line's plan and what was spent on it: day, amount, supplier, document, note. */
	private record Line(String name, String planned, List<Spent> spent) {
	}

	private record Spent(LocalDate on, String amount, String supplier, String document, String note) {
	}

	private static List<Spent> monthly(String amount, String supplier, String document, String note) {
		return IntStream.rangeClosed(7, 12)
			.mapToObj(month -> new Spent(LocalDate.of(2022, month, 1).plusMonths(1).minusDays(1), amount, supplier,
					document.formatted(month), note))
			.toList();
	}

	/** Plans sum to the grant, 54 922,81 EUR; every line is spent in full. */
	private static final List<Line> NSMOT_BUDGET = List.of(
			new Line("Darbo užmokestis", "31500.00",
					monthly("5250.00", null, "DU-2022-%02d", "Projekto komandos darbo užmokestis su mokesčiais")),
			new Line("Mokymai ir supervizijos", "9800.00", concat(
					monthly("750.00", "Supervizorius (paslaugų sutartis)", "SUP-2022-%02d", "Mėnesio supervizijos"),
					List.of(new Spent(LocalDate.of(2022, 9, 22), "1350.00", "Mokymų lektorius (paslaugų sutartis)",
							"MOK-2022-01", "Mokymai NVO atstovams, 1 grupė"),
							new Spent(LocalDate.of(2022, 10, 20), "1350.00", "Mokymų lektorius (paslaugų sutartis)",
									"MOK-2022-02", "Mokymai NVO atstovams, 2 grupė"),
							new Spent(LocalDate.of(2022, 10, 13), "500.00", "Mokymų lektorius (paslaugų sutartis)",
									"MOK-2022-03", "Darbuotojų atrankos mokymai koordinatoriams"),
							new Spent(LocalDate.of(2022, 10, 6), "700.00", "Mokymų lektorius (paslaugų sutartis)",
									"MOK-2022-04", "Mokymai socialiniams darbuotojams, 1 grupė"),
							new Spent(LocalDate.of(2022, 11, 3), "700.00", "Mokymų lektorius (paslaugų sutartis)",
									"MOK-2022-05", "Mokymai socialiniams darbuotojams, 2 grupė"),
							new Spent(LocalDate.of(2022, 11, 24), "700.00", "Mokymų lektorius (paslaugų sutartis)",
									"MOK-2022-06", "Mokymai socialiniams darbuotojams, 3 grupė")))),
			new Line("Analizės ir tyrimai", "7200.00",
					List.of(new Spent(LocalDate.of(2022, 11, 10), "3400.00", "Tyrėjų grupė (paslaugų sutartis)",
							"TYR-2022-01", "Integracijos faktorių Pabradės regione analizė"),
							new Spent(LocalDate.of(2022, 11, 29), "3800.00", "Tyrėjų grupė (paslaugų sutartis)",
									"TYR-2022-02", "Ekonominio reintegracijos naudingumo tyrimas"))),
			new Line("Komunikacijos kampanija", "4100.00",
					List.of(new Spent(LocalDate.of(2022, 10, 28), "1450.00", "Spaustuvė", "SP-2022-118",
							"Informacinio bukleto maketavimas ir spauda"),
							new Spent(LocalDate.of(2022, 11, 30), "2650.00", "Komunikacijos agentūra", "KOM-2022-07",
									"Pozityvios senatvės komunikacijos kampanija"))),
			new Line("Administravimo išlaidos", "2322.81", concat(
					monthly("300.00", "Patalpų nuomotojas", "NUOM-2022-%02d", "Patalpų nuoma"),
					List.of(new Spent(LocalDate.of(2022, 12, 30), "522.81", "Ryšių ir programinės įrangos tiekėjai",
							"ADM-2022-12", "Ryšiai ir buhalterinė programa")))));

	private static List<Spent> concat(List<Spent> first, List<Spent> second) {
		return Stream.concat(first.stream(), second.stream()).toList();
	}

	private static void budget(ProjectBudgets budgets, long projectId) {
		for (Line line : NSMOT_BUDGET) {
			long lineId = budgets.addLine(projectId, line.name(), new BigDecimal(line.planned())).id();
			for (Spent spent : line.spent()) {
				budgets.addExpense(projectId, new ProjectBudgets.ExpenseData(lineId, spent.on(),
						new BigDecimal(spent.amount()), spent.supplier(), spent.document(), spent.note()));
			}
		}
	}

	private static void add(Facades demo, long projectId, Activity activity) {
		demo.projects()
			.addActivity(projectId, activity.title(), activity.plannedFrom(), activity.plannedUntil(), activity.doneOn(),
					activity.description());
	}
}
