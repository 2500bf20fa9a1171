package lt.tinklas.identity;

import java.time.Duration;
import java.time.Instant;
import java.util.Locale;
import java.util.Optional;

import lt.tinklas.identity.application.CredentialNotices;
import lt.tinklas.identity.application.UserSessions;
import lt.tinklas.identity.domain.PasswordToken;
import lt.tinklas.identity.domain.PasswordTokenRecords;
import lt.tinklas.identity.domain.UserAccount;
import lt.tinklas.identity.domain.UserAccountRecords;
import lt.tinklas.messaging.Outbox;
import lt.tinklas.shared.text.Tokens;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.context.MessageSource;
import org.springframework.context.annotation.Lazy;
import org.springframework.security.crypto.password.PasswordEncoder;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/** One-time links by mail: to reset a forgotten password and to accept an invitation. */
@Service
public class PasswordLinks {

	static final Duration RESET_VALID = Duration.ofHours(2);
	static final Duration INVITATION_VALID = Duration.ofDays(7);

	private final PasswordTokenRecords tokens;
	private final UserAccountRecords accounts;
	private final PasswordEncoder passwords;
	private final Outbox outbox;
	private final MessageSource messages;
	private final String baseUrl;
	private final UserSessions sessions;
	private final AccountSettings settings;
	private final CredentialNotices notices;

	/** {@code settings} comes lazily: the tokens it revokes need Users, which mails its invitations through here. */
	PasswordLinks(PasswordTokenRecords tokens, UserAccountRecords accounts, PasswordEncoder passwords, Outbox outbox,
			MessageSource messages, @Value("${tinklas.base-url}") String baseUrl, UserSessions sessions,
			@Lazy AccountSettings settings, CredentialNotices notices) {
		this.notices = notices;
		this.tokens = tokens;
		this.accounts = accounts;
		this.passwords = passwords;
		this.outbox = outbox;
		this.messages = messages;
		this.baseUrl = baseUrl;
		this.sessions = sessions;
		this.settings = settings;
	}

	/** Mails a reset link when the address belongs to a user; says nothing either way. */
	@Transactional
	public void requestReset(String email, Locale locale) {
		accounts.findByLogin(email).ifPresent(user -> {
			String token = issue(user, RESET_VALID);
			outbox.enqueueWithSecret(null, locale, user.getEmail(),
					messages.getMessage("mail.reset.subject", null, locale), messages.getMessage("mail.reset.body",
							new Object[] { user.getDisplayName(), link(token) }, locale),
					null, token);
		});
	}

	@Transactional
	void sendInvitation(UserAccount user, long networkId, String networkName, Locale locale) {
		String token = issue(user, INVITATION_VALID);
		outbox.enqueueWithSecret(networkId, locale, user.getEmail(),
				messages.getMessage("mail.invitation.subject", new Object[] { networkName }, locale),
				messages.getMessage("mail.invitation.body",
						new Object[] { user.getDisplayName(), networkName, link(token) }, locale),
				null, token);
	}

	@Transactional(readOnly = true)
	public boolean usable(String token) {
		return tokens.findByTokenHash(hash(token)).filter(t -> t.usableAt(Instant.now())).isPresent();
	}

	/** Whether the link's user has API tokens (the form then asks whether to revoke them). */
	@Transactional(readOnly = true)
	public boolean ownerHasApiTokens(String token) {
		return tokens.findByTokenHash(hash(token)).map(t -> settings.hasTokens(t.getUserId())).orElse(false);
	}

	/**
	 * Sets the password of the link's user and ends all their sessions, and revokes their API tokens
	 * when asked; false when the link is unknown, used or expired.
	 */
	@Transactional
	public boolean setPassword(String token, String newPassword, boolean revokeApiTokens) {
		Optional<PasswordToken> found = tokens.findForUseByTokenHash(hash(token)).filter(t -> t.usableAt(Instant.now()));
		if (found.isEmpty()) {
			return false;
		}
		Users.validatePassword("password", newPassword);
		PasswordToken passwordToken = found.get();
		passwordToken.use(Instant.now());
		UserAccount user = accounts.findById(passwordToken.getUserId()).orElseThrow();
		// an invitation sets the first password: only a password that replaces another is told of
		boolean replaced = user.hasPassword();
		user.setPasswordHash(passwords.encode(newPassword));
		if (replaced) {
			notices.tell(user, CredentialNotices.Change.PASSWORD_RESET);
		}
		sessions.endAll(user.getId());
		if (revokeApiTokens) {
			settings.revokeAllTokens(user.getId());
		}
		return true;
	}

	/** A new token for the user; the caller mails its link. */
	private String issue(UserAccount user, Duration validFor) {
		String token = randomToken();
		tokens.save(new PasswordToken(user.getId(), hash(token), Instant.now().plus(validFor)));
		return token;
	}

	private String link(String token) {
		return baseUrl + "/password-reset/" + token;
	}

	static String randomToken() {
		return Tokens.random();
	}

	static String hash(String token) {
		return Tokens.hash(token);
	}
}
