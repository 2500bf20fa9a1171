package lt.tinklas.strategy.application;

/** Where an indicator stands for a year on a day. */
public enum IndicatorStatus {
	ACHIEVED, ON_TRACK, AT_RISK, MISSED, NO_TARGET
}
