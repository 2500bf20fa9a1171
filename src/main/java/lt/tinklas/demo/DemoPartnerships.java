package lt.tinklas.demo;

import java.time.LocalDate;

import lt.tinklas.networks.Networks;
import lt.tinklas.partnerships.AgreementData;
import lt.tinklas.partnerships.AgreementStatus;
import lt.tinklas.partnerships.MunicipalAgreements;
import lt.tinklas.partnerships.MunicipalAnalyses;
import lt.tinklas.shared.tenancy.Tenancy;
import org.springframework.boot.ApplicationArguments;
import org.springframework.boot.ApplicationRunner;
import org.springframework.boot.autoconfigure.condition.ConditionalOnProperty;
import org.springframework.core.annotation.Order;
import org.springframework.stereotype.Component;

/**
 * The NGO Confederation for Children's cooperation agreements with municipalities (seed 003).
 * <p>
 * The seed names the nine municipalities that signed (Akmenė, Anykščiai, Kalvarija, Molėtai,
 * Rokiškis, Šalčininkai, Širvintos, Švenčionys, Utena) and gives one date: Molėtai on 2017-12-18,
 * signed by the mayor Stasys Žvinys and the director Elena Urbonienė, when seven had signed already.
 * A September 2017 text lists five signed (Akmenė, Anykščiai, Švenčionys, Rokiškis, Širvintos),
 * Šalčininkai and Šakiai to sign by the end of 2017, and Marijampolė, Utena, Pasvalys, Kupiškis and
 * Kelmė to sign the next year. The other days are the demo's, kept in that order: the first five
 * in the first half of 2017, Šalčininkai and Kalvarija before Molėtai, Utena in 2018. Šakiai is
 * not among the nine, so it is still negotiating; Marijampolė, Pasvalys, Kupiškis and Kelmė are
 * planned. The seed gives no end to any agreement, so they are without end, and names the
 * signatories only for Molėtai. The analysis of Švenčionys is the one the seed announces for
 * 2017; its day is made up.
 */
@Component
@Order(22)
@ConditionalOnProperty(name = "tinklas.demo.enabled", havingValue = "true")
class DemoPartnerships implements ApplicationRunner {

	private static final String SCOPE = "Vaikų socialinės globos sistemos pertvarka ir bendruomeninių paslaugų šeimai "
			+ "ir vaikams plėtra; NVO įtraukimas į savivaldybės sprendimų priėmimą vaiko gerovės srityje.";

	private final Networks networks;
	private final MunicipalAgreements agreements;
	private final MunicipalAnalyses analyses;

	DemoPartnerships(Networks networks, MunicipalAgreements agreements, MunicipalAnalyses analyses) {
		this.networks = networks;
		this.agreements = agreements;
		this.analyses = analyses;
	}

	@Override
	public void run(ApplicationArguments args) {
		var children = networks.bySlug("nvo-vaikams");
		if (children.isEmpty()) {
			return;
		}
		Tenancy.runAs(children.get().id(), () -> {
			if (!agreements.list().isEmpty()) {
				return;
			}
			signed("LT-01", "2017-02-14", null); // Akmenė
			signed("LT-04", "2017-03-09", null); // Anykščiai
			signed("LT-49", "2017-04-20", null); // Švenčionys
			signed("LT-40", "2017-05-17", null); // Rokiškis
			signed("LT-47", "2017-06-08", null); // Širvintos
			signed("LT-42", "2017-11-22", null); // Šalčininkai
			signed("LT-14", "2017-12-04", null); // Kalvarija
			signed("LT-27", "2017-12-18",
					"Molėtų rajono meras Stasys Žvinys; NVO vaikams konfederacijos direktorė Elena Urbonienė");
			signed("LT-54", "2018-03-15", null); // Utena
			agreements.create(new AgreementData("LT-41", AgreementStatus.NEGOTIATING, null, null, null, SCOPE)); // Šakiai
			for (String planned : new String[] { "LT-25", "LT-34", "LT-23", "LT-19" }) {
				agreements.create(new AgreementData(planned, AgreementStatus.PLANNED, null, null, null, SCOPE));
			}
			analyses.create("LT-49",
					"Vaiko teisių apsaugos padėties ir bendruomeninių paslaugų šeimai ir vaikams poreikio analizė bei bendruomeninių paslaugų planas",
					LocalDate.parse("2017-12-15"), "Švenčionių rajono savivaldybės tarybai", null, null);
		});
	}

	private void signed(String municipality, String day, String signatories) {
		agreements.create(new AgreementData(municipality, AgreementStatus.SIGNED, LocalDate.parse(day), null,
				signatories, SCOPE));
	}
}
