package lt.tinklas.identity;

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

	AccountSettings(UserAccountRecords accounts, PasswordEncoder passwords) {
		this.accounts = accounts;
		this.passwords = passwords;
	}

	@Transactional
	public void changePassword(long userId, String current, String newPassword) {
		UserAccount user = accounts.findById(userId).orElseThrow(() -> new NotFoundException("User"));
		if (current == null || !passwords.matches(current, user.getPasswordHash())) {
			throw InvalidInputException.of("current", "password.error.wrongCurrent");
		}
		Users.validatePassword("password", newPassword);
		user.setPasswordHash(passwords.encode(newPassword));
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
