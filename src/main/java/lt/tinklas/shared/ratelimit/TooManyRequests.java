package lt.tinklas.shared.ratelimit;

import java.time.Duration;

/** A caller went over a limit: answered 429 with how long to wait (see {@link TooManyRequestsAnswers}). */
public class TooManyRequests extends RuntimeException {

	private final Duration wait;

	public TooManyRequests(Duration wait) {
		super("Too many requests; retry after " + wait);
		this.wait = wait;
	}

	/** The wait in whole seconds, at least one: what {@code Retry-After} says. */
	public long retryAfterSeconds() {
		long seconds = wait.getSeconds() + (wait.getNano() > 0 ? 1 : 0);
		return Math.max(1, seconds);
	}
}
