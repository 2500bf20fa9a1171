package lt.tinklas.support;

/**
 * A member organization's stages on its way to a quality standard, in the order they come;
 * {@link #STOPPED} ends the way at any point and stands outside that order.
 */
public enum QualityStage {
	INTRODUCTORY_TRAINING, INDIVIDUAL_CONSULTING, IMPACT_TRAINING, INTERNAL_AUDIT, EXTERNAL_AUDIT, CERTIFIED, STOPPED;

	public boolean onThePath() {
		return this != STOPPED;
	}

	/** Whether this stage is the given one or comes after it on the path. */
	public boolean atOrPast(QualityStage other) {
		return onThePath() && other.onThePath() && ordinal() >= other.ordinal();
	}
}
