package lt.tinklas.demo;

import java.time.LocalDate;
import java.time.LocalDateTime;
import java.util.Locale;

import lt.tinklas.networks.Networks;
import lt.tinklas.publishing.PublicationKind;
import lt.tinklas.publishing.Site;
import lt.tinklas.reports.AnnualReportFiles;
import lt.tinklas.reports.AnnualReports;
import lt.tinklas.shared.pdf.PdfDocuments;
import lt.tinklas.shared.tenancy.NetworkRef;
import lt.tinklas.shared.tenancy.Tenancy;
import org.springframework.boot.ApplicationArguments;
import org.springframework.boot.ApplicationRunner;
import org.springframework.boot.autoconfigure.condition.ConditionalOnProperty;
import org.springframework.core.annotation.Order;
import org.springframework.stereotype.Component;

/**
 * The two networks' public sites: their pages, the seeds' texts as news posts (NSMOT's invitation
 * and results of seed 000; the Confederation's 2018 awards, the Molėtai agreement, the meeting with
 * parents in Švenčionys and the ESF project start of seed 003), the media coverage and
 * publications seed 002 names, and a published yearly report for each (its narrative from the
 * seeds, its figures from the records).
 */
@Component
@Order(25)
@ConditionalOnProperty(name = "tinklas.demo.enabled", havingValue = "true")
class DemoPublishing implements ApplicationRunner {

	private final Networks networks;
	private final Site site;
	private final AnnualReports reports;
	private final AnnualReportFiles reportFiles;

	DemoPublishing(Networks networks, Site site, AnnualReports reports, AnnualReportFiles reportFiles) {
		this.networks = networks;
		this.site = site;
		this.reports = reports;
		this.reportFiles = reportFiles;
	}

	@Override
	public void run(ApplicationArguments args) {
		NetworkRef nsmot = networks.bySlug("nsmot").orElse(null);
		NetworkRef children = networks.bySlug("nvo-vaikams").orElse(null);
		if (nsmot == null || children == null || !Tenancy.runAs(nsmot.id(), site::pages).isEmpty()) {
			return;
		}
		Tenancy.runAs(nsmot.id(), () -> nsmot(nsmot));
		Tenancy.runAs(children.id(), () -> children(children));
	}

