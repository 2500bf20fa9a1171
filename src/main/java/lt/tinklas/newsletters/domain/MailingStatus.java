package lt.tinklas.newsletters.domain;

/** Where a mailing stands: written, ordered sent for a time, being sent, or all sent. */
public enum MailingStatus {
	DRAFT, SCHEDULED, SENDING, SENT
}
