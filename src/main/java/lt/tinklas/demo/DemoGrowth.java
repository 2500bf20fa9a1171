package lt.tinklas.demo;

import java.nio.charset.StandardCharsets;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

import lt.tinklas.advocacy.OutgoingRegister;
import lt.tinklas.growth.application.Campaigns;
import lt.tinklas.growth.application.Councils;
import lt.tinklas.growth.application.GrowthSettingsService;
import lt.tinklas.growth.application.Prospects;
import lt.tinklas.growth.application.RegisterExtracts;
import lt.tinklas.growth.domain.Delivery;
import lt.tinklas.growth.domain.InvitationLetter;
import lt.tinklas.growth.domain.InvitationLetterRecords;
import lt.tinklas.growth.domain.MunicipalCouncil;
import lt.tinklas.growth.domain.ProspectSource;
import lt.tinklas.shared.tenancy.NetworkRef;
import lt.tinklas.networks.Networks;
import lt.tinklas.organizations.ApplicationData;
import lt.tinklas.organizations.Applications;
import lt.tinklas.organizations.DecidedBy;
import lt.tinklas.organizations.LegalCode;
import lt.tinklas.organizations.LegalForm;
import lt.tinklas.organizations.application.ApplicationStatus;
import lt.tinklas.shared.tenancy.Tenancy;
import org.springframework.boot.ApplicationArguments;
import org.springframework.boot.ApplicationRunner;
import org.springframework.boot.autoconfigure.condition.ConditionalOnProperty;
import org.springframework.core.annotation.Order;
import org.springframework.stereotype.Component;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * NSMOT growing: a made-up extract of the state register for Klaipėda and Tauragė counties (data of
 * 2026-11-30), the network's keywords, the councils of six municipalities with their contacts, the
 * 2026 campaign whose first letter is the seed's own (NSMOT/26/01/22/01 to Šilutė district's NGO
 * council, recorded with the number it has in the register) and five more to other councils that
 * day, the Šilutė council's reply with a recommended prospect, and two applications that name the
 * campaign: one through the Šilutė letter's code, accepted, one with the campaign's code, waiting.
 */
@Component
@Order(27)
@ConditionalOnProperty(name = "tinklas.demo.enabled", havingValue = "true")
class DemoGrowth implements ApplicationRunner {

	static final String CAMPAIGN = "2026 kvietimas prisijungti";

	static final LocalDate LETTERS_ON = LocalDate.of(2026, 1, 22);

	static final String SEED_NUMBER = "NSMOT/26/01/22/01";

	static final String SILUTE = "LT-46";

	/** The councils written to on 2026-01-22, Šilutė first: municipality, address, e-mail. */
	private static final List<String[]> COUNCILS = List.of(
			new String[] { SILUTE, "Dariaus ir Girėno g. 1, LT-99133 Šilutė", "nvo.taryba@silute.pavyzdys.lt" },
			new String[] { "LT-29", "Vilniaus g. 9, LT-99288 Pagėgiai", "nvo.taryba@pagegiai.pavyzdys.lt" },
			new String[] { "LT-12", "Dariaus ir Girėno g. 5, LT-74189 Jurbarkas", "nvo.taryba@jurbarkas.pavyzdys.lt" },
			new String[] { "LT-45", "J. Basanavičiaus g. 2, LT-75138 Šilalė", "nvo.taryba@silale.pavyzdys.lt" },
			new String[] { "LT-50", "Respublikos g. 2, LT-72255 Tauragė", "nvo.taryba@taurage.pavyzdys.lt" },
			new String[] { "LT-48", "Vilniaus g. 13, LT-98124 Skuodas", "nvo.taryba@skuodas.pavyzdys.lt" });

