package lt.tinklas.events.application;

import java.time.LocalDate;

import lt.tinklas.shared.retention.Retention;
import lt.tinklas.shared.retention.RetentionStep;
import lt.tinklas.shared.web.Formats;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;

/** A registration from the public page that was never confirmed goes after the network's period. */
@Component
class RegistrationRequestRetention implements RetentionStep {

	private final JdbcClient jdbc;

	RegistrationRequestRetention(JdbcClient jdbc) {
		this.jdbc = jdbc;
	}

	@Override
	public String kind() {
		return "unconfirmed_registrations";
	}

	@Override
	public int applyToNetwork(long networkId, Retention retention, LocalDate today) {
		return jdbc.sql("""
				delete from registration_request
				where network_id = :network and confirmed_at is null and created_at < :before""")
			.param("network", networkId)
			.param("before", today.minusDays(retention.unconfirmedRegistrationDays())
				.atStartOfDay(Formats.VILNIUS)
				.toOffsetDateTime())
			.update();
	}
}
