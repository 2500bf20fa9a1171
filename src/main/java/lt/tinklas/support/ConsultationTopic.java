package lt.tinklas.support;

/** What a consultation with a member organization was about. */
public enum ConsultationTopic {
	QUALITY, TRANSPARENCY, REPORTING, LAW, FUNDING, MANAGEMENT, OTHER
}
