package lt.tinklas.generator;

import java.util.List;
import java.util.SplittableRandom;
import java.util.regex.Pattern;

import lt.tinklas.organizations.LegalForm;
import lt.tinklas.organizations.TargetGroup;
import lt.tinklas.shared.text.SearchText;

/**
 * The Lithuanian words generated records are made of: people's names (a woman's surname agrees
 * with her status, as Lithuanian surnames do), organizations' kinds and names, training topics,
 * comments. Invented, in the forms real records have.
 */
final class Vocabulary {

	private Vocabulary() {
	}

	static final String[] WOMEN = { "Agnė", "Aistė", "Asta", "Aušra", "Austėja", "Birutė", "Dalia", "Daiva", "Diana",
			"Dovilė", "Edita", "Eglė", "Emilija", "Gabija", "Gintarė", "Giedrė", "Goda", "Greta", "Ieva", "Ilona",
			"Indrė", "Inga", "Irena", "Jolanta", "Jurgita", "Justina", "Kamilė", "Kristina", "Laima", "Laura", "Lina",
			"Loreta", "Milda", "Monika", "Neringa", "Odeta", "Rasa", "Regina", "Rūta", "Sandra", "Sigita", "Simona",
			"Skaistė", "Ugnė", "Urtė", "Vaida", "Vilma", "Violeta", "Živilė", "Žydrūnė" };

	static final String[] MEN = { "Algirdas", "Andrius", "Antanas", "Arūnas", "Audrius", "Aurimas", "Dainius", "Darius",
			"Deividas", "Domantas", "Donatas", "Edvinas", "Eimantas", "Gediminas", "Giedrius", "Ignas", "Jonas", "Julius",
			"Justas", "Karolis", "Kazimieras", "Kęstutis", "Linas", "Lukas", "Mantas", "Marius", "Mindaugas", "Nerijus",
			"Paulius", "Povilas", "Rimantas", "Rokas", "Saulius", "Šarūnas", "Tadas", "Tomas", "Valdas", "Vidas",
			"Vytautas", "Žilvinas" };

	/** Surnames in the man's form; a woman's is made from it. */
	static final String[] SURNAMES = { "Adomaitis", "Ališauskas", "Ambrazevičius", "Bagdonas", "Balčiūnas",
			"Baranauskas", "Barauskas", "Bernotas", "Bielskis", "Brazauskas", "Butkus", "Čepulis", "Černiauskas",
			"Dambrauskas", "Gailius", "Grigas", "Grinius", "Gudaitis", "Jakštas", "Jankauskas", "Jonaitis", "Kairys",
			"Kavaliauskas", "Kazlauskas", "Kriaučiūnas", "Kučinskas", "Kuzminskas", "Lukoševičius", "Lukšys",
			"Malinauskas", "Marcinkevičius", "Mikalauskas", "Mockus", "Morkūnas", "Navickas", "Norkus", "Paulauskas",
			"Petraitis", "Petrauskas", "Pocius", "Račkauskas", "Ramanauskas", "Rimkus", "Rutkauskas", "Sabaliauskas",
			"Sakalauskas", "Savickas", "Stankevičius", "Stasiulis", "Stonkus", "Šimkus", "Šukys", "Tamošiūnas",
			"Tamulevičius", "Urbonas", "Urbonavičius", "Vaičiulis", "Vaitkus", "Valaitis", "Vasiliauskas", "Žilinskas",
			"Žukauskas" };

	/** A woman's surname from the man's form: married (-ienė) or not (-aitė, -ytė, -utė, -iūtė). */
	static String womansSurname(String man, boolean married) {
		if (man.endsWith("ius")) {
			return man.substring(0, man.length() - 3) + (married ? "ienė" : "iūtė");
		}
		if (man.endsWith("as")) {
			return man.substring(0, man.length() - 2) + (married ? "ienė" : "aitė");
		}
		if (man.endsWith("is") || man.endsWith("ys")) {
			return man.substring(0, man.length() - 2) + (married ? "ienė" : "ytė");
		}
		if (man.endsWith("us")) {
			return man.substring(0, man.length() - 2) + (married ? "ienė" : "utė");
		}
		return man;
	}

