package lt.tinklas.messaging.application;

import java.time.LocalDate;

import lt.tinklas.messaging.domain.OutboxMail;
import lt.tinklas.shared.retention.Retention;
import lt.tinklas.shared.retention.RetentionStep;
import lt.tinklas.shared.web.Formats;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;

/**
 * Empties the text of mail older than the network's period and drops its file: only the recipient,
 * subject, dates and status stay. Mail still waiting to be sent keeps its text and file; the
 * platform's own mail is kept as long as the default.
 */
@Component
class OutboxRetention implements RetentionStep {

	private final JdbcClient jdbc;

	OutboxRetention(JdbcClient jdbc) {
		this.jdbc = jdbc;
	}

	@Override
	public String kind() {
		return "outbox_bodies";
	}

	@Override
	public int applyToNetwork(long networkId, Retention retention, LocalDate today) {
		return jdbc.sql("""
				update outbox_mail set body = '', unsubscribe_url = null, link_secret = null,
				       attachment = null, attachment_name = null, attachment_type = null
				where network_id = :network and created_at < :before and (body <> '' or attachment is not null)
				  and (sent_at is not null or attempts >= :maxAttempts)""")
			.param("network", networkId)
			.param("before", today.minusDays(retention.outboxBodyDays()).atStartOfDay(Formats.VILNIUS).toOffsetDateTime())
			.param("maxAttempts", OutboxMail.MAX_ATTEMPTS)
			.update();
	}

	@Override
	public int applyToPlatform(LocalDate today) {
		return jdbc.sql("""
				update outbox_mail set body = '', unsubscribe_url = null, link_secret = null,
				       attachment = null, attachment_name = null, attachment_type = null
				where network_id is null and created_at < :before and (body <> '' or attachment is not null)
				  and (sent_at is not null or attempts >= :maxAttempts)""")
			.param("before",
					today.minusDays(Retention.DEFAULT.outboxBodyDays()).atStartOfDay(Formats.VILNIUS).toOffsetDateTime())
			.param("maxAttempts", OutboxMail.MAX_ATTEMPTS)
			.update();
	}
}
