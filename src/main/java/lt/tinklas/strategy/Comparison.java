package lt.tinklas.strategy;

/** How an indicator's actual is held against its target. */
public enum Comparison {
	AT_LEAST, AT_MOST, EXACTLY
}
