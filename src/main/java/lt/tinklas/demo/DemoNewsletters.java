package lt.tinklas.demo;

import java.sql.Timestamp;
import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;

import lt.tinklas.newsletters.domain.StopReason;
import lt.tinklas.newsletters.application.Audiences;
import lt.tinklas.newsletters.application.Exclusion;
import lt.tinklas.newsletters.application.Mailings;
import lt.tinklas.newsletters.application.SegmentPart;
import lt.tinklas.newsletters.application.Segments;
import lt.tinklas.newsletters.domain.MailStop;
import lt.tinklas.newsletters.domain.MailStopRecords;
import lt.tinklas.newsletters.domain.Mailing;
import lt.tinklas.newsletters.domain.MailingRecords;
import lt.tinklas.networks.Networks;
import lt.tinklas.organizations.MembershipStatus;
import lt.tinklas.people.People;
import lt.tinklas.people.PersonData;
import lt.tinklas.people.PersonView;
import lt.tinklas.shared.tenancy.NetworkRef;
import lt.tinklas.shared.tenancy.Tenancy;
import lt.tinklas.shared.text.Tokens;
import lt.tinklas.shared.web.Formats;
import org.springframework.boot.ApplicationArguments;
import org.springframework.boot.ApplicationRunner;
import org.springframework.boot.autoconfigure.condition.ConditionalOnProperty;
import org.springframework.core.annotation.Order;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.stereotype.Component;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * NSMOT's newsletters: two segments (the member organizations' contacts and the working groups'
 * members), the March 2025 newsletter (in the public archive) and the October 2025 one to the
 * working groups, both sent before the network used Tinklas and recorded as sent with their
 * recipients (one of whom unsubscribed, one whose address bounced), and a draft for December 2026.
 * Most of the contacts agreed to newsletters on paper in January 2025; a few did not, and the
 * segments' previews leave them out.
 */
@Component
@Order(26)
@ConditionalOnProperty(name = "tinklas.demo.enabled", havingValue = "true")
class DemoNewsletters implements ApplicationRunner {

	static final String MEMBERS = "Visų narių kontaktai";
	static final String GROUPS = "Darbo grupių nariai";

	private static final PersonData.ConsentData NEWSLETTER_CONSENT = new PersonData.ConsentData("Naujienlaiškiai",
			LocalDate.of(2025, 1, 15), null, null, PersonData.ConsentSource.PAPER,
			"Sutinku gauti tinklo naujienlaiškį el. paštu.", null);

	private final Networks networks;
	private final Segments segments;
	private final Mailings mailings;
	private final MailingRecords mailingRecords;
	private final MailStopRecords stops;
	private final People people;
	private final JdbcTemplate jdbc;
	private final TransactionTemplate transactions;

	DemoNewsletters(Networks networks, Segments segments, Mailings mailings, MailingRecords mailingRecords,
			MailStopRecords stops, People people, JdbcTemplate jdbc, TransactionTemplate transactions) {
		this.networks = networks;
		this.segments = segments;
		this.mailings = mailings;
		this.mailingRecords = mailingRecords;
		this.stops = stops;
		this.people = people;
		this.jdbc = jdbc;
		this.transactions = transactions;
	}

	@Override
	public void run(ApplicationArguments args) {
		NetworkRef nsmot = networks.bySlug("nsmot").orElse(null);
		if (nsmot == null || !Tenancy.runAs(nsmot.id(), mailings::list).isEmpty()) {
			return;
		}
		Tenancy.runAs(nsmot.id(), () -> load(nsmot.id()));
	}

