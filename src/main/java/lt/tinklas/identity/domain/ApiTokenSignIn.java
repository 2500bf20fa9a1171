package lt.tinklas.identity.domain;

import java.sql.Timestamp;
import java.time.Instant;
import java.time.OffsetDateTime;
import java.util.Optional;

import lt.tinklas.identity.SignedInUser;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;

/**
 * Who a personal token signs in, in one statement: an API call pays one indexed lookup for its
 * token, not a transaction. When the token was last used is written at most once a minute, by a
 * statement that changes nothing when another call has just written it.
 */
@Component
public class ApiTokenSignIn {

	private final JdbcClient jdbc;

	ApiTokenSignIn(JdbcClient jdbc) {
		this.jdbc = jdbc;
	}

	/** The token's user, if the token (by its hash) exists; its last use becomes {@code now} if a minute has passed. */
	public Optional<SignedInUser> signIn(String tokenHash, Instant now) {
		record Found(long token, OffsetDateTime lastUsed, SignedInUser user) {
		}
		Optional<Found> found = jdbc.sql("""
				select t.id, t.last_used_at, u.id, u.email, u.display_name, u.password_hash, u.language,
				       u.platform_admin, u.enabled
				from api_token t join user_account u on u.id = t.user_id
				where t.token_hash = ?""")
			.param(tokenHash)
			.query((rs, i) -> new Found(rs.getLong(1), rs.getObject(2, OffsetDateTime.class),
					new SignedInUser(rs.getLong(3), rs.getString(4), rs.getString(5), rs.getString(6), rs.getString(7),
							rs.getBoolean(8), rs.getBoolean(9))))
			.optional();
		found.filter(f -> f.lastUsed() == null || !f.lastUsed().toInstant().isAfter(now.minusSeconds(60)))
			.ifPresent(f -> jdbc.sql("""
					update api_token set last_used_at = ?
					where id = ? and (last_used_at is null or last_used_at <= ?)""")
				.param(Timestamp.from(now))
				.param(f.token())
				.param(Timestamp.from(now.minusSeconds(60)))
				.update());
		return found.map(Found::user);
	}
}
