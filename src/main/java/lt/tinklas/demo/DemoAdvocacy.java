package lt.tinklas.demo;

import java.time.LocalDate;
import java.time.LocalTime;
import java.time.OffsetDateTime;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;

import lt.tinklas.advocacy.Advocacy;
import lt.tinklas.advocacy.DocumentKind;
import lt.tinklas.advocacy.GroupRole;
import lt.tinklas.advocacy.InstitutionKind;
import lt.tinklas.advocacy.MeetingData;
import lt.tinklas.advocacy.Outcome;
import lt.tinklas.advocacy.PositionData;
import lt.tinklas.advocacy.SeatData;
import lt.tinklas.advocacy.SeatRole;
import lt.tinklas.advocacy.WorkingGroupData;
import lt.tinklas.events.EventData;
import lt.tinklas.events.EventFormat;
import lt.tinklas.events.EventType;
import lt.tinklas.events.EventView;
import lt.tinklas.events.Events;
import lt.tinklas.organizations.Municipalities;
import lt.tinklas.organizations.Municipality;
import lt.tinklas.people.People;
import lt.tinklas.people.PersonData;

/**
 * The demo's advocacy records.
 * <p>
 * NSMOT as seed 000 tells it: its five working groups and five advocacy directions, the invitation
 * letter NSMOT/26/01/22/01 to the Šilutė district NGO council, and its 2025 results, now counted
 * from records: "more than 25 positions and letters" (26 here), part of them accepted by the
 * Ministry of Social Security and Labour and by the Seimas Committee on Social Affairs and Labour;
 * "more than 30 meetings with decision makers" (31 here); work in 11 national councils,
 * committees and working groups; regional and national meetings with people experiencing poverty
 * whose proposals go into positions. The seed gives only these totals: the titles, dates,
 * outcomes, officials, bodies, involvement meetings and proposals of NSMOT below are made up for the
 * demo, and so are the addressees other than the three the seed names.
 * <p>
 * The Confederation as seed 003 tells it: its seats in six state bodies (names and institutions
 * from the seed) and the meeting of 2017-12-05 with families raising children with disabilities
 * in the Švenčionys district, whose problems (from the seed's text) the Confederation took to the
 * Ministry of Health, the Ministry of Social Security and Labour and the National Health Insurance
 * Fund. The headcount, the appeals' dates and titles, and the seats' terms are made up.
 */
final class DemoAdvocacy {

	private static final ZoneId VILNIUS = ZoneId.of("Europe/Vilnius");


	private record InstitutionDef(String key, String name, String nameEn, InstitutionKind kind,
			String municipalityName) {
	}

	private record GroupDef(String name, String theme, String description, LocalDate from, int coordinator,
			List<Integer> members, List<Integer> former) {
	}

	private record OfficialDef(String firstName, String lastName, String email, String institution) {
	}

	/** A meeting: the institution is the official's. */
	private record MeetingDef(int month, int day, int official, String topic, int direction, int colleague,
			String agreed) {
	}

	/**
	 * A document: sent on the day (a draft when null), answered {@code answerDays} later; it may
	 * follow up one of the 2025 meetings (its index).
	 */
	private record DocDef(LocalDate sentOn, DocumentKind kind, String title, String summary, List<String> to,
			int direction, int group, Outcome outcome, int answerDays, String note, int followsMeeting) {
	}

	private record ProposalDef(String text, String theme, String municipality, int document) {
	}

	private record GatheringDef(String title, LocalDate day, String venue, String municipality, int headcount,
			String description, List<ProposalDef> proposals) {
	}

	private record SeatDef(String institution, String body, int person, SeatRole role, LocalDate from,
			LocalDate until) {
	}

	private record BodyDef(String institution, String body) {
	}

	private static final int NONE = -1;

	// ---------------------------------------------------------------- NSMOT

	private static final String SADM = "SADM";
	private static final String SRDK = "SRDK";
	private static final String SILUTE = "SILUTE";
	private static final String LRV = "LRV";
	private static final String FM = "FM";
	private static final String BFK = "BFK";
	private static final String TM = "TM";
	private static final String AM = "AM";
	private static final String UZT = "UZT";
	private static final String PK = "PK";
	private static final String LSA = "LSA";

	/**
	 * The ministry, the Seimas committee and the Šilutė council are the seed's; the other addressees
	 * are the state bodies such positions would plausibly go to.
	 */
	private static final List<InstitutionDef> NSMOT_INSTITUTIONS = List.of(
			new InstitutionDef(SADM, "Socialinės apsaugos ir darbo ministerija", "Ministry of Social Security and Labour",
					InstitutionKind.MINISTRY, null),
			new InstitutionDef(SRDK, "Seimo Socialinių reikalų ir darbo komitetas",
					"Seimas Committee on Social Affairs and Labour", InstitutionKind.SEIMAS_COMMITTEE, null),
			new InstitutionDef(SILUTE, "Šilutės rajono savivaldybės nevyriausybinių organizacijų taryba",
					"NGO Council of Šilutė District Municipality", InstitutionKind.MUNICIPALITY,
					"Šilutės rajono savivaldybė"),
			new InstitutionDef(LRV, "Lietuvos Respublikos Vyriausybė", "Government of the Republic of Lithuania",
					InstitutionKind.GOVERNMENT, null),
			new InstitutionDef(FM, "Finansų ministerija", "Ministry of Finance", InstitutionKind.MINISTRY, null),
			new InstitutionDef(BFK, "Seimo Biudžeto ir finansų komitetas", "Seimas Committee on Budget and Finance",
					InstitutionKind.SEIMAS_COMMITTEE, null),
			new InstitutionDef(TM, "Teisingumo ministerija", "Ministry of Justice", InstitutionKind.MINISTRY, null),
			new InstitutionDef(AM, "Aplinkos ministerija", "Ministry of Environment", InstitutionKind.MINISTRY, null),
			new InstitutionDef(UZT, "Užimtumo tarnyba", "Employment Service", InstitutionKind.AGENCY, null),
			new InstitutionDef(PK, "Lietuvos Respublikos Prezidento kanceliarija",
					"Office of the President of the Republic of Lithuania", InstitutionKind.PRESIDENT_OFFICE, null),
			new InstitutionDef(LSA, "Lietuvos savivaldybių asociacija", "Association of Local Authorities in Lithuania",
					InstitutionKind.OTHER, null));

