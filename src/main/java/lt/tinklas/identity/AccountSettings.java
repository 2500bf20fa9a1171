package lt.tinklas.identity;

import lt.tinklas.identity.application.ApiTokens;
import lt.tinklas.identity.application.CredentialNotices;
import lt.tinklas.identity.domain.UserAccount;
import lt.tinklas.identity.domain.UserAccountRecords;
import lt.tinklas.shared.web.InvalidInputException;
import lt.tinklas.shared.web.NotFoundException;
import org.springframework.security.crypto.password.PasswordEncoder;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/** What a user manages about themselves: the password, the language (personal API tokens: {@code application.ApiTokens}). */
@Service
public class AccountSettings {

	private final UserAccountRecords accounts;
	private final PasswordEncoder passwords;
	private final CredentialNotices notices;
	private final ApiTokens tokens;

	AccountSettings(UserAccountRecords accounts, PasswordEncoder passwords, CredentialNotices notices, ApiTokens tokens) {
		this.accounts = accounts;
		this.passwords = passwords;
		this.notices = notices;
		this.tokens = tokens;
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

	/**
	 * Revokes every API token of the user still in force, as when the password may have been known to
	 * someone else; how many.
	 */
	public int revokeAllTokens(long userId) {
		return tokens.revokeAll(userId);
	}

	/** Whether the user has a token in force (then a password change asks whether to revoke them). */
	public boolean hasTokens(long userId) {
		return tokens.of(userId).stream().anyMatch(ApiTokens.TokenSummary::active);
	}

	@Transactional(readOnly = true)
	public Profile profile(long userId) {
		UserAccount user = accounts.findById(userId).orElseThrow(() -> new NotFoundException("User"));
		return new Profile(user.getId(), user.getEmail(), user.getDisplayName(), user.getLanguage(),
				user.isPlatformAdmin());
	}

	public record Profile(long id, String email, String displayName, String language, boolean platformAdmin) {
	}
}
