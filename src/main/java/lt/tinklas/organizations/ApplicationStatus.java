package lt.tinklas.organizations;

/** Where an application stands. */
public enum ApplicationStatus {
	PENDING, ACCEPTED, REJECTED
}