	private static final int NGO = 0;
	private static final int SERVICES = 1;
	private static final int INCOME = 2;
	private static final int DEBTS = 3;
	private static final int TAX = 4;

	/** The five directions of seed 000, in its order. */
	private static final List<String[]> NSMOT_DIRECTIONS = List.of(
			new String[] { "NVO atstovavimas", "Representation of NGOs" },
			new String[] { "Socialinių paslaugų ir integracijos į darbo rinką stiprinimas",
					"Stronger social services and labour market integration" },
			new String[] { "Minimalių pajamų adekvatumo užtikrinimas", "Adequate minimum income" },
			new String[] { "Galimybių grąžinti įsiskolinimus didinimas", "More opportunities to repay debts" },
			new String[] { "Mokesčių sistemos pertvarka socialinio teisingumo kryptimi",
					"Tax reform towards social justice" });

	// the people of DemoPeople.NSMOT, by their place in that list
	private static final int AISTE = 0;
	private static final int SARUNAS = 1;
	private static final int IEVA = 2;
	private static final int YVONA = 3;
	private static final int MINDAUGAS = 4;
	private static final int GIEDRE = 5;
	private static final int TOMAS = 6;
	private static final int RASA = 7;

	/**
	 * Where each of them comes from, as an index into the member list (made up): the director works
	 * at the network itself (no member organization); the others at the six national members of seed
	 * 000 and the first regional member, a children's day centre.
	 */
	private static final int[] WORKPLACE = { NONE, 0, 1, 2, 3, 4, 5, 6 };

	private static final int DAY_CENTRES = 0;
	private static final int SENIORS = 1;
	private static final int QUALITY = 2;
	private static final int EMPLOYMENT = 3;
	private static final int HOUSING = 4;

	/** The five groups of seed 000; their descriptions, members and dates are made up. */
	private static final List<GroupDef> NSMOT_GROUPS = List.of(
			new GroupDef("Vaikų dienos centrų darbo grupė", "Vaikų dienos centrai",
					"Vaikų dienos centrų finansavimo tęstinumas, veiklos kokybė ir darbuotojų kompetencijos.",
					LocalDate.of(2023, 3, 1), RASA, List.of(TOMAS, GIEDRE, IEVA), List.of()),
			new GroupDef("Pagalbos senjorams darbo grupė", "Pagalba senjorams",
					"Pagalba į namus, ilgalaikė priežiūra ir vienišų senjorų socialinė atskirtis.",
					LocalDate.of(2023, 3, 1), MINDAUGAS, List.of(YVONA, IEVA, SARUNAS), List.of()),
			new GroupDef("Socialinių paslaugų kokybės darbo grupė", "Socialinių paslaugų kokybė",
					"Socialinių paslaugų kokybės nacionaliniai reikalavimai, NOKAS standartas ir NVO teikiamų "
							+ "paslaugų finansavimas.",
					LocalDate.of(2022, 9, 1), IEVA, List.of(AISTE, RASA, MINDAUGAS, YVONA), List.of()),
			new GroupDef("Užimtumo paslaugų darbo grupė", "Užimtumo paslaugos",
					"Palydėjimas į darbą, profesinis mokymas ir ilgalaikių bedarbių integracija į darbo rinką.",
					LocalDate.of(2024, 1, 15), SARUNAS, List.of(TOMAS, GIEDRE, MINDAUGAS), List.of()),
			new GroupDef("Būsto klausimų darbo grupė", "Būstas",
					"Socialinis būstas, būsto nuomos ir šildymo išlaidų kompensacijos, įsiskolinimai už būstą.",
					LocalDate.of(2024, 1, 15), YVONA, List.of(SARUNAS, IEVA, TOMAS), List.of(RASA)));

	/** When the former member of a group left it (made up). */
	private static final LocalDate LEFT_GROUP_ON = LocalDate.of(2025, 6, 30);

	/** Officials met: invented people with invented addresses. */
	private static final List<OfficialDef> OFFICIALS = List.of(
			new OfficialDef("Rūta", "Kavaliauskienė", "ruta.kavaliauskiene@socmin.demo", SADM),
			new OfficialDef("Vytautas", "Žilinskas", "vytautas.zilinskas@socmin.demo", SADM),
			new OfficialDef("Lina", "Paulauskaitė", "lina.paulauskaite@socmin.demo", SADM),
			new OfficialDef("Arūnas", "Vaičiulis", "arunas.vaiciulis@seimas.demo", SRDK),
			new OfficialDef("Daiva", "Sadauskienė", "daiva.sadauskiene@seimas.demo", SRDK),
			new OfficialDef("Edita", "Mockutė", "edita.mockute@vyriausybe.demo", LRV),
			new OfficialDef("Karolis", "Vaitkus", "karolis.vaitkus@finmin.demo", FM),
			new OfficialDef("Jolanta", "Butkienė", "jolanta.butkiene@tm.demo", TM),
			new OfficialDef("Dainius", "Rimkus", "dainius.rimkus@uzt.demo", UZT),
			new OfficialDef("Vilma", "Grigaitė", "vilma.grigaite@am.demo", AM),
			new OfficialDef("Gintaras", "Jonušas", "gintaras.jonusas@lsa.demo", LSA),
			new OfficialDef("Austėja", "Norkutė", "austeja.norkute@prezidentas.demo", PK),
			new OfficialDef("Marius", "Gedvilas", "marius.gedvilas@seimas.demo", BFK));

