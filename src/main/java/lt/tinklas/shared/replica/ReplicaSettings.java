package lt.tinklas.shared.replica;

import java.time.Duration;

import org.springframework.core.env.Environment;

/**
 * The read replica's settings: where it is ({@code tinklas.replica.url}, empty: no replica), how far
 * behind the primary it may be before reads go to the primary ({@code max-lag}), how long a caller's
 * reads go to the primary after they changed something ({@code own-writes}), and how long the replica
 * is left alone after it failed to answer ({@code retry-after}).
 */
record ReplicaSettings(String url, String username, String password, Duration maxLag, Duration ownWrites,
		Duration retryAfter, int poolSize) {

	static ReplicaSettings from(Environment environment) {
		return new ReplicaSettings(environment.getProperty("tinklas.replica.url", ""),
				environment.getProperty("tinklas.replica.username", ""),
				environment.getProperty("tinklas.replica.password", ""),
				environment.getProperty("tinklas.replica.max-lag", Duration.class, Duration.ofSeconds(30)),
				environment.getProperty("tinklas.replica.own-writes", Duration.class, Duration.ofSeconds(15)),
				environment.getProperty("tinklas.replica.retry-after", Duration.class, Duration.ofSeconds(10)),
				environment.getProperty("tinklas.replica.pool-size", Integer.class, 10));
	}

	boolean configured() {
		return !url.isBlank();
	}
}
