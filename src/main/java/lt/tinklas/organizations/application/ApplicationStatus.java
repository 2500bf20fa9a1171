package lt.tinklas.organizations.application;

/** Where an application stands. */
public enum ApplicationStatus {
	PENDING, ACCEPTED, REJECTED
}