	/** NSMOT's 31 meetings with decision makers in 2025 (seed 000: "more than 30"); made up. */
	private static final List<MeetingDef> MEETINGS_2025 = List.of(
			new MeetingDef(1, 14, 0, "Socialinių paslaugų įstatymo pakeitimų projektas ir NVO teikiamos paslaugos",
					SERVICES, IEVA, "Ministerija laukia raštiškų NSMOT pastabų iki sausio 20 d."),
			new MeetingDef(1, 28, 3, "NSMOT 2025 metų advokacijos prioritetai", NGO, NONE,
					"Sutarta susitikti kartą per ketvirtį."),
			new MeetingDef(2, 11, 1, "Vaikų dienos centrų finansavimo konkursai", SERVICES, RASA,
					"Ministerija svarstys dvejų metų finansavimo laikotarpį."),
			new MeetingDef(2, 25, 5, "Minimalių vartojimo poreikių dydis ir valstybės remiamos pajamos", INCOME, NONE,
					null),
			new MeetingDef(3, 11, 8, "Palydėjimo į darbą paslaugos ilgalaikiams bedarbiams", SERVICES, SARUNAS,
					"Sutarta parengti bendrą bandomąjį modelį dviejose savivaldybėse."),
			new MeetingDef(3, 25, 7, "Išieškojimas iš darbo užmokesčio ir neišieškoma suma", DEBTS, NONE, null),
			new MeetingDef(4, 8, 2, "Šildymo ir būsto nuomos išlaidų kompensacijos", INCOME, YVONA,
					"Ministerija paprašė pateikti narių surinktų atvejų pavyzdžių."),
			new MeetingDef(4, 22, 4, "Valstybės remiamų pajamų didinimas 2026 metais", INCOME, NONE, null),
			new MeetingDef(5, 6, 10, "Pagalbos į namus paslaugų eilės savivaldybėse", SERVICES, MINDAUGAS,
					"Sutarta kartu surinkti duomenis apie eiles savivaldybėse."),
			new MeetingDef(5, 20, 0, "Socialinės įtraukties didinimo plėtros programos pažangos priemonės", SERVICES,
					IEVA, null),
			new MeetingDef(6, 3, 6, "Gyventojų pajamų mokesčio pakeitimai ir mažas pajamas gaunantys žmonės", TAX,
					NONE, null),
			new MeetingDef(6, 12, 3, "Pagalba vieniems gyvenantiems senjorams", SERVICES, MINDAUGAS,
					"Komitetas įtrauks klausimą į rudens sesijos klausymus."),
			new MeetingDef(6, 26, 1, "Vaikų dienos centrų veikla vasarą", SERVICES, TOMAS, null),
			new MeetingDef(7, 8, 12, "Mokesčių sistemos pertvarka socialinio teisingumo kryptimi", TAX, NONE, null),
			new MeetingDef(7, 22, 9, "Socialinio būsto fondo plėtra", SERVICES, YVONA,
					"Ministerija pasidalins socialinio būsto plėtros duomenimis."),
			new MeetingDef(8, 5, 8, "Profesinio mokymo pasiūla regionuose", SERVICES, GIEDRE, null),
			new MeetingDef(8, 19, 5, "2026 metų valstybės biudžeto projektas: socialinės apsaugos išlaidos", INCOME,
					NONE, null),
			new MeetingDef(9, 2, 2, "NVO atstovavimas savivaldybių socialinių paslaugų planavime", NGO, IEVA, null),
			new MeetingDef(9, 9, 4, "Piniginės socialinės paramos įstatymo pakeitimai", INCOME, SARUNAS,
					"Komitetas paprašė NSMOT pasiūlymų iki spalio pradžios."),
			new MeetingDef(9, 16, 11, "Skurdo mažinimas kaip valstybės prioritetas", NGO, NONE, null),
			new MeetingDef(9, 23, 7, "Skolų restruktūrizavimas fiziniams asmenims", DEBTS, NONE, null),
			new MeetingDef(9, 30, 0, "Socialinių paslaugų kokybės nacionaliniai reikalavimai ir NVO", SERVICES, IEVA,
					null),
			new MeetingDef(10, 7, 6, "Progresiniai mokesčiai ir socialinis teisingumas", TAX, NONE, null),
			new MeetingDef(10, 14, 3, "Minimalių pajamų indeksavimas", INCOME, NONE,
					"Sutarta pasiūlymus pateikti raštu."),
			new MeetingDef(10, 21, 10, "Skurdą patiriančių žmonių dalyvavimas savivaldybių sprendimuose", NGO, NONE,
					null),
			new MeetingDef(10, 28, 1, "Pagalbos senjorams finansavimas 2026 metais", SERVICES, MINDAUGAS, null),
			new MeetingDef(11, 4, 9, "Būsto nuomos išlaidų kompensacijų dydis", INCOME, YVONA, null),
			new MeetingDef(11, 18, 4, "Nevyriausybinių organizacijų plėtros įstatymo pakeitimai", NGO, NONE, null),
			new MeetingDef(11, 25, 8, "Užimtumo paslaugos žmonėms su negalia", SERVICES, GIEDRE, null),
			new MeetingDef(12, 9, 0, "NSMOT 2025 metų rezultatai ir 2026 metų bendradarbiavimo planas", NGO, NONE,
					"Sutarta 2026 metais susitikti kas du mėnesius."),
			new MeetingDef(12, 16, 5, "Socialinės įtraukties didinimo priemonės 2026 metams", SERVICES, NONE, null));

