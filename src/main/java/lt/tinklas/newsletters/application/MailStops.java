package lt.tinklas.newsletters.application;

import java.sql.Timestamp;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.Optional;

import lt.tinklas.newsletters.domain.StopReason;
import lt.tinklas.newsletters.domain.DeliveryReport;
import lt.tinklas.newsletters.domain.MailStop;
import lt.tinklas.newsletters.domain.MailStopRecords;
import lt.tinklas.people.Consents;
import lt.tinklas.shared.tenancy.Tenancy;
import lt.tinklas.shared.text.Tokens;
import lt.tinklas.shared.web.NotFoundException;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * Addresses that get no more mailings. Unsubscribing from a mailing's link stops the address and
 * withdraws the person's consent to newsletters, without signing in and without another question.
 * A hard bounce (a permanent failure, 5.x.x) stops the address at once; soft bounces (4.x.x) after
 * three in 30 days. Staff may clear a bounced address, which counts its bounces afresh.
 */
@Service
public class MailStops {

	static final int SOFT_BOUNCES = 3;
	static final Duration SOFT_WINDOW = Duration.ofDays(30);

	private final MailStopRecords stops;
	private final JdbcClient jdbc;
	private final Consents consents;

	MailStops(MailStopRecords stops, JdbcClient jdbc, Consents consents) {
		this.stops = stops;
		this.jdbc = jdbc;
		this.consents = consents;
	}

	/** A stopped address as staff see it, with how many bounces led to it. */
	public record StoppedAddress(long id, String email, StopReason reason, Instant since, long bounces,
			String lastDiagnostic) {
	}

	/** Whether the token is one of a mail actually sent (the preview's and test's example link is not). */
	@Transactional(readOnly = true)
	public boolean known(String token) {
		return recipientOf(token).isPresent();
	}

	/**
	 * Stops the address of the mail the token came with; false for a token of no mail. Unsubscribing
	 * twice changes nothing the second time.
	 */
	@Transactional
	public boolean unsubscribe(String token) {
		Optional<Object[]> recipient = recipientOf(token);
		if (recipient.isEmpty()) {
			return false;
		}
		long id = (Long) recipient.get()[0];
		long mailingId = (Long) recipient.get()[1];
		Long personId = (Long) recipient.get()[2];
		String email = (String) recipient.get()[3];
		Instant now = Instant.now();
		jdbc.sql("""
				update mailing_recipient set unsubscribed_at = :now
				where network_id = :network and id = :id and unsubscribed_at is null""")
			.param("now", Timestamp.from(now))
			.param("network", Tenancy.current().orElseThrow())
			.param("id", id)
			.update();
		if (email != null && stops.findByEmailAndReason(email, StopReason.UNSUBSCRIBED).isEmpty()) {
			stops.saveAndFlush(new MailStop(email, StopReason.UNSUBSCRIBED, now, mailingId));
		}
		if (personId != null) {
			consents.withdrawNewsletters(personId);
		}
		return true;
	}

	private Optional<Object[]> recipientOf(String token) {
		if (token == null || token.isBlank() || token.length() > 100) {
			return Optional.empty();
		}
		return jdbc.sql("""
				select id, mailing_id, person_id, email from mailing_recipient where network_id = :network and token = :hash""")
			.param("network", Tenancy.current().orElseThrow())
			.param("hash", Tokens.hash(token))
			.query((rs, i) -> new Object[] { rs.getLong(1), rs.getLong(2), (Long) rs.getObject(3, Long.class),
					rs.getString(4) })
			.optional();
	}

	/**
	 * Records a bounce of the mail to one recipient (in the recipient's network): the recipient counts
	 * as bounced, and the address stops after a hard bounce or the third soft one in 30 days.
	 */
	@Transactional
	public void bounced(long recipientId, String email, DeliveryReport report) {
		long network = Tenancy.current().orElseThrow();
		Instant now = Instant.now();
		jdbc.sql("""
				insert into mail_bounce (network_id, email, recipient_id, hard, status, diagnostic, received_at)
				values (:network, :email, :recipient, :hard, :status, :diagnostic, :now)""")
			.param("network", network)
			.param("email", email)
			.param("recipient", recipientId)
			.param("hard", report.hard())
			.param("status", report.status() == null ? null : report.status().substring(0, Math.min(10, report.status().length())))
			.param("diagnostic", report.diagnostic())
			.param("now", Timestamp.from(now))
			.update();
		jdbc.sql("update mailing_recipient set bounced_at = :now where network_id = :network and id = :id and bounced_at is null")
			.param("now", Timestamp.from(now))
			.param("network", network)
			.param("id", recipientId)
			.update();
		long soft = jdbc.sql("""
				select count(*) from mail_bounce where network_id = :network and email = :email and not hard and not cleared
				  and received_at >= :since""")
			.param("network", network)
			.param("email", email)
			.param("since", Timestamp.from(now.minus(SOFT_WINDOW)))
			.query(Long.class)
			.single();
		if ((report.hard() || soft >= SOFT_BOUNCES) && stops.findByEmailAndReason(email, StopReason.BOUNCED).isEmpty()) {
			Long mailingId = jdbc.sql("select mailing_id from mailing_recipient where network_id = :network and id = :id")
				.param("network", network)
				.param("id", recipientId)
				.query(Long.class)
				.optional()
				.orElse(null);
			stops.saveAndFlush(new MailStop(email, StopReason.BOUNCED, now, mailingId));
		}
	}

	/** The bounced addresses, the latest first, with their bounces since the last clearing. */
	@Transactional(readOnly = true)
	public List<StoppedAddress> bouncedAddresses() {
		long network = Tenancy.current().orElseThrow();
		return stops.findByReasonOrderBySinceDesc(StopReason.BOUNCED)
			.stream()
			.map(stop -> {
				List<String> diagnostics = jdbc.sql("""
						select coalesce(diagnostic, status, '') from mail_bounce
						where network_id = :network and email = :email and not cleared order by received_at desc, id desc""")
					.param("network", network)
					.param("email", stop.getEmail())
					.query(String.class)
					.list();
				return new StoppedAddress(stop.getId(), stop.getEmail(), stop.getReason(), stop.getSince(),
						diagnostics.size(), diagnostics.isEmpty() ? null : diagnostics.get(0));
			})
			.toList();
	}

	/** Lets mail go to a bounced address again (its owner fixed their mailbox); the history keeps the clearing. */
	@Transactional
	public void clear(long stopId) {
		MailStop stop = stops.findById(stopId)
			.filter(s -> s.getReason() == StopReason.BOUNCED)
			.orElseThrow(() -> new NotFoundException("Bounced address"));
		jdbc.sql("update mail_bounce set cleared = true where network_id = :network and email = :email")
			.param("network", Tenancy.current().orElseThrow())
			.param("email", stop.getEmail())
			.update();
		stops.delete(stop);
		stops.flush();
	}
}
