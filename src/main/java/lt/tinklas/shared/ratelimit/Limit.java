package lt.tinklas.shared.ratelimit;

import java.time.Duration;

/** At most {@code capacity} uses per {@code period}; a setting that leaves one out keeps the door's default. */
public record Limit(Integer capacity, Duration period) {

	Limit orElse(Limit fallback) {
		return new Limit(capacity == null ? fallback.capacity() : capacity,
				period == null ? fallback.period() : period);
	}

	/** How long one use takes to come back. */
	Duration perUse() {
		return period.dividedBy(capacity);
	}
}
