package lt.tinklas.newsletters.application;

import java.sql.Timestamp;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.Locale;
import java.util.Map;

import lt.tinklas.messaging.BulkMail;
import lt.tinklas.messaging.MailGivenUp;
import lt.tinklas.messaging.MailSent;
import lt.tinklas.messaging.Outbox;
import lt.tinklas.newsletters.domain.MailingStatus;
import lt.tinklas.newsletters.domain.BounceSettings;
import lt.tinklas.newsletters.domain.Mailing;
import lt.tinklas.newsletters.domain.MailingRecords;
import lt.tinklas.newsletters.domain.NewsletterSettingsRecords;
import lt.tinklas.newsletters.domain.NewsletterSettings;
import lt.tinklas.shared.tenancy.PlatformWide;
import lt.tinklas.shared.tenancy.Tenancy;
import lt.tinklas.shared.text.Tokens;
import org.springframework.context.event.EventListener;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.scheduling.annotation.Scheduled;
import org.springframework.stereotype.Component;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * Feeds the outbox from the mailings whose time has come, at each network's rate: a batch is what
 * the rate allows since the last one (at most a minute's worth), so the outbox never holds more than
 * a minute of a mailing and other mail is never held up behind it. A batch is written in one
 * transaction holding the mailing's row lock: each recipient's mail goes to the outbox at the same
 * moment as the recipient is marked queued, so a second node skips the mailing and a node that dies
 * mid-batch leaves the batch to be done again, never half-done. Just before a person's mail is
 * written, they are checked again: one who unsubscribed, bounced, withdrew consent or was erased
 * since the order is skipped.
 */
@Component
class MailingDispatch {

	static final String REFERENCE = "mailing-recipient:";

	private final JdbcClient jdbc;
	private final TransactionTemplate transactions;
	private final MailingRecords mailings;
	private final NewsletterSettingsRecords settings;
	private final Mailings service;
	private final MailingTexts texts;
	private final MailingLinks links;
	private final Audiences audiences;
	private final Outbox outbox;
	private final BounceSettings bounces;

	MailingDispatch(JdbcClient jdbc, TransactionTemplate transactions, MailingRecords mailings,
			NewsletterSettingsRecords settings, Mailings service, MailingTexts texts, MailingLinks links,
			Audiences audiences, Outbox outbox, BounceSettings bounces) {
		this.jdbc = jdbc;
		this.transactions = transactions;
		this.mailings = mailings;
		this.settings = settings;
		this.service = service;
		this.texts = texts;
		this.links = links;
		this.audiences = audiences;
		this.outbox = outbox;
		this.bounces = bounces;
	}

	@Scheduled(fixedDelayString = "${tinklas.newsletters.dispatch-interval}",
			initialDelayString = "${tinklas.newsletters.dispatch-interval}")
	void dispatchDue() {
		// the mailings due in every network: the platform's path, each then worked in its own network
		List<long[]> due = PlatformWide.run(() -> jdbc.sql("""
				select id, network_id from mailing where status in ('SCHEDULED', 'SENDING') and send_at <= :now
				order by send_at, id""")
			.param("now", Timestamp.from(Instant.now()))
			.query((rs, i) -> new long[] { rs.getLong(1), rs.getLong(2) })
			.list());
		for (long[] mailing : due) {
			Tenancy.runAs(mailing[1], () -> transactions.executeWithoutResult(status -> batch(mailing[0])));
		}
	}

	/** One batch of a mailing, as many mails as its network's rate allows since the last batch. */
	int batch(long mailingId) {
		Mailing mailing = mailings.lockForBatch(mailingId).orElse(null);
		Instant now = Instant.now();
		if (mailing == null || mailing.getSendAt() == null || mailing.getSendAt().isAfter(now)
				|| (mailing.getStatus() != MailingStatus.SCHEDULED && mailing.getStatus() != MailingStatus.SENDING)) {
			return 0;
		}
		int rate = settings.findFirstBy().map(NewsletterSettings::getRatePerMinute).orElse(NewsletterSettings.DEFAULT_RATE);
		long budget = mailing.getLastBatchAt() == null ? rate
				: Math.min(rate, rate * Duration.between(mailing.getLastBatchAt(), now).toMillis() / 60_000);
		if (budget < 1) {
			return 0;
		}
		long network = mailing.getNetworkId();
		List<Pending> pending = jdbc.sql("""
				select id, person_id, email, first_name, last_name, organization, language, bounce_token
				from mailing_recipient where network_id = :network and mailing_id = :mailing and state = 'PENDING'
				order by id limit :budget""")
			.param("network", network)
			.param("mailing", mailingId)
			.param("budget", budget)
			.query((rs, i) -> new Pending(rs.getLong(1), (Long) rs.getObject(2, Long.class), rs.getString(3),
					rs.getString(4), rs.getString(5), rs.getString(6), rs.getString(7), rs.getString(8)))
			.list();
		Map<Long, Exclusion> leftOut = audiences.leftOutNow(
				pending.stream().map(Pending::personId).filter(id -> id != null).toList());
		MailingTexts.Frame frame = texts.frame(network);
		String archive = mailing.isPublicArchive() ? links.archive(mailingId) : null;
		for (Pending person : pending) {
			Exclusion why = person.email() == null ? Exclusion.ERASED : leftOut.get(person.personId());
			if (why != null) {
				jdbc.sql("""
						update mailing_recipient set state = 'SKIPPED', skipped_why = :why
						where network_id = :network and id = :id""")
					.param("why", why.name())
					.param("network", network)
					.param("id", person.id())
					.update();
				continue;
			}
			String token = Tokens.random();
			MailingTexts.Written written = service.write(frame, mailing, person.language(),
					new MailingTexts.Reader(person.firstName(), person.lastName(), person.organization()),
					links.unsubscribe(token), archive);
			outbox.enqueueBulk(network, new BulkMail(Locale.forLanguageTag(person.language()), person.email(),
					written.subject(), written.text(), written.html(), links.unsubscribe(token), token,
					bounces.address() == null ? null : bounces.envelopeFor(person.bounceToken()),
					REFERENCE + person.id()));
			jdbc.sql("""
					update mailing_recipient set state = 'QUEUED', queued_at = :now, token = :token
					where network_id = :network and id = :id""")
				.param("now", Timestamp.from(now))
				.param("token", Tokens.hash(token))
				.param("network", network)
				.param("id", person.id())
				.update();
		}
		mailing.batchSent(now);
		if (pending.size() < budget) {
			mailing.finish(now);
		}
		mailings.saveAndFlush(mailing);
		return pending.size();
	}

	private record Pending(long id, Long personId, String email, String firstName, String lastName,
			String organization, String language, String bounceToken) {
	}

	/** A mailing's mail went out: its recipient counts as sent. Runs in the sender's transaction. */
	@EventListener
	void sent(MailSent event) {
		mark(event.networkId(), event.reference(), "SENT", event.at());
	}

	/** A mailing's mail failed its last attempt: its recipient counts as failed. */
	@EventListener
	void givenUp(MailGivenUp event) {
		mark(event.networkId(), event.reference(), "FAILED", null);
	}

	private void mark(long network, String reference, String state, Instant at) {
		if (!reference.startsWith(REFERENCE)) {
			return;
		}
		jdbc.sql("""
				update mailing_recipient set state = :state, sent_at = :at where network_id = :network and id = :id""")
			.param("state", state)
			.param("at", at == null ? null : Timestamp.from(at))
			.param("network", network)
			.param("id", Long.parseLong(reference.substring(REFERENCE.length())))
			.update();
	}
}