	private void load(long network) {
		long members = segments.create(new Segments.SegmentData(MEMBERS, false,
				List.of(part(SegmentPart.PartType.ORGANIZATION_CONTACTS, MembershipStatus.MEMBER)))).id();
		long groups = segments.create(new Segments.SegmentData(GROUPS, false,
				List.of(part(SegmentPart.PartType.WORKING_GROUP, null)))).id();
		giveConsents(List.of(members, groups));

		Mailings.MailingView march = mailings.create(new Mailings.MailingData(members,
				"Naujienlaiškis 2025 m. kovas: skurdo rodikliai, mokymai nariams, pozicija dėl minimalių pajamų", """
						Sveiki, {{vardas}},

						dalinamės svarbiausiomis tinklo naujienomis.

						## Skurdo rodikliai

						Valstybės duomenų agentūra paskelbė naujausius skurdo rizikos rodiklius: beveik kas penktas \
						Lietuvos gyventojas gyvena žemiau skurdo rizikos ribos, o tarp vienų gyvenančių senjorų ir \
						vienų vaikus auginančių tėvų ši dalis dar didesnė. Rodiklius aptarsime balandžio narių susitikime.

						## Mokymai nariams

						- **Balandžio 10 d.** – paslaugų kokybės standartai ir jų įsivertinimas (nuotoliu)
						- **Gegužės 8 d.** – advokacija savivaldybėje: kaip kalbėtis su sprendimų priėmėjais (Vilniuje)
						- **Birželio 5 d.** – projektų finansų valdymas ir atsiskaitymas finansuotojams (nuotoliu)

						Registruotis galite [tinklo svetainėje](https://smtinklas.lt).

						## Pozicija dėl minimalių pajamų

						Socialinės apsaugos ir darbo ministerijai pateikėme poziciją: valstybės remiamų pajamų dydis \
						turi būti susietas su minimaliųjų vartojimo poreikių dydžiu ir kasmet peržiūrimas, kad piniginė \
						socialinė parama iš tiesų apsaugotų nuo giliausio skurdo.

						Ačiū, kad esate tinkle!""",
				"Newsletter, March 2025: poverty figures, training for members, our position on minimum income", """
						Hello {{first_name}},

						here is the network's main news.

						## Poverty figures

						State Data Agency published the latest at-risk-of-poverty figures: nearly one in five people \
						in Lithuania lives below the poverty line, and among older people living alone and single \
						parents the share is higher still. We will discuss the figures at the members' meeting in April.

						## Training for members

						- **10 April** – quality standards of services and self-assessment (online)
						- **8 May** – advocacy in the municipality: talking to decision makers (Vilnius)
						- **5 June** – project finances and reporting to funders (online)

						Register on [the network's website](https://smtinklas.lt).

						## Our position on minimum income

						We sent our position to the Ministry of Social Security and Labour: state-supported income must \
						be tied to the minimum consumption needs and reviewed every year, so that cash social assistance \
						truly protects from the deepest poverty.

						Thank you for being part of the network!""",
				true));
		Mailings.MailingView october = mailings.create(new Mailings.MailingData(groups,
				"Darbo grupių naujienos 2025 m. spalis: 2026 m. biudžeto projektas, susitikimų grafikas", """
						Sveiki, {{vardas}},

						Seimas svarsto 2026 m. valstybės biudžeto projektą, todėl darbo grupės rudenį dirba intensyviai.

						## Ką darome

						1. Rengiame pastabas dėl socialinės paramos ir socialinių paslaugų finansavimo.
						2. Renkame narių pavyzdžius, kaip biudžeto sprendimai veikia žmones, su kuriais dirbame.
						3. Ruošiamės susitikimui su Seimo Socialinių reikalų ir darbo komitetu.

						## Susitikimai

						- spalio 22 d. – socialinės paramos darbo grupė (nuotoliu)
						- lapkričio 5 d. – visų darbo grupių koordinatorių susitikimas (Vilniuje)

						Medžiaga – [bendrame aplanke](https://smtinklas.lt/darbo-grupes).""",
				"Working groups' news, October 2025: the 2026 budget draft, meeting schedule", """
						Hello {{first_name}},

						the Seimas is debating the draft state budget for 2026, so the working groups are busy this autumn.

						## What we are doing

						1. Preparing comments on the funding of social assistance and social services.
						2. Collecting members' examples of how budget decisions affect the people we work with.
						3. Getting ready to meet the Seimas Committee on Social Affairs and Labour.

						## Meetings

						- 22 October – social assistance working group (online)
						- 5 November – meeting of all working group coordinators (Vilnius)

						Materials are in [the shared folder](https://smtinklas.lt/darbo-grupes).""",
				false));
		recordSent(network, march.id(), members, at(2025, 3, 20, 10), Outcome.UNSUBSCRIBED);
		recordSent(network, october.id(), groups, at(2025, 10, 15, 9), Outcome.BOUNCED);

		mailings.create(new Mailings.MailingData(members,
				"Naujienlaiškis 2026 m. gruodis: metų apžvalga ir 2027 m. planai", """
						Sveiki, {{vardas}},

						metai baigiasi, tad dalinamės, ką nuveikėme kartu.

						## 2026 m. svarbiausi darbai

						- surengėme mokymų nariams apie paslaugų kokybę ir advokaciją;
						- pateikėme pozicijas dėl minimalių pajamų ir socialinių paslaugų finansavimo;
						- priėmėme naujų narių.

						## Ateinančių metų planai

						Visuotinis narių susirinkimas vyks kovo mėnesį; darbotvarkę rasite [tinklo svetainėje](https://smtinklas.lt).

						Gražių švenčių!""",
				"Newsletter, December 2026: the year in review and plans for 2027", """
						Hello {{first_name}},

						the year is ending, so here is what we did together.

						## The main work of 2026

						- training for members on service quality and advocacy;
						- positions on minimum income and the funding of social services;
						- new members joined.

						## Plans for next year

						The general meeting of members takes place in March; the agenda is on [the network's website](https://smtinklas.lt).

						Happy holidays!""",
				true));
	}

