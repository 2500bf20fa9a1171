package lt.tinklas.identity.application;

import java.time.Instant;
import java.util.Locale;

import lt.tinklas.identity.domain.UserAccount;
import lt.tinklas.identity.domain.UserAccountRecords;
import lt.tinklas.messaging.Outbox;
import lt.tinklas.shared.web.Formats;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.context.MessageSource;
import org.springframework.stereotype.Component;

/**
 * Tells a user by mail when the way into their account changed (a new password, a passkey added or
 * removed, one-time codes turned on or off), so that a change they did not make does not go
 * unnoticed (ASVS 2.2.3, 2.5.5). The mail says what changed and when, never a secret, and how to take
 * the account back.
 */
@Component
public class CredentialNotices {

	/** What changed; each has its sentence in the message bundles ({@code mail.credentials.<key>}). */
	public enum Change {
		PASSWORD_CHANGED("passwordChanged"), PASSWORD_RESET("passwordReset"), PASSKEY_ADDED("passkeyAdded"),
		PASSKEY_REMOVED("passkeyRemoved"), TWO_FACTOR_ON("twoFactorOn"), TWO_FACTOR_OFF("twoFactorOff"),
		RECOVERY_CODE_USED("recoveryCodeUsed");

		private final String key;

		Change(String key) {
			this.key = key;
		}
	}

	private final Outbox outbox;
	private final MessageSource messages;
	private final Formats formats;
	private final String baseUrl;

	private final UserAccountRecords accounts;

	CredentialNotices(Outbox outbox, MessageSource messages, Formats formats, UserAccountRecords accounts,
			@Value("${tinklas.base-url}") String baseUrl) {
		this.accounts = accounts;
		this.outbox = outbox;
		this.formats = formats;
		this.messages = messages;
		this.baseUrl = baseUrl;
	}

	/** The same, for the user of this id (none for a user that no longer exists). */
	public void tell(long userId, Change change) {
		accounts.findById(userId).ifPresent(user -> tell(user, change));
	}

	/** The same, for the user who signs in with this e-mail. */
	public void tell(String email, Change change) {
		accounts.findByLogin(email).ifPresent(user -> tell(user, change));
	}

	/** Must run inside the transaction of the change, so that no mail tells of a change that was undone. */
	public void tell(UserAccount user, Change change) {
		Locale locale = Locale.forLanguageTag(user.getLanguage());
		String when = formats.dateTime(Instant.now());
		outbox.enqueue(null, locale, user.getEmail(), messages.getMessage("mail.credentials.subject", null, locale),
				messages.getMessage("mail.credentials.body", new Object[] { user.getDisplayName(),
						messages.getMessage("mail.credentials." + change.key, null, locale), when,
						baseUrl + "/password-reset" }, locale));
	}
}
