package lt.tinklas.shared.retention;

import java.time.LocalDate;

/**
 * One kind of record a module removes when its time is over. The daily retention job calls every
 * step, inside its one transaction, for each network and once for the platform's own records; a
 * step returns how many records it removed or emptied and never says which.
 */
public interface RetentionStep {

	/** The kind, named in the record of runs and in the message {@code retention.kind.<kind>}. */
	String kind();

	/** Removes the network's records past their time on {@code today}; SQL scoped to the network. */
	default int applyToNetwork(long networkId, Retention retention, LocalDate today) {
		return 0;
	}

	/** Removes the platform's own records (those of no network) past their time on {@code today}. */
	default int applyToPlatform(LocalDate today) {
		return 0;
	}
}