	/**
	 * NSMOT's 26 documents sent in 2025 (seed 000: "more than 25"): 4 accepted (2 by the ministry, 2
	 * by the Seimas committee), 6 partly accepted, 6 rejected, 6 unanswered, 4 awaiting an answer.
	 * All made up.
	 */
	private static final List<DocDef> DOCUMENTS_2025 = List.of(
			doc(1, 16, DocumentKind.COMMENT_ON_DRAFT_LAW, "Pastabos dėl Socialinių paslaugų įstatymo pakeitimo projekto",
					List.of(SADM), SERVICES, QUALITY, Outcome.PARTLY_ACCEPTED, 41,
					"Atsižvelgta į pastabas dėl NVO teikiamų paslaugų finansavimo; siūlymas dėl ilgalaikių sutarčių "
							+ "neįtrauktas.", 0),
			doc(2, 5, DocumentKind.POSITION, "Pozicija dėl vaikų dienos centrų finansavimo tęstinumo", List.of(SADM),
					SERVICES, DAY_CENTRES, Outcome.ACCEPTED, 36,
					"Ministerija patvirtino, kad vaikų dienos centrų finansavimo konkursai bus skelbiami dvejiems metams.",
					NONE),
			doc(2, 20, DocumentKind.LETTER, "Raštas dėl minimalių vartojimo poreikių dydžio peržiūros",
					List.of(SADM, LRV), INCOME, NONE, Outcome.REJECTED, 48,
					"Atsakyta, kad dydis peržiūrimas pagal patvirtintą metodiką, papildomai peržiūrai lėšų nenumatyta.",
					NONE),
			doc(3, 6, DocumentKind.PROPOSAL, "Pasiūlymai dėl Užimtumo įstatymo pakeitimų: individualus palydėjimas į darbą",
					List.of(SRDK), SERVICES, EMPLOYMENT, Outcome.PARTLY_ACCEPTED, 63,
					"Komitetas pritarė palydėjimo į darbą paslaugos išplėtimui ilgalaikiams bedarbiams.", NONE),
			doc(3, 27, DocumentKind.POSITION, "Pozicija dėl neišieškomos darbo užmokesčio dalies didinimo",
					List.of(TM, SRDK), DEBTS, EMPLOYMENT, Outcome.NO_RESPONSE, 90, null, 5),
			doc(4, 10, DocumentKind.APPEAL, "Kreipimasis dėl socialinio būsto eilių ir būsto nuomos išlaidų kompensacijų",
					List.of(SADM, AM), INCOME, HOUSING, Outcome.PARTLY_ACCEPTED, 52,
					"Ministerija numatė kompensacijų dydžio peržiūrą, socialinio būsto eilių klausimas perduotas "
							+ "savivaldybėms.", 6),
			doc(4, 24, DocumentKind.POSITION, "Pozicija dėl valstybės remiamų pajamų dydžio 2026 metams",
					List.of(LRV, SADM), INCOME, NONE, Outcome.PARTLY_ACCEPTED, 70,
					"Vyriausybė valstybės remiamų pajamų dydį padidino, tačiau mažiau nei siūlyta.", 7),
			doc(5, 8, DocumentKind.COMMENT_ON_DRAFT_LAW,
					"Pastabos dėl Civilinio proceso kodekso pakeitimų projekto (išieškojimas iš socialinių išmokų)",
					List.of(TM), DEBTS, NONE, Outcome.REJECTED, 55,
					"Atsakyta, kad siūlymas bus svarstomas rengiant kitą pakeitimų paketą.", NONE),
			doc(5, 22, DocumentKind.LETTER, "Raštas dėl pagalbos į namus paslaugų eilių savivaldybėse",
					List.of(SADM, LSA), SERVICES, SENIORS, Outcome.NO_RESPONSE, 90, null, 8),
			doc(6, 5, DocumentKind.PROPOSAL, "Pasiūlymai dėl Socialinės įtraukties didinimo plėtros programos pažangos "
					+ "priemonių", List.of(SADM), SERVICES, QUALITY, Outcome.ACCEPTED, 34,
					"Du NSMOT pasiūlymai įtraukti į pažangos priemonės aprašą.", 9),
			doc(6, 19, DocumentKind.POSITION, "Pozicija dėl pagalbos vieniems gyvenantiems senjorams", List.of(SRDK),
					SERVICES, SENIORS, Outcome.ACCEPTED, 40,
					"Komitetas pritarė ir kreipėsi į Vyriausybę dėl pagalbos į namus finansavimo didinimo.", 11),
			doc(7, 3, DocumentKind.LETTER, "Raštas dėl vaikų dienos centrų veiklos vasaros laikotarpiu", List.of(SADM),
					SERVICES, DAY_CENTRES, Outcome.PARTLY_ACCEPTED, 45,
					"Ministerija leido vasarą projekto lėšas naudoti vaikų stovykloms, bet ne visai centro veiklai.",
					12),
			doc(7, 17, DocumentKind.COMMENT_ON_DRAFT_LAW, "Pastabos dėl Gyventojų pajamų mokesčio įstatymo pakeitimo "
					+ "projekto", List.of(FM, BFK), TAX, NONE, Outcome.REJECTED, 62,
					"Atsakyta, kad neapmokestinamųjų pajamų dydžio keitimas šiuo metu nesvarstomas.", 13),
			doc(8, 7, DocumentKind.APPEAL, "Kreipimasis dėl profesinio mokymo pasiūlos regionuose", List.of(UZT, SADM),
					SERVICES, EMPLOYMENT, Outcome.NO_RESPONSE, 90, null, 15),
			doc(8, 28, DocumentKind.POSITION, "NSMOT pozicija dėl 2026 metų valstybės biudžeto socialinės apsaugos "
					+ "išlaidų", List.of(LRV, BFK), INCOME, NONE, Outcome.REJECTED, 75,
					"Biudžeto projektas pateiktas Seimui nepakeistas.", 16),
			doc(9, 11, DocumentKind.LETTER, "Raštas dėl NVO atstovų įtraukimo į savivaldybių socialinių paslaugų "
					+ "planavimą", List.of(LSA, SADM), NGO, QUALITY, Outcome.REJECTED, 50,
					"Atsakyta, kad sprendimai priklauso savivaldybių kompetencijai.", 17),
			doc(9, 25, DocumentKind.PROPOSAL, "Pasiūlymai dėl skolų restruktūrizavimo fiziniams asmenims supaprastinimo",
					List.of(TM, SRDK), DEBTS, HOUSING, Outcome.NO_RESPONSE, 85, null, 20),
			doc(10, 2, DocumentKind.COMMENT_ON_DRAFT_LAW, "Pastabos dėl Piniginės socialinės paramos nepasiturintiems "
					+ "gyventojams įstatymo pakeitimo projekto", List.of(SRDK, SADM), INCOME, EMPLOYMENT,
					Outcome.ACCEPTED, 44,
					"Seimo Socialinių reikalų ir darbo komitetas pritarė siūlymui pirmus šešis darbo mėnesius "
							+ "nemažinti socialinės pašalpos.", 18),
			doc(10, 16, DocumentKind.LETTER, "Raštas dėl socialinių paslaugų kokybės nacionalinių reikalavimų taikymo NVO",
					List.of(SADM), SERVICES, QUALITY, Outcome.NO_RESPONSE, 90, null, 21),
			doc(10, 30, DocumentKind.POSITION, "Pozicija dėl socialinio būsto fondo plėtros", List.of(AM, SADM),
					SERVICES, HOUSING, Outcome.REJECTED, 60,
					"Atsakyta, kad plėtra vyksta pagal patvirtintą programą, papildomų lėšų nenumatyta.", 14),
			doc(11, 6, DocumentKind.APPEAL, "Kreipimasis į Respublikos Prezidentą dėl skurdo mažinimo prioriteto",
					List.of(PK), NGO, NONE, Outcome.NO_RESPONSE, 60, null, 19),
			doc(11, 13, DocumentKind.POSITION, "Pozicija dėl progresinių mokesčių ir socialinio teisingumo",
					List.of(FM, LRV), TAX, NONE, Outcome.PENDING, 0, null, 22),
			doc(11, 20, DocumentKind.PROPOSAL, "Pasiūlymai dėl kasmetinio minimalių pajamų indeksavimo",
					List.of(SRDK, SADM), INCOME, NONE, Outcome.PARTLY_ACCEPTED, 90,
					"Komitetas įtraukė indeksavimo klausimą į 2026 metų pavasario sesijos darbų planą.", 23),
			doc(12, 4, DocumentKind.LETTER, "Raštas dėl skurdą patiriančių žmonių dalyvavimo savivaldybių sprendimuose",
					List.of(LSA), NGO, NONE, Outcome.PENDING, 0, null, 24),
			doc(12, 11, DocumentKind.COMMENT_ON_DRAFT_LAW, "Pastabos dėl Nevyriausybinių organizacijų plėtros įstatymo "
					+ "pakeitimo projekto", List.of(SADM, SRDK), NGO, NONE, Outcome.PENDING, 0, null, 27),
			doc(12, 18, DocumentKind.POSITION, "Pozicija dėl pagalbos senjorams finansavimo 2026 metais", List.of(SADM),
					SERVICES, SENIORS, Outcome.PENDING, 0, null, 25));

