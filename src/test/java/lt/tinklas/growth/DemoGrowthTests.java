package lt.tinklas.growth;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;
import java.util.List;

import lt.tinklas.growth.application.Campaigns;
import lt.tinklas.growth.application.RegisterExtracts;
import lt.tinklas.growth.application.WhiteSpots;
import lt.tinklas.networks.Networks;
import lt.tinklas.shared.tenancy.Tenancy;
import lt.tinklas.testing.TinklasTest;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;

/**
 * The demo's growth of NSMOT: the register extract of two counties, the 2026 campaign whose first
 * letter is the seed's (NSMOT/26/01/22/01 to Šilutė district's NGO council) and five more that day,
 * two applications that name it, one accepted.
 */
@TinklasTest
class DemoGrowthTests {

	@Autowired
	Networks networks;

	@Autowired
	Campaigns campaigns;

	@Autowired
	WhiteSpots whiteSpots;

	@Autowired
	RegisterExtracts extracts;

	@Test
	void nsmotsTwentyTwentySixCampaignBeginsWithTheSeedLetter() {
		long nsmot = networks.bySlug("nsmot").orElseThrow().id();
		Campaigns.CampaignView campaign = Tenancy.runAs(nsmot, () -> campaigns.list())
			.stream()
			.filter(c -> c.name().equals("2026 kvietimas prisijungti"))
			.findFirst()
			.orElseThrow();
		Campaigns.CampaignDetail detail = Tenancy.runAs(nsmot, () -> campaigns.detail(campaign.id()));
		List<Campaigns.LetterView> letters = detail.letters();
		assertThat(letters).hasSize(6);
		assertThat(letters).allSatisfy(l -> assertThat(l.sentOn()).isEqualTo(LocalDate.of(2026, 1, 22)));
		assertThat(letters.get(0).number()).isEqualTo("NSMOT/26/01/22/01");
		assertThat(letters.get(0).addressee()).isEqualTo("Šilutės rajono savivaldybės nevyriausybinių organizacijų taryba");
		assertThat(letters.stream().map(Campaigns.LetterView::number))
			.containsExactly("NSMOT/26/01/22/01", "NSMOT/26/01/22/02", "NSMOT/26/01/22/03", "NSMOT/26/01/22/04",
					"NSMOT/26/01/22/05", "NSMOT/26/01/22/06");
		assertThat(detail.figures().total().letters()).isEqualTo(6);
		assertThat(detail.figures().total().replies()).isEqualTo(1);
		assertThat(detail.figures().total().applications()).isEqualTo(2);
		assertThat(detail.figures().total().members()).isEqualTo(1);
		assertThat(detail.figures().total().medianDays()).isEqualTo(25);
		assertThat(letters.get(0).accepted()).isTrue();

		// the extract of Klaipėda and Tauragė counties: Šilutė has eligible NGOs, the company and the young one are not among them
		assertThat(Tenancy.runAs(nsmot, () -> extracts.current()).orElseThrow().dataDate()).isEqualTo(LocalDate.of(2026, 11, 30));
		WhiteSpots.MunicipalityRow silute = Tenancy.runAs(nsmot,
				() -> whiteSpots.municipalities(new WhiteSpots.WhiteSpotFilter(null, "LT-46", null, null, false)))
			.get(0);
		assertThat(silute.eligible()).isEqualTo(6);
		assertThat(silute.nameMatches()).isEqualTo(4);
		List<WhiteSpots.Eligible> there = Tenancy.runAs(nsmot,
				() -> whiteSpots.organizations(new WhiteSpots.WhiteSpotFilter(null, "LT-46", null, null, false)));
		assertThat(there).extracting(WhiteSpots.Eligible::name)
			.contains("Šilutės šeimos paramos centras")
			.doesNotContain("UAB „Šilutės prekyba“", "Nauja Šilutės iniciatyva vaikams");
		assertThat(there).filteredOn(e -> e.name().equals("Šilutės šeimos paramos centras"))
			.singleElement()
			.satisfies(e -> assertThat(e.standing().name()).isEqualTo("MEMBER"));
	}
}