	/** A job title in a woman's and a man's form. */
	record Job(String woman, String man) {
	}

	static final Job[] JOBS = { new Job("Socialinė darbuotoja", "Socialinis darbuotojas"),
			new Job("Socialinė darbuotoja", "Socialinis darbuotojas"), new Job("Direktorė", "Direktorius"),
			new Job("Projektų vadovė", "Projektų vadovas"), new Job("Savanorių koordinatorė", "Savanorių koordinatorius"),
			new Job("Psichologė", "Psichologas"), new Job("Buhalterė", "Buhalteris"),
			new Job("Administratorė", "Administratorius"),
			new Job("Socialinio darbuotojo padėjėja", "Socialinio darbuotojo padėjėjas"),
			new Job("Užimtumo specialistė", "Užimtumo specialistas"), new Job("Valdybos pirmininkė", "Valdybos pirmininkas") };

	/** What an organization is, its legal form and whom it serves. */
	record Kind(String name, LegalForm form, List<TargetGroup> groups) {
	}

	static final Kind[] KINDS = {
			new Kind("vaikų dienos centras", LegalForm.PUBLIC_INSTITUTION,
					List.of(TargetGroup.CHILDREN_AT_RISK, TargetGroup.FAMILIES_AND_CHILDREN)),
			new Kind("senjorų bendrija", LegalForm.ASSOCIATION, List.of(TargetGroup.SENIORS)),
			new Kind("šeimų paramos asociacija", LegalForm.ASSOCIATION, List.of(TargetGroup.FAMILIES_AND_CHILDREN)),
			new Kind("socialinių paslaugų centras", LegalForm.PUBLIC_INSTITUTION,
					List.of(TargetGroup.SENIORS, TargetGroup.PEOPLE_WITH_DISABILITIES)),
			new Kind("neįgaliųjų draugija", LegalForm.ASSOCIATION, List.of(TargetGroup.PEOPLE_WITH_DISABILITIES)),
			new Kind("krizių centras", LegalForm.PUBLIC_INSTITUTION,
					List.of(TargetGroup.VIOLENCE_VICTIMS, TargetGroup.FAMILIES_AND_CHILDREN)),
			new Kind("jaunimo užimtumo centras", LegalForm.PUBLIC_INSTITUTION,
					List.of(TargetGroup.YOUTH, TargetGroup.UNEMPLOYED)),
			new Kind("psichikos sveikatos bendrija", LegalForm.ASSOCIATION, List.of(TargetGroup.MENTAL_HEALTH)),
			new Kind("labdaros ir paramos fondas", LegalForm.CHARITY_FOUNDATION,
					List.of(TargetGroup.HOMELESS, TargetGroup.ADDICTIONS)),
			new Kind("bendruomenės centras", LegalForm.ASSOCIATION,
					List.of(TargetGroup.SENIORS, TargetGroup.YOUTH, TargetGroup.FAMILIES_AND_CHILDREN)),
			new Kind("nakvynės namai", LegalForm.PUBLIC_INSTITUTION, List.of(TargetGroup.HOMELESS)),
			new Kind("moterų informacijos centras", LegalForm.ASSOCIATION,
					List.of(TargetGroup.VIOLENCE_VICTIMS, TargetGroup.TRAFFICKING_VICTIMS)),
			new Kind("dekanato Caritas", LegalForm.RELIGIOUS_COMMUNITY,
					List.of(TargetGroup.HOMELESS, TargetGroup.SENIORS)),
			new Kind("priklausomybių pagalbos centras", LegalForm.PUBLIC_INSTITUTION, List.of(TargetGroup.ADDICTIONS)),
			new Kind("migrantų integracijos centras", LegalForm.ASSOCIATION, List.of(TargetGroup.MIGRANTS)),
			new Kind("buvusių kalinių globos draugija", LegalForm.ASSOCIATION, List.of(TargetGroup.FORMER_PRISONERS)) };

