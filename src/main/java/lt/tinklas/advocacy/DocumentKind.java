package lt.tinklas.advocacy;

/** What an outgoing document is. */
public enum DocumentKind {
	POSITION, LETTER, PROPOSAL, APPEAL, COMMENT_ON_DRAFT_LAW
}
