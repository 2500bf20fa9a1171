package lt.tinklas.identity.factors;

import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.Instant;
import java.time.LocalDateTime;
import java.time.ZoneId;
import java.util.List;

import lt.tinklas.identity.application.CredentialNotices;
import lt.tinklas.shared.web.NotFoundException;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * A user's passkeys as Spring Security's passkey support keeps them (a user entity named by the
 * user's e-mail, its credentials): listed and removed here by their owner only.
 */
@Service
public class Passkeys {

	private static final String OF_USER = """
			select c.credential_id, c.label, c.created, c.last_used
			from user_credentials c join user_entities e on e.id = c.user_entity_user_id
			where e.name = ?""";

	private final JdbcClient jdbc;
	private final CredentialNotices notices;

	Passkeys(JdbcClient jdbc, CredentialNotices notices) {
		this.jdbc = jdbc;
		this.notices = notices;
	}

	public record Passkey(String id, String label, Instant created, Instant lastUsed) {
	}

	@Transactional(readOnly = true)
	public List<Passkey> of(String email) {
		return jdbc.sql(OF_USER + " order by c.created, c.credential_id").param(email).query(Passkeys::passkey).list();
	}

	@Transactional(readOnly = true)
	public boolean any(String email) {
		return jdbc.sql("select count(*) from user_credentials c join user_entities e on e.id = c.user_entity_user_id where e.name = ?")
			.param(email)
			.query(Integer.class)
			.single() > 0;
	}

	/** Removes one of the user's passkeys; another user's, or one that does not exist, is not found. */
	@Transactional
	public void delete(String email, String credentialId) {
		boolean own = jdbc.sql(OF_USER + " and c.credential_id = ?").params(email, credentialId).query(Passkeys::passkey)
			.optional()
			.isPresent();
		if (!own) {
			throw new NotFoundException("Passkey");
		}
		jdbc.sql("delete from user_credentials where credential_id = ?").param(credentialId).update();
		notices.tell(email, CredentialNotices.Change.PASSKEY_REMOVED);
	}

	private static Passkey passkey(ResultSet row, int number) throws SQLException {
		return new Passkey(row.getString("credential_id"), row.getString("label"), instant(row.getObject("created", LocalDateTime.class)),
				instant(row.getObject("last_used", LocalDateTime.class)));
	}

	/** Spring Security writes these as timestamps without a zone, in the JVM's zone; read back the same way. */
	private static Instant instant(LocalDateTime time) {
		return time == null ? null : time.atZone(ZoneId.systemDefault()).toInstant();
	}
}
