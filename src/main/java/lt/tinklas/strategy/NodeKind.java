package lt.tinklas.strategy;

/** The levels of a strategy's tree, from the top. */
public enum NodeKind {
	DIRECTION, GOAL, TASK, MEASURE, RESULT;

	/** Whether a node of this kind may sit under a parent of the given kind (null: at the top). */
	public boolean mayBeUnder(NodeKind parent) {
		if (parent == null) {
			return this == DIRECTION;
		}
		return this != DIRECTION && ordinal() > parent.ordinal() && (this != GOAL || parent == DIRECTION)
				&& (parent != DIRECTION || this == GOAL);
	}
}
