package lt.tinklas.shared.ratelimit;

import java.time.Duration;

/**
 * A way into Tinklas that anyone can knock on, with how often one caller (an address, an account,
 * an e-mail, a user) may use it: {@code capacity} times per {@code period}, a use coming back
 * evenly over the period. Each can be changed by the setting
 * {@code tinklas.rate-limits.<door in kebab case>.capacity} and {@code .period}.
 */
public enum Door {

	/** Failed sign-ins (page or API) from one client address. */
	SIGN_IN_ADDRESS(100, Duration.ofHours(1)),
	/** Failed sign-ins (page or API) for one e-mail, whether it has an account or not. */
	SIGN_IN_ACCOUNT(20, Duration.ofHours(1)),
	/** Password-reset requests from one client address. */
	PASSWORD_RESET_ADDRESS(30, Duration.ofHours(1)),
	/** Password-reset requests for one e-mail. */
	PASSWORD_RESET_EMAIL(5, Duration.ofHours(1)),
	/** Invitations (of a user to a network, of people to an event) sent by one user in one network. */
	INVITATION(100, Duration.ofHours(1)),
	/** Registrations for public events from one client address. */
	EVENT_REGISTRATION_ADDRESS(30, Duration.ofHours(1)),
	/** Registrations for public events that mail one e-mail. */
	EVENT_REGISTRATION_EMAIL(5, Duration.ofHours(1)),
	/** Membership applications (public page and API) from one client address. */
	MEMBERSHIP_APPLICATION(20, Duration.ofHours(1)),
	/** Mailed links opened or answered (feedback, certificate, new link, personal data) from one address. */
	PUBLIC_LINK(120, Duration.ofHours(1)),
	/** Requests for a personal-data export link from one client address. */
	EXPORT_LINK_ADDRESS(20, Duration.ofHours(1)),
	/** Requests for a personal-data export link for one e-mail. */
	EXPORT_LINK_EMAIL(5, Duration.ofHours(1)),
	/** Calls of the REST API by one signed-in user or personal token. */
	API(1200, Duration.ofMinutes(1));

	private final Limit defaultLimit;

	Door(int capacity, Duration period) {
		this.defaultLimit = new Limit(capacity, period);
	}

	public Limit defaultLimit() {
		return defaultLimit;
	}

	/** The name of its settings: {@code PASSWORD_RESET_EMAIL} is {@code password-reset-email}. */
	public String settingName() {
		return name().toLowerCase(java.util.Locale.ROOT).replace('_', '-');
	}
}
