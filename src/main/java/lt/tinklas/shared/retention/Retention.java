package lt.tinklas.shared.retention;

/**
 * How long a network keeps what it no longer needs: the text of sent mail, registration requests
 * never confirmed, and the feedback and certificate links it mailed, in days; and after how many
 * years without activity a person is put before staff to erase or keep (null: never).
 */
public record Retention(int outboxBodyDays, int unconfirmedRegistrationDays, int feedbackLinkDays,
		Integer inactivePersonYears) {

	public static final Retention DEFAULT = new Retention(90, 30, 180, null);
}