	private void nsmot(NetworkRef network) {
		site.createPage(new Site.PageData(Site.ABOUT, "Apie NSMOT", "About NSMOT", "Nacionalinis skurdo mažinimo organizacijų tinklas vienija per 60 NVO, dirbančių skurdo ir socialinės atskirties mažinimo srityje.",
				"The National Poverty Reduction Organizations Network unites over 60 NGOs working against poverty and social exclusion.", """
				## Kas mes esame

				NSMOT yra skėtinė organizacija, kuri vienija ir stiprina nevyriausybines organizacijas, dirbančias skurdo ir socialinės atskirties mažinimo srityje. Tinklas vienija per 60 nevyriausybinių organizacijų, tarp jų:

				- didžiausias nacionalines organizacijas, tokias kaip Maisto bankas, Caritas, Raudonasis Kryžius, Maltos ordino pagalbos tarnyba, SOS vaikų kaimų draugija, Gelbėkit vaikus ir kitos;
				- regionines organizacijas, dirbančias su įvairiomis socialinę atskirtį patiriančiomis grupėmis: vaikais ir šeimomis, senjorais, žmonėmis su negalia, psichikos ligomis sergančiais asmenimis, benamiais.

				## Advokacijos kryptys

				- NVO atstovavimas
				- Socialinių paslaugų ir integracijos į darbo rinką stiprinimas
				- Minimalių pajamų adekvatumo užtikrinimas
				- Galimybių grąžinti įsiskolinimus didinimas
				- Mokesčių sistemos pertvarka socialinio teisingumo kryptimi

				## Komanda

				Direktorė **Aistė Adomavičienė**
				""", """
				## Who we are

				NSMOT is an umbrella organization that unites and strengthens NGOs working against poverty and social exclusion. It unites over 60 NGOs: the largest national organizations, such as the Food Bank, Caritas, the Red Cross, the Order of Malta Relief Service, SOS Children's Villages and Save the Children, and regional organizations working with children and families, seniors, people with disabilities or mental illness, homeless people and others.

				## Advocacy directions

				- Representing NGOs
				- Stronger social services and integration into the labour market
				- An adequate minimum income
				- Better chances to repay debts
				- A tax system reformed towards social justice

				## Team

				Director **Aistė Adomavičienė**
				""", true, 0));
		site.createPage(new Site.PageData(Site.CONTACTS, "Kontaktai", "Contacts", null, null, """
				Dėl narystės, stojimo sąlygų ir bendradarbiavimo galimybių kviečiame susisiekti el. paštu arba telefonu.

				Nariais gali tapti NVO žymą turinčios ir daugiau nei vienerius metus veikiančios organizacijos.
				""", """
				Write or call us about membership, the conditions for joining and ways to work together.

				Organizations with the NGO status that have been active for more than a year may become members.
				""", true, 0));
		site.createPage(new Site.PageData(Site.PRIVACY, "Privatumo pranešimas", "Privacy notice", null, null, """
				# Kas tvarko jūsų duomenis

				Jūsų asmens duomenis tvarko Nacionalinis skurdo mažinimo organizacijų tinklas (NSMOT). Klausimus ir prašymus dėl savo duomenų rašykite el. paštu, nurodytu puslapyje „Kontaktai“.

				# Kokius duomenis tvarkome

				- **Registracija į mokymus ir renginius**: vardas, pavardė, el. paštas, organizacija – kad suorganizuotume renginį, išduotume pažymėjimą ir atsiskaitytume finansuotojams (ESF, savivaldybėms).
				- **Narystės paraiškos**: organizacijos rekvizitai ir kontaktinio asmens duomenys – kad valdyba galėtų priimti sprendimą.
				- **Naujienlaiškis ir kvietimai**: el. paštas – tik jei sutikote; sutikimą galite atšaukti nuoroda kiekviename laiške.

				# Kiek laiko saugome

				Dalyvavimo duomenis saugome, kol atsiskaitome už projektą (paprastai iki 10 metų po jo pabaigos), vėliau paliekame tik nuasmenintus skaičius. Nepatvirtintas registracijas ištriname po 30 dienų.

				# Jūsų teisės

				Galite gauti visus apie jus saugomus duomenis, prašyti juos ištaisyti ar ištrinti ir nesutikti su tvarkymu; atsakome per mėnesį. Skundą galite pateikti Valstybinei duomenų apsaugos inspekcijai (vdai.lrv.lt).
				""", """
				# Who handles your data

				Your personal data is handled by the National Poverty Reduction Organizations Network (NSMOT). Write to us with questions and requests about your data at the e-mail address on the Contacts page.

				# What we keep

				- **Registrations for trainings and events**: name, e-mail, organization, to organize the event, issue a certificate and report to funders (ESF, municipalities).
				- **Membership applications**: the organization's details and its contact person, for the board to decide.
				- **Newsletter and invitations**: your e-mail, only if you agreed; you may withdraw with the link in every mail.

				# How long we keep it

				We keep attendance while we report on the project (usually up to 10 years after it ends), then only anonymous figures remain. Unconfirmed registrations are erased after 30 days.

				# Your rights

				You may get all the data we keep about you, ask us to correct or erase it and object to its processing; we answer within a month. You may complain to the State Data Protection Inspectorate (vdai.lrv.lt).
				""", true, 0));
		site.createPage(new Site.PageData("narystes-nauda", "Narystės nauda", "Why join", "Ką NSMOT narės gauna iš tinklo.",
				"What NSMOT's members get from the network.", """
				- **Praktinė ir ekspertinė pagalba nariams.** Konsultacijos socialinių paslaugų kokybės, skaidrumo, atskaitomybės bei veiklos tobulinimo klausimais.
				- **Gyvi ir nuotoliniai mokymai nariams.** Mokymų turinys ir dalyvių vertinimai skaičiuojami [metinėse ataskaitose](/n/nsmot/public/results).
				- **Tinklaveikos stiprinimas ir tarpusavio bendradarbiavimas.** Neformalūs narių susitikimai – NSMOT socialiniai pusryčiai „Nariai prie kavos“.
				- **Teminės darbo grupės.** Vaikų dienos centrų, Pagalbos senjorams, Socialinių paslaugų kokybės, Užimtumo paslaugų ir Būsto klausimų darbo grupės.
				""", """
				- **Practical and expert help.** Consultations on the quality, transparency and accountability of social services.
				- **Live and online trainings.** Their counts and the participants' ratings are in the [yearly reports](/n/nsmot/public/results).
				- **Networking.** Informal members' meetings, NSMOT's social breakfasts "Members over coffee".
				- **Working groups** on children's day centres, help to seniors, the quality of social services, employment services and housing.
				""", true, 1));

		site.createPost(post("Kviečiame socialinėje srityje veikiančias NVO jungtis prie tinklo",
				"We invite NGOs working in the social field to join the network",
				"Kviečiame jungtis prie NSMOT ir kartu stiprinti nevyriausybinio sektoriaus bendradarbiavimą bei poveikį skurdo ir socialinės atskirties mažinimui.",
				"Join NSMOT and strengthen, together, the NGO sector's cooperation and its effect on poverty and social exclusion.", """
				Kviečiame jungtis prie tinklo NVO, kurios dirba skurdo ir socialinės atskirties mažinimo srityje, teikia ar plėtoja socialines paslaugas, siekia sisteminių pokyčių, vertina bendradarbiavimą ir nori aktyviai prisidėti prie socialiai teisingesnės politikos formavimo Lietuvoje.

				Nariais gali tapti NVO žymą turinčios ir daugiau nei vienerius metus veikiančios organizacijos. Prašymą galite pateikti [stojimo formoje](/n/nsmot/public/apply).
				""", """
				We invite NGOs that work against poverty and social exclusion, provide or develop social services, seek systemic change and want to help shape a fairer social policy in Lithuania to join the network.

				Organizations with the NGO status active for more than a year may become members. Apply with [the membership form](/n/nsmot/public/apply).
				""", LocalDateTime.of(2026, 1, 22, 10, 0), true));
		site.createPost(post("Mūsų veiklos rezultatai 2025 metais", "Our results in 2025",
				"Mokymai, pozicijos, susitikimai su sprendimų priėmėjais ir skurdą patiriančių žmonių balsas – suskaičiuota iš tinklo įrašų.",
				"Trainings, positions, meetings with decision makers and the voice of people experiencing poverty, counted from the network's records.", """
				Per 2025 metus tinklas organizavo mokymus nariams, rengė pozicijas ir raštus socialinės politikos klausimais, susitiko su sprendimų priėmėjais ir atstovavo NVO nacionalinėse tarybose.

				Visi skaičiai ir jų skaičiavimo taisyklės – [2025 m. rezultatuose](/n/nsmot/public/results/2025).
				""", """
				In 2025 the network trained its members, drafted positions and letters on social policy, met decision makers and represented NGOs in national councils.

				Every figure and how it is counted: [the results of 2025](/n/nsmot/public/results/2025).
				""", LocalDateTime.of(2026, 2, 2, 9, 0), true));
		// a draft and a post waiting for its time: the staff see them, the public does not
		site.createPost(post("2026 m. mokymų planas", "The trainings planned for 2026",
				"Socialinių paslaugų kokybės reikalavimai, poveikio matavimas, tarpkultūrinė kompetencija ir kitos temos.", null, """
				2026 metais planuojame mokymus, skirtus socialinių paslaugų kokybės nacionalinių reikalavimų įgyvendinimui, poveikio ir gyvenimo kokybės matavimui, tarpkultūrinei kompetencijai, pirmosios emocinės pagalbos teikimui, skurdo rodiklių ir socialinės politikos pokyčių supratimui, advokacijai, mentorystei ir pagalbai komandoms.
				""", null, LocalDateTime.of(2026, 3, 1, 9, 0), false));
		site.createPost(post("Nariai prie kavos: 2027 m. sausio susitikimas", "Members over coffee: January 2027",
				"Kviečiame į neformalų narių susitikimą aptarti aktualiausių klausimų.", null,
				"Socialiniai pusryčiai „Nariai prie kavos“ – neformalus narių susitikimas, kurio metu aptariame aktualiausius klausimus ir ieškome bendrų sprendimų.",
				null, LocalDateTime.of(2027, 1, 11, 9, 0), true));

		publishNarrative(2025, """
				NSMOT yra skėtinė organizacija, kuri vienija ir stiprina nevyriausybines organizacijas, dirbančias skurdo ir socialinės atskirties mažinimo srityje. Misija – mažinti skurdą ir socialinę atskirtį, telkiant ir stiprinant NVO.""", """
				Daliai NSMOT teiktų siūlymų pritarė Socialinės apsaugos ir darbo ministerija bei Seimo Socialinių reikalų ir darbo komitetas.
				Skurdą patiriančių žmonių patirtys ir pasiūlymai, išsakyti regioniniuose ir nacionaliniuose susitikimuose, apibendrinami ir integruojami į NSMOT advokacines pozicijas.""", """
				2026 metais planuojame mokymus, skirtus socialinių paslaugų kokybės nacionalinių reikalavimų įgyvendinimui, poveikio ir gyvenimo kokybės matavimui, tarpkultūrinei kompetencijai, pirmosios emocinės pagalbos teikimui, advokacijai ir mentorystei, taip pat specializuotoms temoms vaikų dienos centrų darbuotojams.""");
		site.addPublication("Metinė veiklos ataskaita 2025", "Yearly report 2025", PublicationKind.ANNUAL_REPORT, 2025,
				"NSMOT-metine-ataskaita-2025.pdf",
				reportFiles.pdf(reports.report(2025), network.name(), Locale.forLanguageTag("lt")));
	}

