package lt.tinklas.identity.application;

import java.time.LocalDate;
import java.time.OffsetDateTime;

import lt.tinklas.shared.retention.RetentionStep;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;

/** Password and invitation links, once used or expired, serve nobody: they go at the next run. */
@Component
class PasswordTokenRetention implements RetentionStep {

	private final JdbcClient jdbc;

	PasswordTokenRetention(JdbcClient jdbc) {
		this.jdbc = jdbc;
	}

	@Override
	public String kind() {
		return "password_tokens";
	}

	@Override
	public int applyToPlatform(LocalDate today) {
		return jdbc.sql("delete from password_token where used_at is not null or expires_at < :now")
			.param("now", OffsetDateTime.now())
			.update();
	}
}