	/** The words in organizations' quoted names. */
	static final String[] WORDS = { "Saulutė", "Viltis", "Šviesa", "Gija", "Pastogė", "Ąžuolas", "Vaivorykštė",
			"Drugelis", "Užuovėja", "Atjauta", "Bendrystė", "Tiltas", "Šaltinis", "Žiburys", "Pilnatvė", "Svajonė",
			"Parama", "Rytas", "Aušrinė", "Kelias", "Ramybė", "Sparnai", "Vėrinys", "Gerumas", "Žingsnis", "Lizdas",
			"Pasitikėjimas", "Vilties žiburys", "Gyvenimo spalvos", "Gerumo ratas", "Saulės takas", "Padėk sau",
			"Kartu", "Sidabrinė gija", "Antras kvėpavimas", "Nauja pradžia", "Širdies šiluma", "Jaunystės sparnai",
			"Rūpestis", "Dienos šviesa" };

	static final String[] SERVICES = { "Konsultacijos", "Užimtumo veiklos", "Dienos socialinė globa",
			"Pagalba į namus", "Psichologinė pagalba", "Maisto parama", "Laikinas apnakvindinimas",
			"Socialinių įgūdžių ugdymas", "Vaikų dienos centro paslaugos", "Transporto paslaugos", "Teisinė pagalba",
			"Savanorių programos" };

	static final String[] STREETS = { "Vilniaus", "Kauno", "Laisvės", "Gedimino", "Respublikos", "Taikos",
			"Vytauto", "Sodų", "Mokyklos", "Ežero", "Parko", "Liepų", "Beržų", "Žalgirio", "Maironio", "Basanavičiaus" };

	/** A training's topic in Lithuanian and English, and whether it is one of the special trainings. */
	record Topic(String lt, String en, boolean special, boolean dayCentres) {
	}

	static final Topic[] TOPICS = {
			new Topic("Socialinių paslaugų kokybės reikalavimų įgyvendinimas",
					"Implementing the quality requirements for social services", true, false),
			new Topic("Poveikio ir gyvenimo kokybės matavimas", "Measuring impact and quality of life", true, false),
			new Topic("Tarpkultūrinė kompetencija socialiniame darbe", "Intercultural competence in social work", false,
					false),
			new Topic("Pirmoji emocinė pagalba", "Emotional first aid", false, false),
			new Topic("Skurdo rodikliai ir socialinės politikos pokyčiai", "Poverty indicators and social policy changes",
					false, false),
			new Topic("Advokacija NVO: nuo problemos iki pozicijos", "Advocacy for NGOs: from a problem to a position",
					true, false),
			new Topic("Mentorystė ir pagalba komandoms", "Mentoring and support for teams", false, false),
			new Topic("Vaikų saugumas internete", "Children's safety online", false, true),
			new Topic("Darbas su specialiųjų poreikių turinčiais vaikais", "Working with children with special needs",
					true, true),
			new Topic("NOKAS standarto įvadiniai mokymai", "Introductory training on the NOKAS standard", true, false),
			new Topic("Finansinis tvarumas ir lėšų paieška", "Financial sustainability and fundraising", false, false),
			new Topic("Organizacijos ataskaitų rengimas ir skaidrumas", "Reporting and transparency", false, false),
			new Topic("Savanorių įtraukimas ir išlaikymas", "Engaging and keeping volunteers", false, false),
			new Topic("Individualizuotų paslaugų planavimas", "Planning individualized services", true, false),
			new Topic("Bendruomeninės paslaugos šeimoms", "Community services for families", true, false),
			new Topic("Projektų finansų valdymas", "Managing project finances", false, false),
			new Topic("Komunikacija socialiniuose tinkluose", "Communication on social media", false, false),
			new Topic("Įgalinantis socialinis darbas", "Empowering social work", true, false),
			new Topic("Darbas su smurtą patyrusiais asmenimis", "Working with survivors of violence", true, false),
			new Topic("Organizacijos strateginis planavimas", "Strategic planning for organizations", false, false),
			new Topic("Perdegimo prevencija socialiniame darbe", "Preventing burnout in social work", false, false),
			new Topic("Asmens duomenų apsauga NVO", "Personal data protection in NGOs", false, false),
			new Topic("Konfliktų valdymas ir mediacija", "Conflict management and mediation", false, false),
			new Topic("Darbas su priklausomybę turinčiais asmenimis", "Working with people with addictions", true, false),
			new Topic("Senjorų socialinė įtrauktis", "Social inclusion of seniors", false, false),
			new Topic("Motyvacinis interviu", "Motivational interviewing", true, false),
			new Topic("Viešieji pirkimai NVO", "Public procurement for NGOs", false, false),
			new Topic("Skaitmeniniai įrankiai NVO darbe", "Digital tools for NGO work", false, false),
			new Topic("Atvejo vadyba", "Case management", true, false),
			new Topic("Darbas su migrantais ir pabėgėliais", "Working with migrants and refugees", false, false),
			new Topic("Psichikos sveikatos stiprinimas bendruomenėje", "Strengthening mental health in the community",
					false, false),
			new Topic("Jaunimo užimtumo programos", "Youth employment programmes", false, true),
			new Topic("Socialinis verslas NVO", "Social enterprise for NGOs", false, false),
			new Topic("Supervizijos pagrindai", "The basics of supervision", true, false),
			new Topic("Darbas su socialinės rizikos šeimomis", "Working with families at social risk", true, true),
			new Topic("Prekybos žmonėmis aukų atpažinimas", "Identifying victims of human trafficking", false, false),
			new Topic("Būsto politika ir benamystės prevencija", "Housing policy and preventing homelessness", false,
					false),
			new Topic("Negalios supratimas ir prieinamumas", "Understanding disability and accessibility", false, false),
			new Topic("Lyderystė NVO", "Leadership in NGOs", false, false),
			new Topic("Paraiškų rašymas ES fondams", "Writing applications to EU funds", false, false) };

