package lt.tinklas.projects;

/** Where a project's money comes from. */
public enum SourceType {
	STATE_BUDGET, EU_STRUCTURAL_FUNDS, EEA_NORWAY_GRANTS, MUNICIPALITY, FOUNDATION, OTHER
}
