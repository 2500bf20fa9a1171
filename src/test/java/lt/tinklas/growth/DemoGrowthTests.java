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
		// the demo's letters are those of 2026-01-22 (other tests send more of this campaign today)
		List<Campaigns.LetterView> letters = detail.letters()
			.stream()
			.filter(l -> l.sentOn().equals(LocalDate.of(2026, 1, 22)))
			.toList();
		assertThat(letters).hasSize(6);
		assertThat(letters.get(0).addressee()).isEqualTo("Šilutės rajono savivaldybės nevyriausybinių organizacijų taryba");
		assertThat(letters.stream().map(Campaigns.LetterView::number))
			.containsExactly("NSMOT/26/01/22/01", "NSMOT/26/01/22/02", "NSMOT/26/01/22/03", "NSMOT/26/01/22/04",
					"NSMOT/26/01/22/05", "NSMOT/26/01/22/06");
		Campaigns.LetterView siluteLetter = letters.get(0);
		assertThat(siluteLetter.replyOn()).isEqualTo(LocalDate.of(2026, 2, 3));
		assertThat(siluteLetter.appliedOn()).isEqualTo(LocalDate.of(2026, 2, 16));
		assertThat(siluteLetter.accepted()).isTrue();
		assertThat(letters.subList(1, 6)).allSatisfy(l -> assertThat(l.appliedOn()).isNull());
		// the Pagėgiai crisis centre applied with the campaign's code alone: counted where it sits, still waiting
		Campaigns.MunicipalityCounts pagegiai = detail.figures()
			.byMunicipality()
			.stream()
			.filter(m -> "LT-29".equals(m.municipality()))
			.findFirst()
			.orElseThrow();
		assertThat(pagegiai.figures().applications()).isEqualTo(1);
		assertThat(pagegiai.figures().members()).isZero();
		assertThat(detail.figures().total().applications()).isGreaterThanOrEqualTo(2);
		assertThat(detail.figures().total().members()).isGreaterThanOrEqualTo(1);

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
