package lt.tinklas.identity.security;

import java.time.Duration;

import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.DefaultValue;

/**
 * The growing delay after failed sign-ins ({@code tinklas.sign-in-delay.*}): after
 * {@code freeFailuresPerAccount} failures for one e-mail (or {@code freeFailuresPerAddress} from one
 * client address) each further try waits 2, 4, 8 ... seconds, at most {@code longest}; the count
 * is forgotten after {@code forgetAfter} without a failure, and for an account at its next sign-in.
 */
@ConfigurationProperties("tinklas.sign-in-delay")
record SignInDelaySettings(@DefaultValue("5") int freeFailuresPerAccount, @DefaultValue("50") int freeFailuresPerAddress,
		@DefaultValue("15m") Duration longest, @DefaultValue("24h") Duration forgetAfter,
		@DefaultValue("1h") Duration warnOwnerEvery) {

	/** The wait after the given number of failures in a row: none for the first free ones, then 2^n seconds. */
	Duration delayAfter(int failures, int free) {
		if (failures < free) {
			return Duration.ZERO;
		}
		int beyond = failures - free + 1;
		if (beyond >= 30) {
			return longest;
		}
		Duration grown = Duration.ofSeconds(1L << beyond);
		return grown.compareTo(longest) < 0 ? grown : longest;
	}
}