	/** The made-up NGOs of the extract: name, address (its municipality as the register writes it), NGO status since, registered. */
	private static final List<String[]> NGOS = List.of(
			new String[] { "Šilutės vaikų dienos centras „Saulutė“", "Šilutės r. sav. Šilutės m. Lietuvininkų g. 12", "2014-05-02", "2009-03-11" },
			new String[] { "Asociacija „Šilutės senjorų klubas“", "Šilutės r. sav. Šilutės m. Tilžės g. 3", "2016-01-20", "2004-10-01" },
			new String[] { "Šilutės šeimos paramos centras", "Šilutės r. sav. Šilutės m. Turgaus g. 7", "2015-09-01", "2011-06-15" },
			new String[] { "Rusnės bendruomenė", "Šilutės r. sav. Rusnės sen. Rusnės k. Skirvytės g. 2", "2013-02-10", "2002-04-04" },
			new String[] { "Šilutės neįgaliųjų draugija", "Šilutės r. sav. Šilutės m. Cintjoniškių g. 5", "2012-11-11", "1995-05-05" },
			new String[] { "Šilutės krepšinio klubas „Rambynas“", "Šilutės r. sav. Šilutės m. Sporto g. 1", "2018-03-03", "2010-01-01" },
			new String[] { "Žemaičių Naumiesčio jaunimo centras", "Šilutės r. sav. Žemaičių Naumiesčio mstl. Kalvarijos g. 4", "2021-06-01", "2019-02-02" },
			new String[] { "Pagėgių krizių centras", "Pagėgių sav. Pagėgių m. Vilniaus g. 20", "2017-04-04", "2012-08-08" },
			new String[] { "Vilkyškių vaikų ir jaunimo klubas", "Pagėgių sav. Vilkyškių mstl. Mokyklos g. 3", "2019-09-09", "2015-03-03" },
			new String[] { "Jurbarko socialinių iniciatyvų centras", "Jurbarko r. sav. Jurbarko m. Vydūno g. 19", "2015-01-15", "2008-07-07" },
			new String[] { "Jurbarko šeimų bendrija", "Jurbarko r. sav. Jurbarko m. Kauno g. 31", "2020-10-10", "2016-06-06" },
			new String[] { "Smalininkų bendruomenė", "Jurbarko r. sav. Smalininkų mstl. Kalno g. 1", "2014-12-12", "2003-03-03" },
			new String[] { "Šilalės vaikų dienos centras", "Šilalės r. sav. Šilalės m. J. Basanavičiaus g. 8", "2016-05-05", "2012-02-02" },
			new String[] { "Šilalės senjorų akademija", "Šilalės rajono savivaldybė, Šilalė, Vytauto Didžiojo g. 4", "2022-02-22", "2018-01-01" },
			new String[] { "Kvėdarnos medžiotojų klubas", "Šilalės r. sav. Kvėdarnos mstl. Miško g. 2", "2011-01-01", "1999-09-09" },
			new String[] { "Tauragės socialinės pagalbos centras", "Tauragės r. sav. Tauragės m. Prezidento g. 17", "2013-07-07", "2005-05-05" },
			new String[] { "Tauragės neįgaliųjų užimtumo klubas", "Tauragės r. sav. Tauragės m. Jūros g. 6", "2019-03-15", "2014-04-04" },
			new String[] { "Tauragės choras „Jūra“", "Tauragės r. sav. Tauragės m. Dariaus ir Girėno g. 2", "2010-10-10", "1990-10-10" },
			new String[] { "Skuodo šeimos namai", "Skuodo r. sav. Skuodo m. Vilniaus g. 11", "2017-11-20", "2013-01-20" },
			new String[] { "Mosėdžio bendruomenė", "Skuodo r. sav. Mosėdžio mstl. Salantų g. 3", "2015-06-06", "2001-06-06" },
			new String[] { "Klaipėdos vaikų globos namų bičiuliai", "Klaipėdos m. sav. Klaipėdos m. Taikos pr. 40", "2012-09-09", "2006-09-09" },
			new String[] { "Klaipėdos senjorų sąjunga", "Klaipėdos m. sav. Klaipėdos m. Herkaus Manto g. 25", "2014-04-14", "1998-04-14" },
			new String[] { "Klaipėdos jachtklubas", "Klaipėdos m. sav. Klaipėdos m. Žvejų g. 2", "2009-07-07", "1992-07-07" },
			new String[] { "Gargždų socialinių paslaugų draugija", "Klaipėdos r. sav. Gargždų m. Klaipėdos g. 14", "2018-08-18", "2012-08-18" },
			new String[] { "Kretingos skurdo mažinimo iniciatyva", "Kretingos r. sav. Kretingos m. Rotušės a. 1", "2016-10-10", "2013-10-10" },
			new String[] { "Palangos neįgaliųjų draugija", "Palangos m. sav. Palangos m. Vytauto g. 90", "2013-03-03", "1993-03-03" },
			new String[] { "Neringos bendruomenė", "Neringos sav. Nidos k. Taikos g. 4", "2020-05-05", "2015-05-05" },
			new String[] { "Nauja Šilutės iniciatyva vaikams", "Šilutės r. sav. Šilutės m. Naujoji g. 1", LocalDate.now().minusMonths(4).toString(), LocalDate.now().minusMonths(8).toString() });

	private final Networks networks;
	private final RegisterExtracts extracts;
	private final GrowthSettingsService settings;
	private final Councils councils;
	private final Campaigns campaigns;
	private final Prospects prospects;
	private final InvitationLetterRecords letters;
	private final OutgoingRegister register;
	private final Applications applications;
	private final TransactionTemplate transactions;

