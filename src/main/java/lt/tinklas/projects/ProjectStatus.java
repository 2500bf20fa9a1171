package lt.tinklas.projects;

/** Where a project is in its life. */
public enum ProjectStatus {
	PLANNED, APPLIED, ONGOING, COMPLETED, REJECTED
}
