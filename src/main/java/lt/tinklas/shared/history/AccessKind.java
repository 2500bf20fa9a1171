package lt.tinklas.shared.history;

/** What kind of reading the access log records; its label is the message {@code accessLog.kind.<name>}. */
public enum AccessKind {

	/** Everything the network holds about one person (GDPR Articles 15 and 20). */
	PERSONAL_DATA_EXPORT,

	/** Every attendee's certificate of a training in one file. */
	CERTIFICATES,

	/** A list of member organizations or of their people, as a file or through the API. */
	MEMBER_LIST
}