	DemoGrowth(Networks networks, RegisterExtracts extracts, GrowthSettingsService settings, Councils councils,
			Campaigns campaigns, Prospects prospects, InvitationLetterRecords letters, OutgoingRegister register,
			Applications applications, TransactionTemplate transactions) {
		this.networks = networks;
		this.extracts = extracts;
		this.settings = settings;
		this.councils = councils;
		this.campaigns = campaigns;
		this.prospects = prospects;
		this.letters = letters;
		this.register = register;
		this.applications = applications;
		this.transactions = transactions;
	}

	@Override
	public void run(ApplicationArguments args) {
		NetworkRef nsmot = networks.bySlug("nsmot").orElse(null);
		if (nsmot == null || !Tenancy.runAs(nsmot.id(), campaigns::list).isEmpty()) {
			return;
		}
		Tenancy.runAs(nsmot.id(), this::load);
	}

	private void load() {
		settings.setKeywords("socialin, vaik, senjor, neįgal, šeim, skurd, bendruomen, krizių");
		List<String> codes = codes();
		extracts.load(ngoFile(codes), registeredFile(codes), true);
		for (String[] council : COUNCILS) {
			Councils.CouncilView usual = councils.of(council[0]);
			councils.save(council[0], null, new Councils.CouncilData(usual.name(), council[2], null, council[1], null));
		}
		Campaigns.CampaignView campaign = campaigns.create(new Campaigns.CampaignData(CAMPAIGN,
				"Kvietimas socialinėje srityje veikiančioms NVO", BODY, "Direktorė Aistė Adomavičienė", 6));
		List<String> written = transactions.execute(status -> recordLetters(campaign));
		String siluteCode = written.get(0);

		// the Šilutė council answered, recommending a seniors' club
		Campaigns.LetterView silute = campaigns.letters(campaign.id()).get(0);
		campaigns.noteReply(silute.id(), silute.version(), LocalDate.of(2026, 2, 3),
				"Taryba persiuntė kvietimą savo narėms ir rekomendavo Šilutės senjorų klubą.");
		long club = prospects.fromRegister(List.of(codes.get(1))).get(0);
		Prospects.ProspectView clubView = prospects.get(club);
		prospects.update(club, clubView.version(), new Prospects.ProspectData(clubView.legalCode(), clubView.name(),
				clubView.municipality(), clubView.formName(), "klubas@silutessenjorai.pavyzdys.lt", clubView.address(),
				ProspectSource.COUNCIL_REPLY, "Rekomendavo Šilutės rajono savivaldybės NVO taryba."));

		// two applications that name the campaign: one through the Šilutė letter, accepted; one with the campaign's code
		var accepted = applications.apply(new ApplicationData(codes.get(2), NGOS.get(2)[0], LegalForm.ASSOCIATION,
				LocalDate.parse(NGOS.get(2)[3]), LocalDate.parse(NGOS.get(2)[2]), null, SILUTE,
				"info@siluteseimos.pavyzdys.lt", "Vida Jankauskienė", "vida@siluteseimos.pavyzdys.lt",
				"Gavome kvietimą per savivaldybės NVO tarybą: norime prisidėti prie tinklo veiklos.",
				LocalDate.of(2026, 2, 16), siluteCode));
		applications.decide(accepted.id(), ApplicationStatus.ACCEPTED, LocalDate.of(2026, 3, 10), DecidedBy.BOARD,
				"Valdybos posėdžio protokolas Nr. V-3", null);
		applications.apply(new ApplicationData(codes.get(7), NGOS.get(7)[0], LegalForm.ASSOCIATION,
				LocalDate.parse(NGOS.get(7)[3]), LocalDate.parse(NGOS.get(7)[2]), null, "LT-29", null, "Rūta Petrauskienė",
				"ruta@pagegiukrize.pavyzdys.lt", "Apie kvietimą sužinojome iš Pagėgių NVO tarybos.",
				LocalDate.of(2026, 3, 2), campaign.code()));
	}

	/**
	 * The six letters of 2026-01-22, recorded as sent before the network used Tinklas (nothing is
	 * mailed now): Šilutė's with the seed's number, which the register already holds for it, the
	 * others with the next numbers of that day. Answers their codes.
	 */
	private List<String> recordLetters(Campaigns.CampaignView campaign) {
		List<String> codes = new ArrayList<>();
		for (int i = 0; i < COUNCILS.size(); i++) {
			MunicipalCouncil council = councils.ensure(COUNCILS.get(i)[0]);
			String number = i == 0 ? SEED_NUMBER : register.next(LETTERS_ON).number();
			String code = campaign.code() + "-" + "SLPJTA".charAt(i) + (i + 2) + "K" + (7 - i);
			letters.saveAndFlush(new InvitationLetter(campaign.id(), council.getId(), null, council.getName(),
					council.getMunicipality(), council.getEmail(), Delivery.EMAIL, number, LETTERS_ON, code));
			codes.add(code);
		}
		return codes;
	}

