package lt.tinklas.newsletters.domain;

/** Why an address gets no more mailings: its owner unsubscribed, or mail to it bounced. */
public enum StopReason {
	UNSUBSCRIBED, BOUNCED
}
