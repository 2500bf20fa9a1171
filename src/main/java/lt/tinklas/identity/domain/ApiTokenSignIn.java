package lt.tinklas.identity.domain;

import java.sql.Timestamp;
import java.time.Instant;
import java.time.OffsetDateTime;
import java.util.Objects;

import lt.tinklas.identity.SignedInUser;
import lt.tinklas.shared.tenancy.PlatformWide;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;

/**
 * Who a personal token signs in, in one statement: an API call pays one indexed lookup for its
 * token, not a transaction. When and from where the token was last used is written at most once a
 * minute (or at once from another address), by a statement that changes nothing when another call
 * has just written it.
 */
@Component
public class ApiTokenSignIn {

	/** Longest client address kept (an IPv6 address with its zone fits). */
	static final int ADDRESS_LENGTH = 64;

	private final JdbcClient jdbc;

	ApiTokenSignIn(JdbcClient jdbc) {
		this.jdbc = jdbc;
	}

	/** What a token is: unknown, revoked, expired, or valid for its user limited to its reach. */
	public enum Outcome {
		VALID, EXPIRED, REVOKED, UNKNOWN
	}

	/**
	 * The result of a sign-in: the outcome and, unless the token is unknown, its owner (limited to
	 * the token's network and access) and the owner's language.
	 */
	public record Result(Outcome outcome, SignedInUser user, String language) {

		static Result unknown() {
			return new Result(Outcome.UNKNOWN, null, null);
		}
	}

	/**
	 * Signs in by the token's hash. A valid token's last use becomes {@code now} from {@code address}
	 * if a minute has passed or the address changed.
	 */
	public Result signIn(String tokenHash, Instant now, String address) {
		// a token is found by its hash before anyone knows its network: the platform's path
		return PlatformWide.run(() -> signInByHash(tokenHash, now, address));
	}

	private Result signInByHash(String tokenHash, Instant now, String address) {
		record Found(long token, OffsetDateTime lastUsed, String lastFrom, Long networkId, boolean platformWide,
				boolean readOnly, OffsetDateTime expires, OffsetDateTime revoked, SignedInUser user) {
		}
		Found found = jdbc.sql("""
				select t.id, t.last_used_at, t.last_used_from, t.network_id, t.platform_wide, t.read_only,
				       t.expires_at, t.revoked_at,
				       u.id, u.email, u.display_name, u.password_hash, u.language,
				       u.platform_admin, u.enabled
				from api_token t join user_account u on u.id = t.user_id
				where t.token_hash = ?""")
			.param(tokenHash)
			.query((rs, i) -> new Found(rs.getLong(1), rs.getObject(2, OffsetDateTime.class), rs.getString(3),
						rs.getObject(4, Long.class), rs.getBoolean(5), rs.getBoolean(6),
						rs.getObject(7, OffsetDateTime.class), rs.getObject(8, OffsetDateTime.class),
						new SignedInUser(rs.getLong(9), rs.getString(10), rs.getString(11), rs.getString(12),
								rs.getString(13), rs.getBoolean(14), rs.getBoolean(15))))
			.optional()
			.orElse(null);
		if (found == null) {
			return Result.unknown();
		}
		String language = found.user().language();
		if (found.revoked() != null) {
			return new Result(Outcome.REVOKED, found.user(), language);
		}
		if (!found.expires().toInstant().isAfter(now)) {
			return new Result(Outcome.EXPIRED, found.user(), language);
		}
		// a platform-wide token is the platform admin's; it reaches nothing once they no longer are
		if (found.platformWide() && !found.user().platformAdmin()) {
			return new Result(Outcome.REVOKED, found.user(), language);
		}
		String from = address == null ? null
				: address.length() > ADDRESS_LENGTH ? address.substring(0, ADDRESS_LENGTH) : address;
		boolean minutePassed = found.lastUsed() == null || !found.lastUsed().toInstant().isAfter(now.minusSeconds(60));
		if (minutePassed || !Objects.equals(from, found.lastFrom())) {
			jdbc.sql("""
					update api_token set last_used_at = ?, last_used_from = ?
					where id = ? and (last_used_at is null or last_used_at <= ?
					                  or last_used_from is null or last_used_from <> ?)""")
				.param(Timestamp.from(now))
				.param(from)
				.param(found.token())
				.param(Timestamp.from(now.minusSeconds(60)))
				.param(from == null ? "" : from)
				.update();
		}
		return new Result(Outcome.VALID, found.user().throughToken(found.networkId(), found.readOnly()), language);
	}
}
