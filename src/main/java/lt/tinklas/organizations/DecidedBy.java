package lt.tinklas.organizations;

/** The body that decided on a membership. */
public enum DecidedBy {
	GENERAL_ASSEMBLY, BOARD
}
