package lt.tinklas.metrics;

/** What a metric's value is, so that a report or a page shows it as what it is. */
public enum MetricFormat {

	/** A whole number of records or people. */
	COUNT,

	/** A number that may have decimals, such as hours. */
	NUMBER,

	/** An average, shown with two decimals (a rating of 9,59). */
	AVERAGE,

	/** A share in percent, with one decimal. */
	PERCENT,

	/** An amount in euros. */
	MONEY
}