	/**
	 * 2026: the seed's own letter with its first paragraph as the summary (the first sent that day,
	 * so it gets NSMOT/26/01/22/01; nothing else is sent on 2026-01-22), two made-up documents and a
	 * made-up draft.
	 */
	private static final List<DocDef> DOCUMENTS_2026 = List.of(
			new DocDef(LocalDate.of(2026, 1, 22), DocumentKind.LETTER, "Kvietimas socialinėje srityje veikiančioms NVO",
					"Kviečiame socialinėje srityje veikiančias nevyriausybines organizacijas jungtis prie "
							+ "Nacionalinio skurdo mažinimo organizacijų tinklo ir kartu stiprinti nevyriausybinio "
							+ "sektoriaus bendradarbiavimą bei poveikį skurdo ir socialinės atskirties mažinimui.",
					List.of(SILUTE), NGO, NONE, Outcome.PENDING, 0, null, NONE),
			new DocDef(LocalDate.of(2026, 3, 12), DocumentKind.POSITION,
					"Pozicija dėl minimalių pajamų adekvatumo 2027 metais", null, List.of(SADM, LRV), INCOME, NONE,
					Outcome.PARTLY_ACCEPTED, 69, "Ministerija pritarė siūlymui kasmet peržiūrėti minimalias pajamas.",
					NONE),
			new DocDef(LocalDate.of(2026, 9, 17), DocumentKind.LETTER,
					"Raštas dėl vaikų dienos centrų finansavimo 2027–2028 metais", null, List.of(SADM), SERVICES,
					DAY_CENTRES, Outcome.PENDING, 0, null, NONE),
			new DocDef(null, DocumentKind.POSITION, "Pozicija dėl būsto nuomos išlaidų kompensacijų didinimo", null,
					List.of(SADM, AM), INCOME, HOUSING, Outcome.PENDING, 0, null, NONE));

	/**
	 * Two regional meetings and a national one in 2025 (seed 000 says such meetings are held; their
	 * places, dates, headcounts and proposals are made up). The index is the 2025 document the
	 * proposal went into, sent after the meeting.
	 */
	private static final List<GatheringDef> GATHERINGS_2025 = List.of(
			new GatheringDef("Regioninis skurdą patiriančių žmonių susitikimas Panevėžyje", LocalDate.of(2025, 3, 19),
					"Panevėžys", "LT-32", 23,
					"Žmonės, patiriantys skurdą, dalijosi patirtimi apie pajamas, skolas, būstą ir paslaugų prieinamumą.",
					List.of(new ProposalDef("Socialinė pašalpa neatitinka realių kainų: pabrangus maistui ir šildymui, "
							+ "pinigų neužtenka net būtiniausioms išlaidoms.", "Minimalios pajamos", "LT-32", 6),
							new ProposalDef("Išieškant skolas iš darbo užmokesčio lieka per mažai pragyvenimui, todėl "
									+ "dirbti legaliai neapsimoka; reikia didesnės neišieškomos sumos.", "Įsiskolinimai",
									"LT-33", 7),
							new ProposalDef("Kaime sunku pasiekti socialines paslaugas ir darbo vietas, nes trūksta "
									+ "viešojo transporto.", "Paslaugų prieinamumas", "LT-33", NONE),
							new ProposalDef("Socialinio būsto laukiama daug metų, o nuomos kompensacija nepadengia "
									+ "nuomos kainos.", "Būstas", "LT-32", 5))),
			new GatheringDef("Regioninis skurdą patiriančių žmonių susitikimas Klaipėdoje", LocalDate.of(2025, 5, 14),
					"Klaipėda", "LT-20", 19,
					"Susitikime kalbėta apie pagalbą senjorams, užimtumą ir vaikų užimtumą vasarą.",
					List.of(new ProposalDef("Vieniems gyvenantiems senjorams trūksta pagalbos į namus; jos laukiama "
							+ "eilėje po kelis mėnesius.", "Pagalba senjorams", "LT-20", 10),
							new ProposalDef("Užimtumo tarnybos siūlomi mokymai neatitinka vietos darbdavių poreikių; "
									+ "reikia daugiau individualaus palydėjimo į darbą.", "Užimtumas", "LT-21", 13),
							new ProposalDef("Vaikų dienos centrai vasarą dažnai nedirba, nors vaikams tada pagalbos "
									+ "reikia labiausiai.", "Vaikų dienos centrai", "LT-46", 11),
							new ProposalDef("Sprendimai dėl išmokų ir paslaugų turėtų būti paaiškinami paprasta kalba.",
									"Informacija", "LT-20", NONE))),
			new GatheringDef("Nacionalinis skurdą patiriančių žmonių susitikimas", LocalDate.of(2025, 10, 16),
					"Vilnius", "LT-57", 41,
					"Žmonės iš įvairių regionų kartu su NVO atstovais aptarė, ką pirmiausia turėtų keisti "
							+ "sprendimų priėmėjai.",
					List.of(new ProposalDef("Mokesčių sistema turėtų labiau apmokestinti dideles pajamas ir turtą, o "
							+ "mažas pajamas gaunantiems palikti daugiau.", "Mokesčiai", null, 21),
							new ProposalDef("Minimalios pajamos turėtų būti peržiūrimos kasmet pagal realias kainas, o ne "
									+ "pagal biudžeto galimybes.", "Minimalios pajamos", "LT-13", 22),
							new ProposalDef("Skurdą patiriantys žmonės turėtų būti kviečiami, kai savivaldybė sprendžia "
									+ "apie jiems skirtas paslaugas.", "Dalyvavimas", null, 23),
							new ProposalDef("Skolų restruktūrizavimas fiziniams asmenims per brangus ir per sudėtingas; "
									+ "reikia nemokamų konsultacijų.", "Įsiskolinimai", "LT-57", NONE),
							new ProposalDef("Šildymo kompensacijos turėtų būti skiriamos greičiau, nelaukiant kelių "
									+ "mėnesių.", "Būstas ir šildymas", null, NONE))));

