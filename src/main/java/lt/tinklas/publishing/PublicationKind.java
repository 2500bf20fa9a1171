package lt.tinklas.publishing;

/** What a publication is, as the public list groups them. */
public enum PublicationKind {
	ANNUAL_REPORT, BOOKLET, CALENDAR, ANALYSIS, OTHER
}
