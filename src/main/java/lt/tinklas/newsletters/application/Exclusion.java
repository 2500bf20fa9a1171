package lt.tinklas.newsletters.application;

/** Why a person of a segment gets no mailing. */
public enum Exclusion {
	NO_CONSENT, CONSENT_WITHDRAWN, UNSUBSCRIBED, BOUNCED, ERASED, NOT_IN_REGISTER
}