	/**
	 * Seed 000 gives only the number of national councils, committees and working groups (11); these
	 * 11 names, the representatives and the terms are illustrative. A 12th seat ended in 2022 and
	 * does not count for 2025.
	 */
	private static final List<SeatDef> NSMOT_SEATS = List.of(
			new SeatDef(SADM, "Nevyriausybinių organizacijų taryba", AISTE, SeatRole.MEMBER, LocalDate.of(2023, 6, 1),
					null),
			new SeatDef(FM, "2021–2027 metų Europos Sąjungos fondų investicijų programos stebėsenos komitetas", AISTE,
					SeatRole.MEMBER, LocalDate.of(2022, 10, 1), null),
			new SeatDef(SADM, "Socialinės įtraukties didinimo 2021–2030 metų plėtros programos stebėsenos darbo grupė",
					IEVA, SeatRole.MEMBER, LocalDate.of(2023, 2, 1), null),
			new SeatDef(SADM, "Darbo grupė socialinių paslaugų kokybės nacionalinių reikalavimų įgyvendinimui", IEVA,
					SeatRole.MEMBER, LocalDate.of(2024, 4, 1), null),
			new SeatDef(SADM, "Vaikų dienos centrų veiklos tobulinimo darbo grupė", RASA, SeatRole.DEPUTY,
					LocalDate.of(2024, 9, 1), null),
			new SeatDef(SADM, "Ilgalaikės priežiūros paslaugų plėtros darbo grupė", MINDAUGAS, SeatRole.MEMBER,
					LocalDate.of(2023, 9, 1), null),
			new SeatDef(SADM, "Piniginės socialinės paramos sistemos tobulinimo darbo grupė", SARUNAS, SeatRole.MEMBER,
					LocalDate.of(2024, 2, 1), null),
			new SeatDef(AM, "Socialinio būsto plėtros darbo grupė", YVONA, SeatRole.MEMBER, LocalDate.of(2024, 11, 1),
					null),
			new SeatDef(UZT, "Užimtumo tarnybos ir nevyriausybinių organizacijų bendradarbiavimo darbo grupė", GIEDRE,
					SeatRole.MEMBER, LocalDate.of(2025, 2, 1), null),
			new SeatDef(TM, "Fizinių asmenų bankroto ir skolų išieškojimo tvarkos tobulinimo darbo grupė", TOMAS,
					SeatRole.MEMBER, LocalDate.of(2025, 4, 1), null),
			new SeatDef(FM, "Mokesčių sistemos peržiūros darbo grupė su socialiniais partneriais", AISTE,
					SeatRole.OBSERVER, LocalDate.of(2025, 3, 1), LocalDate.of(2025, 10, 31)),
			new SeatDef(FM, "2021–2027 metų Europos Sąjungos fondų investicijų programos rengimo darbo grupė", AISTE,
					SeatRole.MEMBER, LocalDate.of(2020, 3, 1), LocalDate.of(2022, 6, 30)));

	// ---------------------------------------------------------------- the Confederation

	private static final String SAM = "SAM";
	private static final String VLK = "VLK";
	private static final String SVENCIONYS = "SVENCIONYS";

	private static final List<InstitutionDef> CONFEDERATION_INSTITUTIONS = List.of(
			new InstitutionDef(SADM, "Socialinės apsaugos ir darbo ministerija", "Ministry of Social Security and Labour",
					InstitutionKind.MINISTRY, null),
			new InstitutionDef(FM, "Finansų ministerija", "Ministry of Finance", InstitutionKind.MINISTRY, null),
			new InstitutionDef(SAM, "Sveikatos apsaugos ministerija", "Ministry of Health", InstitutionKind.MINISTRY,
					null),
			new InstitutionDef(VLK, "Valstybinė ligonių kasa", "National Health Insurance Fund", InstitutionKind.AGENCY,
					null),
			new InstitutionDef(SVENCIONYS, "Švenčionių rajono savivaldybės administracija",
					"Švenčionys District Municipality Administration", InstitutionKind.MUNICIPALITY,
					"Švenčionių rajono savivaldybė"));