	private void children(NetworkRef network) {
		site.createPage(new Site.PageData(Site.ABOUT, "Apie konfederaciją", "About the Confederation",
				"Didžiausia skėtinė NVO, dirbančių su vaikais ir dėl vaikų, organizacija Lietuvoje, veikianti nuo 2005 metų.",
				"The largest umbrella of NGOs working with and for children in Lithuania, active since 2005.", """
				## Istorija

				Asociacija „NVO vaikams konfederacija“ įsteigta 2005 metais. Tai didžiausia skėtinė nevyriausybinė organizacija Lietuvoje, vienijanti vietines, nacionalines ir tarptautines nevyriausybines organizacijas, dirbančias su vaikais ir dėl vaikų.

				Konfederacija rengia alternatyvias ataskaitas Jungtinėms Tautoms dėl vaikų situacijos šalyje, teikia pasiūlymus valstybei vaiko gerovės klausimais, atstovauja vienijamų organizacijų interesams, rengia ir įgyvendina projektus, kurių tikslas – užtikrinti įvairiapusę vaikų gerovę.

				## Bendradarbiavimas su savivaldybėmis

				Konfederacija yra pasirašiusi bendradarbiavimo sutartis su devyniomis savivaldybėmis: Akmenės, Anykščių, Kalvarijos, Molėtų, Rokiškio, Šalčininkų, Širvintų, Švenčionių ir Utenos.

				## Komanda

				Direktorė **Elena Urbonienė**, **Genovaitė Paliušienė**
				""", """
				## History

				The association "NVO vaikams konfederacija" was founded in 2005. It is the largest umbrella NGO in Lithuania, uniting local, national and international NGOs working with and for children.

				It writes alternative reports to the United Nations on children's situation, makes proposals to the state on child welfare, represents its members and runs projects for children's well-being.

				## Work with municipalities

				It has signed cooperation agreements with nine municipalities: Akmenė, Anykščiai, Kalvarija, Molėtai, Rokiškis, Šalčininkai, Širvintos, Švenčionys and Utena.

				## Team

				Director **Elena Urbonienė**, **Genovaitė Paliušienė**
				""", true, 0));
		site.createPage(new Site.PageData(Site.CONTACTS, "Kontaktai", "Contacts", null, null,
				"Rašykite mums el. paštu – atsakysime.", "Write to us by e-mail and we will answer.", true, 0));
		site.createPage(new Site.PageData(Site.PRIVACY, "Privatumo pranešimas", "Privacy notice", null, null, """
				Jūsų asmens duomenis tvarko NVO vaikams konfederacija: tik tiek, kiek reikia renginiams, narystei ir naujienoms, kurias užsisakėte. Vaikų duomenų per šią svetainę nerenkame.

				Galite gauti visus apie jus saugomus duomenis, prašyti juos ištaisyti ar ištrinti ir atšaukti sutikimą – parašykite mums (žr. „Kontaktai“); atsakome per mėnesį. Skundą galite pateikti Valstybinei duomenų apsaugos inspekcijai (vdai.lrv.lt).
				""", """
				Your personal data is handled by the NGO Confederation for Children: only as much as events, membership and the news you asked for need. We collect no children's data through this site.

				You may get all the data we keep about you, ask us to correct or erase it and withdraw your consent: write to us (see Contacts); we answer within a month. You may complain to the State Data Protection Inspectorate (vdai.lrv.lt).
				""", true, 0));

		site.createPost(post("Pasirašyta bendradarbiavimo sutartis su Molėtų rajono savivaldybe",
				"A cooperation agreement signed with Molėtai district",
				"2017 m. gruodžio 18 d. Molėtų rajono meras Stasys Žvinys ir konfederacijos direktorė Elena Urbonienė pasirašė bendradarbiavimo sutartį.",
				"On 18 December 2017 the mayor of Molėtai district and the Confederation's director signed a cooperation agreement.", """
				2017 m. gruodžio 18 d. Molėtų rajono savivaldybėje Molėtų rajono meras Stasys Žvinys ir NVO vaikams konfederacijos direktorė Elena Urbonienė pasirašė bendradarbiavimo sutartį. Šios sutarties pasirašymui pritarė ir Molėtų rajono taryba.

				Sutarties tikslas – stiprinti bendradarbiavimą su savivaldybėmis vaiko gerovės srityje ir įtraukti NVO į savivaldybių sprendimų priėmimą pertvarkant vaikų socialinės globos sistemą ir plėtojant viešąsias paslaugas vaiko gerovei užtikrinti.

				> „Svarbu, kad savivaldybė taptų partneriu, o mūsų vienas iš tikslų, kad vaikai, šeimos paslaugas gautų ten, kur gyvena“, – kalbėjo E. Urbonienė.
				""", """
				On 18 December 2017, in Molėtai, the district mayor Stasys Žvinys and the Confederation's director Elena Urbonienė signed a cooperation agreement, approved by the district council.

				Its aim is closer cooperation with municipalities on child welfare and a say for NGOs in the municipality's decisions while children's care is reformed and services for families are developed.
				""", LocalDateTime.of(2017, 12, 19, 10, 0), true));
		site.createPost(post("Susitikimai su neįgalius vaikus auginančiais tėvais Švenčionių rajone",
				"Meetings with parents raising disabled children in Švenčionys district",
				"2017 m. gruodžio 5 d. Švenčionyse ir Pabradėje tėvai pasakojo apie savo šeimų gyvenimą; konfederacija kreipsis į tris institucijas.",
				"On 5 December 2017 parents in Švenčionys and Pabradė told of their families' lives; the Confederation will write to three institutions.", """
				2017 m. gruodžio 5 d. konfederacija pakvietė į du susitikimus Švenčionių rajono savivaldybės teritorijoje gyvenančias šeimas, auginančias neįgalius vaikus: Švenčionių rajono švietimo pagalbos tarnyboje ir Pabradės „Ryto“ gimnazijoje.

				Tėvai kėlė sistemines problemas:

				- informacijos stoka nuo pat pirmų žingsnių, gimus neįgaliam vaikui;
				- specialistų – psichologo, logopedo, kineziterapeuto – trūkumas;
				- paslaugų, padedančių šeimai auginti neįgalų vaiką, trūkumas;
				- neįgalių vaikų užimtumas po pamokų, nuo 14 iki 17–18 valandos.

				Dėl sveikatos priežiūros ir socialinės apsaugos problemų konfederacija kreipsis į Sveikatos apsaugos ministeriją, Socialinės apsaugos ir darbo ministeriją ir Valstybinę ligonių kasą.
				""", null, LocalDateTime.of(2017, 12, 7, 10, 0), true));
		site.createPost(post("Pradėjome projektą „Žmonių su negalia integracijos į darbo rinką skatinimas Vilniaus apskrityje“",
				"A project for the integration of people with disabilities into the labour market in Vilnius county",
				"Nuo 2018-04-05 įgyvendiname Europos socialinio fondo projektą penkiose Vilniaus apskrities savivaldybėse.",
				"From 5 April 2018 the Confederation runs a European Social Fund project in five municipalities of Vilnius county.", """
				Nuo 2018-04-05 NVO vaikams konfederacija įgyvendina projektą „Žmonių su negalia integracijos į darbo rinką skatinimas Vilniaus apskrityje“ (projekto kodas Nr. 08.3.1-ESFA-K-413-02-0050).

				- Projekto vertė – 173 552,19 Eur, skirta paramos lėšų – 144 389,79 Eur.
				- Projekto trukmė – 36 mėnesiai.
				- Vilniaus, Elektrėnų, Širvintų, Švenčionių ir Trakų savivaldybės.
				- Numatoma, kad dalyvių bus 265.

				Psichologinis konsultavimas, profesinis mokymas ir įsidarbinimo konsultavimas padės žmonėms su negalia integruotis į darbo rinką.
				""", null, LocalDateTime.of(2018, 4, 5, 12, 0), true));
		site.createPost(post("Tarptautinę vaikų gynimo dieną bus pagerbti geriausi vaikų draugai",
				"The best friends of children will be honoured on the International Children's Day",
				"13 metus iš eilės „Geriausio vaiko draugo“ apdovanojimai įteikiami per šventę „Vaikų žvaigždynas“.",
				"For the 13th year running, the \"Best friend of the child\" awards are handed at the \"Vaikų žvaigždynas\" celebration.", """
				Artėjant birželio 1-ajai – Tarptautinei vaikų gynimo dienai – nevyriausybinės organizacijos 13 metus iš eilės pagerbia atsakingai ir nuoširdžiai dėl vaikų dirbančius asmenis.

				Šiemet apdovanojimais bus pagerbti Europos Parlamento narė Vilija Blinkevičiūtė, Lietuvos Respublikos Prezidentės patarėja Ramunė Guobaitė-Kirslienė, „UNICEF Lietuvos“ vykdomoji direktorė Jovita Majauskaitė-Staniūlienė, projekto „Vaikų svajonės“ vienas iš iniciatorių Julius Gregorauskas, Vaiko raidos centro vadovė dr. Jovita Petrulytė.

				2018 metais šventė rengiama Lietuvos nacionalinėje Martyno Mažvydo bibliotekoje. Po apdovanojimų vaikų laukia edukacinės veiklos, animacinio filmo „Auksinis žirgas“ peržiūra, svajonių piešimas ir vaišės.
				""", """
				Before 1 June, the International Children's Day, NGOs honour for the 13th year running people who work for children responsibly and wholeheartedly.

				This year the laureates are Vilija Blinkevičiūtė, Ramunė Guobaitė-Kirslienė, Jovita Majauskaitė-Staniūlienė, Julius Gregorauskas and dr. Jovita Petrulytė.

				In 2018 the celebration takes place in the Martynas Mažvydas National Library of Lithuania.
				""", LocalDateTime.of(2018, 5, 28, 10, 0), true));

		// seed 002: after the 2016 press conference articles appeared in lzinios.lt and Delfi, and LRT television took an interview
		String press = "Spaudos konferencija „Iššifruojant sunkiai ištariamą žodį deinstitucionalizacija“";
		site.addMention("Lietuvos žinios (lzinios.lt)", press, null, LocalDate.of(2016, 7, 27));
		site.addMention("Delfi", press, null, LocalDate.of(2016, 7, 27));
		site.addMention("LRT televizija", "Interviu po spaudos konferencijos apie vaiko globos pertvarką", null,
				LocalDate.of(2016, 7, 27));

		publishNarrative(2017, """
				2017 metais NVO vaikams konfederacija įgyvendino Socialinės apsaugos ir darbo ministerijos finansuojamą Nevyriausybines organizacijas vienijančių asociacijų veiklos projektą: jo tikslas – kuo aktyviau dalyvauti formuojant valstybės politiką ir įgyvendinti pokyčius vaiko gerovės srityje.""", """
				Konfederacija pasirašė bendradarbiavimo sutartį su Molėtų rajono savivaldybe ir susitiko su neįgalius vaikus auginančiais tėvais Švenčionių rajone.""", """
				2018 metais – „Geriausio vaiko draugo“ apdovanojimai ir Europos socialinio fondo projektas Vilniaus apskrityje.""");
		site.addPublication("2017 m. stalo kalendorius", "Desk calendar 2017", PublicationKind.CALENDAR, 2017,
				"NVO-vaikams-kalendorius-2017.pdf", PdfDocuments.fromXhtml("""
						<html><head><title>2017 m. stalo kalendorius</title></head><body>
						<h1>NVO vaikams konfederacija: 2017 m. stalo kalendorius</h1>
						<p>Kalendoriuje – informacija apie Jungtinių Tautų vaiko teisių konvenciją ir vaiko teises.</p>
						<p>Demonstracinis failas: tikrojo leidinio vieta.</p></body></html>"""));
		site.addPublication("Metinė veiklos ataskaita 2017", "Yearly report 2017", PublicationKind.ANNUAL_REPORT, 2017,
				"NVO-vaikams-metine-ataskaita-2017.pdf",
				reportFiles.pdf(reports.report(2017), network.name(), Locale.forLanguageTag("lt")));
	}

	private void publishNarrative(int year, String introduction, String highlights, String plans) {
		AnnualReports.NarrativeView draft = reports.saveDraft(year, reports.narrative(year).version(), introduction.strip(),
				highlights.strip(), plans.strip());
		reports.publish(year, draft.version());
	}

	private static Site.PostData post(String title, String titleEn, String lead, String leadEn, String body,
			String bodyEn, LocalDateTime at, boolean published) {
		return new Site.PostData(title, titleEn, lead, leadEn, body.strip(), bodyEn == null ? null : bodyEn.strip(), at,
				published, null, null, null, false);
	}
}
