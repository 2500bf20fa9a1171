package lt.tinklas.newsletters.application;

import java.time.Duration;
import java.util.Optional;

import jakarta.mail.MessagingException;
import lt.tinklas.newsletters.domain.BounceMailbox;
import lt.tinklas.newsletters.domain.BounceSettings;
import lt.tinklas.newsletters.domain.DeliveryReport;
import lt.tinklas.shared.jobs.JobRuns;
import lt.tinklas.shared.tenancy.PlatformWide;
import lt.tinklas.shared.tenancy.Tenancy;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.scheduling.annotation.Scheduled;
import org.springframework.stereotype.Component;

/**
 * Reads the installation's bounce mailbox (once across the nodes) and records each delivery report
 * against the recipient its envelope sender names, in the recipient's network. A report naming no
 * recipient of a mailing is dropped; a report that cannot be recorded stays in the mailbox for the
 * next run.
 */
@Component
public class BounceReading {

	private static final Logger log = LoggerFactory.getLogger(BounceReading.class);
	private static final int PER_RUN = 500;

	private final BounceSettings settings;
	private final JdbcClient jdbc;
	private final MailStops stops;
	private final JobRuns jobs;

	BounceReading(BounceSettings settings, JdbcClient jdbc, MailStops stops, JobRuns jobs) {
		this.settings = settings;
		this.jdbc = jdbc;
		this.stops = stops;
		this.jobs = jobs;
	}

	@Scheduled(fixedDelayString = "${tinklas.newsletters.bounces.poll-interval}",
			initialDelayString = "${tinklas.newsletters.bounces.poll-interval}")
	void readOnce() {
		if (settings.reading()) {
			jobs.once("newsletter-bounces", Duration.ofSeconds(30), this::read);
		}
	}

	/** Reads what the mailbox holds now; answers how many messages were handled. */
	public int read() {
		try {
			return new BounceMailbox(settings).read(this::record, PER_RUN);
		}
		catch (MessagingException e) {
			log.warn("The bounce mailbox could not be read: {}", e.getMessage());
			return 0;
		}
	}

	private void record(DeliveryReport report) {
		if (report.token() == null) {
			return;
		}
		// the recipient is found by the token alone, in whichever network it is: the platform's path
		Optional<Object[]> recipient = PlatformWide.run(() -> jdbc.sql("""
				select id, network_id, email from mailing_recipient where bounce_token = :token""")
			.param("token", report.token())
			.query((rs, i) -> new Object[] { rs.getLong(1), rs.getLong(2), rs.getString(3) })
			.optional());
		if (recipient.isEmpty() || recipient.get()[2] == null) {
			return;
		}
		Tenancy.runAs((Long) recipient.get()[1],
				() -> stops.bounced((Long) recipient.get()[0], (String) recipient.get()[2], report));
	}
}
