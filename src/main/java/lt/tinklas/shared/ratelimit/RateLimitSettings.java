package lt.tinklas.shared.ratelimit;

import java.util.Map;

import org.springframework.boot.context.properties.ConfigurationProperties;

/** The limits changed by settings ({@code tinklas.rate-limits.<door>.capacity/period}); the rest keep their defaults. */
@ConfigurationProperties("tinklas")
record RateLimitSettings(Map<Door, Limit> rateLimits) {

	RateLimitSettings {
		rateLimits = rateLimits == null ? Map.of() : Map.copyOf(rateLimits);
	}

	Limit of(Door door) {
		Limit set = rateLimits.get(door);
		return set == null ? door.defaultLimit() : set.orElse(door.defaultLimit());
	}
}