	static final String SPECIAL = "Specialieji mokymai";
	static final String GENERAL = "Bendrieji mokymai";
	static final String DAY_CENTRES = "Vaikų dienos centrai";
	static final String DIGITAL = "Skaitmeniniai įgūdžiai";
	static final List<String> TAGS = List.of(SPECIAL, GENERAL, DAY_CENTRES, DIGITAL);

	/** Themes of networking breakfasts, discussions, forums and working groups. */
	static final String[] THEMES = { "socialinių paslaugų kokybė", "vaikų dienos centrai", "pagalba senjorams",
			"užimtumo paslaugos", "būstas ir benamystė", "minimalios pajamos", "savanorystė", "psichikos sveikata",
			"NVO finansavimas", "paslaugų perdavimas NVO", "smurto artimoje aplinkoje prevencija", "migrantų integracija" };

	static final String[] COMMENTS = { "Labai naudinga, praktiški pavyzdžiai.", "Puikus lektorius, aiškiai dėstė.",
			"Norėtųsi daugiau praktinių užduočių.", "Ačiū už gerą organizavimą.", "Trūko laiko diskusijoms.",
			"Informacija pritaikoma kasdieniame darbe.", "Mokymai viršijo lūkesčius.", "Per daug teorijos.",
			"Labai patiko grupinės užduotys.", "Rekomenduosiu kolegoms.", "Norėčiau tęsinio.",
			"Geros metodinės medžiagos.", "Nuotoliniu būdu sunkiau įsitraukti.", "Vertinga lektorės patirtis." };

	static String pick(SplittableRandom random, String[] words) {
		return words[random.nextInt(words.length)];
	}

	static <T> T pick(SplittableRandom random, T[] items) {
		return items[random.nextInt(items.length)];
	}

	private static final Pattern NOT_LATIN = Pattern.compile("[^a-z0-9]+");

	/** Lower-case Latin letters and digits only, words joined by {@code joiner}: for e-mails and web addresses. */
	static String ascii(String text, String joiner) {
		String joined = NOT_LATIN.matcher(SearchText.normalize(text)).replaceAll(joiner);
		int from = joined.startsWith(joiner) ? joiner.length() : 0;
		int to = joined.endsWith(joiner) && joined.length() > from ? joined.length() - joiner.length() : joined.length();
		return joined.substring(from, Math.max(from, to));
	}

	/** A municipality's name as the place in an organization's name: "Kauno m. sav." gives "Kauno". */
	static String place(String municipalityShortName) {
		return municipalityShortName.replace(" sav.", "").replace(" m.", "").replace(" r.", " rajono");
	}
}