	/** The extract's legal codes, one for each made-up NGO. */
	private static List<String> codes() {
		List<String> codes = new ArrayList<>();
		for (int candidate = 30620000; codes.size() < NGOS.size(); candidate += 7) {
			Optional<String> code = LegalCode.complete(String.valueOf(candidate));
			code.ifPresent(codes::add);
		}
		return codes;
	}

	private static byte[] ngoFile(List<String> codes) {
		StringBuilder file = new StringBuilder("ja_kodas|ja_pavadinimas|ja_reg_data|form_kodas|form_pavadinimas|nvo_nuo|formavimo_data\n");
		for (int i = 0; i < NGOS.size(); i++) {
			String[] ngo = NGOS.get(i);
			file.append(codes.get(i)).append('|').append(ngo[0]).append('|').append(ngo[3]).append('|')
				.append(form(ngo[0])[0]).append('|').append(form(ngo[0])[1]).append('|').append(ngo[2])
				.append("|2026-11-30\n");
		}
		return file.toString().getBytes(StandardCharsets.UTF_8);
	}

	private static byte[] registeredFile(List<String> codes) {
		StringBuilder file = new StringBuilder("ja_kodas|ja_pavadinimas|adresas|ja_reg_data|form_kodas|form_pavadinimas"
				+ "|stat_kodas|stat_pavadinimas|stat_data_nuo|formavimo_data\n");
		for (int i = 0; i < NGOS.size(); i++) {
			String[] ngo = NGOS.get(i);
			file.append(codes.get(i)).append('|').append(ngo[0]).append('|').append(ngo[1]).append('|').append(ngo[3])
				.append('|').append(form(ngo[0])[0]).append('|').append(form(ngo[0])[1])
				.append("|0|Teisinis statusas neįregistruotas|").append(ngo[3]).append("|2026-11-30\n");
		}
		// a registered company in the same file: not an NGO, so not in the extract
		file.append(LegalCode.complete("30699991").or(() -> LegalCode.complete("30699992")).orElseThrow())
			.append("|UAB „Šilutės prekyba“|Šilutės r. sav. Šilutės m. Lietuvininkų g. 1|2010-01-01|310|Uždaroji akcinė bendrovė"
					+ "|0|Teisinis statusas neįregistruotas|2010-01-01|2026-11-30\n");
		return file.toString().getBytes(StandardCharsets.UTF_8);
	}

	/** The register's legal form (code and name) as the name says. */
	private static String[] form(String name) {
		if (name.contains("centras") || name.contains("namai") || name.contains("akademija")) {
			return new String[] { "960", "Viešoji įstaiga" };
		}
		if (name.contains("bendruomenė") || name.contains("bendrija")) {
			return new String[] { "950", "Asociacija" };
		}
		return new String[] { "950", "Asociacija" };
	}

	private static final String BODY = """
			Kviečiame socialinėje srityje veikiančias nevyriausybines organizacijas jungtis prie Nacionalinio skurdo mažinimo organizacijų tinklo (toliau – NSMOT) ir kartu stiprinti nevyriausybinio sektoriaus bendradarbiavimą bei poveikį skurdo ir socialinės atskirties mažinimui.

			NSMOT yra skėtinė organizacija, kuri vienija ir stiprina nevyriausybines organizacijas, dirbančias skurdo ir socialinės atskirties mažinimo srityje.

			**Misija** – mažinti skurdą ir socialinę atskirtį, telkiant ir stiprinant NVO. **Vizija** – NVO balsas, reikšmingai keičiantis socialinę politiką.

			Narystės nauda:

			- **Praktinė ir ekspertinė pagalba nariams.** Konsultacijos socialinių paslaugų kokybės, skaidrumo, atskaitomybės bei veiklos tobulinimo klausimais.
			- **Gyvi ir nuotoliniai mokymai nariams.**
			- **Tinklaveikos stiprinimas ir tarpusavio bendradarbiavimas.** Socialiniai pusryčiai „Nariai prie kavos“.
			- **Teminės darbo grupės.** Vaikų dienos centrų, Pagalbos senjorams, Socialinių paslaugų kokybės, Užimtumo paslaugų ir Būsto klausimų.

			Nariais gali tapti NVO žymą turinčios ir daugiau nei vienerius metus veikiančios organizacijos. Prašymą galite pateikti internetu: {{nuoroda}} (kvietimo kodas {{kodas}}).

			Kontaktai: el. p. info@smtinklas.lt
			""";
}