	/**
	 * The six bodies of seed 003 with their institutions. The seed lists them among the work of its
	 * project of September–December 2017 and names no representatives; the demo records that term
	 * and leaves the representative empty.
	 */
	private static final List<BodyDef> CONFEDERATION_SEATS = List.of(
			new BodyDef(SADM, "Nevyriausybinių organizacijų taryba"),
			new BodyDef(FM, "2014-2020 metų Europos Sąjungos fondų investicijų veiksmų programos stebėsenos komitetas"),
			new BodyDef(SADM, "Tarpžinybinė vaiko gerovės taryba"),
			new BodyDef(SADM, "Institucinės globos pertvarkos stebėsenos darbo grupė"),
			new BodyDef(FM, "2014-2020 metų Europos ekonominės erdvės ir Norvegijos finansinių mechanizmų komisija"),
			new BodyDef(SAM, "Vaikų raidos sutrikimų ankstyvosios reabilitacijos antrinio ir tretinio lygio paslaugų "
					+ "organizavimo principų, aprašymo ir teikimo reikalavimams atnaujinti darbo grupė"));

	private static final LocalDate CONFEDERATION_SEATS_FROM = LocalDate.of(2017, 9, 1);
	private static final LocalDate CONFEDERATION_SEATS_UNTIL = LocalDate.of(2017, 12, 31);

	/** The parents' problems as seed 003 tells them, with the institutions the appeals went to. */
	private record ParentsProblem(String text, String theme, List<String> appealedTo) {
	}

	private static final List<ParentsProblem> PARENTS_PROBLEMS = List.of(
			new ParentsProblem("Informacijos stoka nuo pat pirmų žingsnių, gimus neįgaliam vaikui; šeima užsisklendžia, "
					+ "aplinkinių požiūris nepalaikantis.", "Informacija šeimai", List.of(SAM, SADM)),
			new ParentsProblem("Menka sveikatos priežiūros specialistų pagalba pagal šeimos gyvenamąją vietą, "
					+ "tarpžinybinio bendradarbiavimo su socialinės paramos, švietimo ir kitomis institucijomis stoka; "
					+ "trūksta psichologo, logopedo, kineziterapeuto.", "Sveikatos priežiūra ir specialistai",
					List.of(SAM)),
			new ParentsProblem("Daug metų nekintančios kompensuojamų medicinos pagalbos priemonių (sauskelnių, įklotų) "
					+ "apimtys tenkina tik apie trečdalį poreikio, o jų skyrimo tvarka nelanksti – atsižvelgiama tik į "
					+ "vaiko amžių.", "Kompensuojamosios priemonės", List.of(SAM, VLK)),
			new ParentsProblem("Tėvų darbas nuvertinamas: valstybės parama auginant neįgalų vaiką šeimoje ženkliai "
					+ "mažesnė nei neįgalaus vaiko gyvenimui institucinėje globoje; trūksta paslaugų šeimai – asmeninio "
					+ "asistento, laikino atokvėpio.", "Parama ir paslaugos šeimai", List.of(SADM)));

	/** The three appeals that followed the meeting (seed 003); their titles and date are made up. */
	private static final Map<String, String> APPEALS = Map.of(
			SAM, "Kreipimasis dėl neįgalius vaikus auginančių šeimų sveikatos priežiūros problemų",
			SADM, "Kreipimasis dėl paramos ir paslaugų neįgalius vaikus auginančioms šeimoms",
			VLK, "Kreipimasis dėl kompensuojamųjų medicinos pagalbos priemonių neįgaliems vaikams");

	private static final LocalDate APPEALS_SENT_ON = LocalDate.of(2017, 12, 19);

	private DemoAdvocacy() {
	}

	/** Loads NSMOT's advocacy; runs with NSMOT selected, after its people and members. */
	static void nsmot(Advocacy advocacy, Events events, People people, Municipalities municipalities,
			List<Long> members) {
		Map<String, Long> institutions = institutions(advocacy, municipalities, NSMOT_INSTITUTIONS);
		List<Long> directions = new ArrayList<>();
		NSMOT_DIRECTIONS.forEach(d -> directions.add(advocacy.addDirection(d[0], d[1])));

		List<Long> staff = DemoPeople.NSMOT.stream().map(p -> people.byEmail(p.email()).orElseThrow().id()).toList();
		List<Long> groups = new ArrayList<>();
		for (GroupDef group : NSMOT_GROUPS) {
			List<WorkingGroupData.MemberData> memberData = new ArrayList<>();
			memberData.add(member(staff, members, group.coordinator(), GroupRole.COORDINATOR, group.from(), null));
			group.members().forEach(m -> memberData.add(member(staff, members, m, GroupRole.MEMBER, group.from(), null)));
			group.former()
				.forEach(m -> memberData.add(member(staff, members, m, GroupRole.MEMBER, group.from(), LEFT_GROUP_ON)));
			groups.add(advocacy
				.addWorkingGroup(new WorkingGroupData(group.name(), group.theme(), group.description(), memberData)));
		}

		List<Long> officials = new ArrayList<>();
		for (OfficialDef official : OFFICIALS) {
			officials.add(people.create(new PersonData(official.firstName(), official.lastName(), official.email(),
					null, "lt", List.of(), List.of())).id());
		}
		List<Long> meetings = new ArrayList<>();
		for (MeetingDef meeting : MEETINGS_2025) {
			Set<Long> representatives = new HashSet<>(Set.of(staff.get(AISTE)));
			if (meeting.colleague() != NONE) {
				representatives.add(staff.get(meeting.colleague()));
			}
			meetings.add(advocacy.recordMeeting(new MeetingData(LocalDate.of(2025, meeting.month(), meeting.day()),
					institutions.get(OFFICIALS.get(meeting.official()).institution()), meeting.topic(),
					meeting.agreed(), Set.of(officials.get(meeting.official())), representatives,
					Set.of(directions.get(meeting.direction())))));
		}

		List<Long> sent2025 = new ArrayList<>();
		for (DocDef doc : DOCUMENTS_2025) {
			sent2025.add(send(advocacy, doc, institutions, directions, groups, meetings));
		}
		for (DocDef doc : DOCUMENTS_2026) {
			send(advocacy, doc, institutions, directions, groups, meetings);
		}

		for (SeatDef seat : NSMOT_SEATS) {
			advocacy.addSeat(new SeatData(institutions.get(seat.institution()), seat.body(), staff.get(seat.person()),
					seat.role(), seat.from(), seat.until(), null));
		}

		for (GatheringDef gathering : GATHERINGS_2025) {
			long event = involvementMeeting(events, gathering.title(), gathering.description(), gathering.day(), 11,
					15, gathering.venue(), gathering.municipality(), gathering.headcount());
			for (ProposalDef proposal : gathering.proposals()) {
				long id = advocacy.recordProposal(event, proposal.text(), proposal.theme(), proposal.municipality());
				if (proposal.document() != NONE) {
					advocacy.linkProposal(id, sent2025.get(proposal.document()));
				}
			}
		}
	}

