package lt.tinklas.newsletters;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;

import lt.tinklas.networks.Networks;
import lt.tinklas.newsletters.application.Audiences;
import lt.tinklas.newsletters.application.Exclusion;
import lt.tinklas.newsletters.application.Mailings;
import lt.tinklas.newsletters.application.Segments;
import lt.tinklas.newsletters.domain.MailingStatus;
import lt.tinklas.shared.tenancy.Tenancy;
import lt.tinklas.testing.TinklasTest;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;

/**
 * The demo's newsletters of NSMOT: two segments, two mailings of 2025 recorded as sent (the public
 * one to the members' contacts, one to the working groups) with their recipients, and a draft.
 */
@TinklasTest
class DemoNewslettersTests {

	@Autowired
	Networks networks;

	@Autowired
	Mailings mailings;

	@Autowired
	Segments segments;

	@Test
	void nsmotHasTwoSentMailingsOfTwentyTwentyFiveOnePublicAndADraft() {
		long nsmot = networks.bySlug("nsmot").orElseThrow().id();
		// the demo's mailings: those to its two segments (other tests add mailings of their own)
		List<Mailings.MailingView> all = Tenancy.runAs(nsmot, () -> mailings.list())
			.stream()
			.filter(m -> List.of("Visų narių kontaktai", "Darbo grupių nariai").contains(m.segmentName()))
			.toList();

		assertThat(all).hasSize(3);
		List<Mailings.MailingView> sent = all.stream().filter(m -> m.status() == MailingStatus.SENT).toList();
		assertThat(sent).hasSize(2);
		assertThat(sent).allSatisfy(mailing -> {
			assertThat(mailing.sendAt()).isBetween(java.time.Instant.parse("2025-01-01T00:00:00Z"),
					java.time.Instant.parse("2026-01-01T00:00:00Z"));
			assertThat(mailing.finishedAt()).isEqualTo(mailing.sendAt());
			assertThat(mailing.counts().recipients()).isPositive();
			assertThat(mailing.counts().sent()).isEqualTo(mailing.counts().recipients());
			assertThat(mailing.counts().waiting()).isZero();
			assertThat(mailing.subjectEn()).isNotBlank();
			assertThat(mailing.body()).contains("{{vardas}}", "## ");
		});
		assertThat(sent).filteredOn(Mailings.MailingView::publicArchive)
			.singleElement()
			.satisfies(march -> {
				assertThat(march.subject()).startsWith("Naujienlaiškis 2025 m. kovas");
				assertThat(march.segmentName()).isEqualTo("Visų narių kontaktai");
				assertThat(march.counts().unsubscribed()).isEqualTo(1);
			});
		assertThat(sent).filteredOn(m -> !m.publicArchive())
			.singleElement()
			.satisfies(october -> {
				assertThat(october.segmentName()).isEqualTo("Darbo grupių nariai");
				assertThat(october.counts().bounced()).isEqualTo(1);
			});
		assertThat(all).filteredOn(Mailings.MailingView::draft)
			.singleElement()
			.satisfies(draft -> {
				assertThat(draft.subject()).contains("2026");
				assertThat(draft.sendAt()).isNull();
				assertThat(draft.counts().recipients()).isZero();
			});
	}

	@Test
	void theMembersSegmentReachesMostContactsAndLeavesOutTheUnsubscribedAndThoseWithoutConsent() {
		long nsmot = networks.bySlug("nsmot").orElseThrow().id();
		List<Segments.SegmentView> all = Tenancy.runAs(nsmot, () -> segments.list());
		assertThat(all).extracting(Segments.SegmentView::name).contains("Darbo grupių nariai", "Visų narių kontaktai");

		Audiences.Audience members = Tenancy.runAs(nsmot,
				() -> segments.preview(all.stream().filter(s -> s.name().equals("Visų narių kontaktai")).findFirst().orElseThrow().id()));
		assertThat(members.receivers()).hasSizeGreaterThan(members.leftOut().size());
		assertThat(members.leftOut()).extracting(Audiences.LeftOut::why).contains(Exclusion.UNSUBSCRIBED, Exclusion.NO_CONSENT);
	}
}
