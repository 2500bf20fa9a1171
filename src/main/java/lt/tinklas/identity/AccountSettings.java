package lt.tinklas.identity;

import java.time.Instant;
import java.util.List;

import lt.tinklas.identity.application.CredentialNotices;
import lt.tinklas.identity.domain.ApiToken;
import lt.tinklas.identity.domain.ApiTokenRecords;
import lt.tinklas.identity.domain.UserAccount;
import lt.tinklas.identity.domain.UserAccountRecords;
import lt.tinklas.shared.web.InvalidInputException;
import lt.tinklas.shared.web.NotFoundException;
import org.springframework.security.crypto.password.PasswordEncoder;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/** What a user manages about themselves: the password, the language, personal API tokens. */
@Service
public class AccountSettings {

	private final UserAccountRecords accounts;
	private final ApiTokenRecords tokens;
	private final PasswordEncoder passwords;
	private final CredentialNotices notices;

	AccountSettings(UserAccountRecords accounts, ApiTokenRecords tokens, PasswordEncoder passwords,
			CredentialNotices notices) {
		this.accounts = accounts;
		this.tokens = tokens;
		this.passwords = passwords;
		this.notices = notices;
	}

	@Transactional
	public void changePassword(long userId, String current, String newPassword) {
		UserAccount user = accounts.findById(userId).orElseThrow(() -> new NotFoundException("User"));
		if (current == null || !passwords.matches(current, user.getPasswordHash())) {
			throw InvalidInputException.of("current", "password.error.wrongCurrent");
		}
		Users.validatePassword("password", newPassword);
		user.setPasswordHash(passwords.encode(newPassword));
		notices.tell(user, CredentialNotices.Change.PASSWORD_CHANGED);
	}

	/** Creates a token and returns it; it is shown this once and only its hash is kept. */
	@Transactional
	public String createToken(long userId, String name) {
		String token = ApiTokenHashes.newToken();
		tokens.save(new ApiToken(userId, name, ApiTokenHashes.hash(token)));
		return token;
	}

	@Transactional
	public void deleteToken(long userId, long tokenId) {
		tokens.delete(tokens.findByIdAndUserId(tokenId, userId).orElseThrow(() -> new NotFoundException("Token")));
	}

	/**
	 * Takes away every API token of the user, as when the password may have been known to someone
	 * else: the one place a token is revoked in bulk.
	 */
	@Transactional
	public int revokeAllTokens(long userId) {
		List<ApiToken> all = tokens.findByUserIdOrderByCreatedAtDesc(userId);
		tokens.deleteAll(all);
		return all.size();
	}

	@Transactional(readOnly = true)
	public boolean hasTokens(long userId) {
		return !tokens.findByUserIdOrderByCreatedAtDesc(userId).isEmpty();
	}

	@Transactional(readOnly = true)
	public List<TokenSummary> tokens(long userId) {
		return tokens.findByUserIdOrderByCreatedAtDesc(userId)
			.stream()
			.map(t -> new TokenSummary(t.getId(), t.getName(), t.getCreatedAt(), t.getLastUsedAt()))
			.toList();
	}

	@Transactional(readOnly = true)
	public Profile profile(long userId) {
		UserAccount user = accounts.findById(userId).orElseThrow(() -> new NotFoundException("User"));
		return new Profile(user.getId(), user.getEmail(), user.getDisplayName(), user.getLanguage(),
				user.isPlatformAdmin());
	}

	public record TokenSummary(long id, String name, Instant createdAt, Instant lastUsedAt) {
	}

	public record Profile(long id, String email, String displayName, String language, boolean platformAdmin) {
	}
}
