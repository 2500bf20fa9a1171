package lt.tinklas.advocacy;

/** What kind of body an institution is. */
public enum InstitutionKind {
	MINISTRY, SEIMAS_COMMITTEE, GOVERNMENT, PRESIDENT_OFFICE, MUNICIPALITY, AGENCY, EU_BODY, OTHER
}