	/** Loads the Confederation's advocacy; runs with the Confederation selected. */
	static void confederation(Advocacy advocacy, Events events, Municipalities municipalities) {
		Map<String, Long> institutions = institutions(advocacy, municipalities, CONFEDERATION_INSTITUTIONS);
		for (BodyDef seat : CONFEDERATION_SEATS) {
			advocacy.addSeat(new SeatData(institutions.get(seat.institution()), seat.body(), null, SeatRole.MEMBER,
					CONFEDERATION_SEATS_FROM, CONFEDERATION_SEATS_UNTIL, null));
		}
		// seed 003 tells of two meetings that day, in Švenčionys and in Pabradė; the demo keeps them
		// as one event; the hours and the headcount are made up
		long event = involvementMeeting(events, "Susitikimas su neįgalius vaikus auginančiais tėvais Švenčionių rajone",
				"Konfederacija pakvietė Švenčionių rajono savivaldybės teritorijoje gyvenančias šeimas, auginančias "
						+ "neįgalius vaikus. Tėvai pasakojo apie savo šeimų gyvenimą ir sistemines problemas; "
						+ "dalyvavo ir savivaldybės administracijos bei seniūnijos atstovai.",
				LocalDate.of(2017, 12, 5), 10, 15,
				"Švenčionių rajono švietimo pagalbos tarnyba (Švenčionys) ir Pabradės „Ryto“ gimnazija", "LT-49", 22);
		Map<String, List<Long>> raisedFor = new HashMap<>();
		for (ParentsProblem problem : PARENTS_PROBLEMS) {
			long id = advocacy.recordProposal(event, problem.text(), problem.theme(), "LT-49");
			problem.appealedTo().forEach(i -> raisedFor.computeIfAbsent(i, k -> new ArrayList<>()).add(id));
		}
		// the three appeals in the seed's order, numbered NVOVK/17/12/19/01 to 03; no answer recorded
		for (String institution : List.of(SAM, SADM, VLK)) {
			long appeal = advocacy.addPosition(new PositionData(APPEALS.get(institution),
					"Po 2017-12-05 susitikimų su neįgalius vaikus auginančiais tėvais Švenčionių rajone: prašome "
							+ "spręsti tėvų iškeltas sistemines problemas.",
					DocumentKind.APPEAL, null, Set.of(institutions.get(institution)), Set.of(), null, null),
					APPEALS_SENT_ON);
			raisedFor.get(institution).forEach(proposal -> advocacy.linkProposal(proposal, appeal));
		}
	}

	private static Map<String, Long> institutions(Advocacy advocacy, Municipalities municipalities,
			List<InstitutionDef> definitions) {
		Map<String, Long> ids = new HashMap<>();
		for (InstitutionDef institution : definitions) {
			String iso = institution.municipalityName() == null ? null
					: municipalities.all()
						.stream()
						.filter(m -> m.name().equals(institution.municipalityName()))
						.map(Municipality::isoCode)
						.findFirst()
						.orElseThrow();
			ids.put(institution.key(),
					advocacy.addInstitution(institution.name(), institution.nameEn(), institution.kind(), iso));
		}
		return ids;
	}

	private static WorkingGroupData.MemberData member(List<Long> staff, List<Long> members, int person,
			GroupRole role, LocalDate from, LocalDate until) {
		Long organization = WORKPLACE[person] == NONE ? null : members.get(WORKPLACE[person]);
		return new WorkingGroupData.MemberData(staff.get(person), organization, role, from, until);
	}

	/** Creates the document, sends it when it has a day, and records its outcome; returns its id. */
	private static long send(Advocacy advocacy, DocDef doc, Map<String, Long> institutions, List<Long> directions,
			List<Long> groups, List<Long> meetings) {
		long id = advocacy.addPosition(new PositionData(doc.title(), doc.summary(), doc.kind(),
				doc.group() == NONE ? null : groups.get(doc.group()),
				Set.copyOf(doc.to().stream().map(institutions::get).toList()), Set.of(directions.get(doc.direction())),
				null, doc.followsMeeting() == NONE ? null : meetings.get(doc.followsMeeting())), doc.sentOn());
		if (doc.sentOn() != null && doc.outcome() != Outcome.PENDING) {
			String note = doc.note() != null ? doc.note()
					: doc.outcome() == Outcome.NO_RESPONSE ? "Atsakymo negauta." : null;
			advocacy.recordOutcome(id, doc.outcome(), doc.sentOn().plusDays(doc.answerDays()), note);
		}
		return id;
	}

	private static long involvementMeeting(Events events, String title, String description, LocalDate day, int from,
			int until, String venue, String municipality, int headcount) {
		EventView event = events.create(new EventData(EventType.INVOLVEMENT_MEETING, title, null, description, null,
				at(day, from), at(day, until), EventFormat.LIVE, venue, municipality, null, null, null, null, List.of(),
				null, false, headcount, null, null));
		events.markHeld(event.id());
		return event.id();
	}

	private static DocDef doc(int month, int day, DocumentKind kind, String title, List<String> to, int direction,
			int group, Outcome outcome, int answerDays, String note, int followsMeeting) {
		return new DocDef(LocalDate.of(2025, month, day), kind, title, null, to, direction, group, outcome, answerDays,
				note, followsMeeting);
	}

	private static OffsetDateTime at(LocalDate day, int hour) {
		return day.atTime(LocalTime.of(hour, 0)).atZone(VILNIUS).toOffsetDateTime();
	}
}