	private enum Outcome {
		UNSUBSCRIBED, BOUNCED
	}

	/**
	 * Most of the people the segments select and who have not agreed to newsletters agreed on paper
	 * in January 2025; every seventh of them did not.
	 */
	private void giveConsents(List<Long> segmentIds) {
		Set<Long> withoutConsent = new LinkedHashSet<>();
		for (long segment : segmentIds) {
			segments.preview(segment)
				.leftOut()
				.stream()
				.filter(left -> left.why() == Exclusion.NO_CONSENT && left.personId() != null)
				.forEach(left -> withoutConsent.add(left.personId()));
		}
		int index = 0;
		for (long id : withoutConsent) {
			if (index++ % 7 == 6) {
				continue;
			}
			PersonView person = people.get(id);
			List<PersonData.ConsentData> consents = new ArrayList<>(person.consents());
			consents.add(NEWSLETTER_CONSENT);
			people.update(id, person.version(), new PersonData(person.firstName(), person.lastName(), person.email(),
					person.phone(), person.language(), person.affiliations(), consents));
		}
	}

	/**
	 * The mailing as sent at {@code at} to the people its segment reaches, one of them having
	 * unsubscribed two days later or their address having bounced a minute later.
	 */
	private void recordSent(long network, long mailingId, long segmentId, Instant at, Outcome outcome) {
		List<Audiences.Receiver> receivers = segments.preview(segmentId).receivers();
		transactions.executeWithoutResult(status -> {
			Mailing mailing = mailingRecords.findById(mailingId).orElseThrow();
			mailing.recordSent(at);
			mailingRecords.saveAndFlush(mailing);
			List<Object[]> rows = new ArrayList<>();
			for (int i = 0; i < receivers.size(); i++) {
				Audiences.Receiver receiver = receivers.get(i);
				Instant sent = at.plusSeconds(i);
				rows.add(new Object[] { network, mailingId, receiver.personId(), receiver.email(), receiver.firstName(),
						receiver.lastName(), receiver.organization(), receiver.language(), Tokens.hash(Tokens.random()),
						Tokens.random().substring(0, 22), Timestamp.from(sent), Timestamp.from(sent) });
			}
			jdbc.batchUpdate("""
					insert into mailing_recipient (network_id, mailing_id, person_id, email, first_name, last_name,
					  organization, language, token, bounce_token, state, queued_at, sent_at)
					values (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, 'SENT', ?, ?)""", rows);
			if (receivers.size() < 4) {
				return;
			}
			Audiences.Receiver stopped = receivers.get(3);
			if (outcome == Outcome.UNSUBSCRIBED) {
				Instant when = at.plus(2, ChronoUnit.DAYS);
				jdbc.update("""
						update mailing_recipient set unsubscribed_at = ?
						where network_id = ? and mailing_id = ? and person_id = ?""", Timestamp.from(when), network, mailingId,
						stopped.personId());
				stops.saveAndFlush(new MailStop(stopped.email(), StopReason.UNSUBSCRIBED, when, mailingId));
			}
			else {
				Instant when = at.plus(1, ChronoUnit.MINUTES);
				jdbc.update("""
						update mailing_recipient set bounced_at = ?
						where network_id = ? and mailing_id = ? and person_id = ?""", Timestamp.from(when), network, mailingId,
						stopped.personId());
				jdbc.update("""
						insert into mail_bounce (network_id, email, recipient_id, hard, status, diagnostic, received_at)
						select network_id, email, id, true, '5.1.1', 'smtp; 550 5.1.1 <' || email || '>: Recipient address rejected: User unknown', ?
						from mailing_recipient where network_id = ? and mailing_id = ? and person_id = ?""", Timestamp.from(when),
						network, mailingId, stopped.personId());
				stops.saveAndFlush(new MailStop(stopped.email(), StopReason.BOUNCED, when, mailingId));
			}
		});
	}

	private static SegmentPart part(SegmentPart.PartType type, MembershipStatus status) {
		return new SegmentPart(type, false, null, null, null, status, null, null, null, null, null, null, null, null);
	}

	private static Instant at(int year, int month, int day, int hour) {
		return LocalDateTime.of(year, month, day, hour, 0).atZone(Formats.VILNIUS).toInstant();
	}
}
