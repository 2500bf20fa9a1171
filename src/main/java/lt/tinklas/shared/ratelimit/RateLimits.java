package lt.tinklas.shared.ratelimit;

import java.sql.Connection;
import java.sql.SQLException;
import java.time.Duration;
import java.util.Locale;
import java.util.function.Supplier;
import java.util.regex.Pattern;

import javax.sql.DataSource;

import io.github.bucket4j.BucketConfiguration;
import jakarta.servlet.http.HttpServletRequest;
import lt.tinklas.shared.jobs.JobRuns;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.scheduling.annotation.Scheduled;
import org.springframework.security.core.Authentication;
import org.springframework.security.core.context.SecurityContextHolder;
import org.springframework.stereotype.Component;

/**
 * The limits of the {@link Door doors}: {@code check(door, key)} takes one use of the caller's
 * bucket or throws {@link TooManyRequests} with the wait. On PostgreSQL the buckets are rows (every
 * node counts the same uses); on the embedded H2 database, which has one node, they are kept in memory.
 */
@Component
public class RateLimits {

	private static final Logger log = LoggerFactory.getLogger(RateLimits.class);
	private static final Pattern MAIL_ADDRESS = Pattern.compile("[^@\\s]+@[^@\\s]+\\.[^@\\s]+");

	private final RateLimitSettings settings;
	private final Buckets buckets;
	private final JobRuns runs;

	RateLimits(RateLimitSettings settings, DataSource dataSource, JobRuns runs) {
		this.settings = settings;
		this.runs = runs;
		this.buckets = isPostgreSql(dataSource) ? new DatabaseBuckets(dataSource) : new MemoryBuckets();
	}

	/** Takes one use of the caller's bucket at the door; over the limit, throws with the wait. */
	public void check(Door door, String key) {
		Duration wait = buckets.take(bucketKey(door, key), configuration(door));
		if (!wait.isZero()) {
			throw new TooManyRequests(wait);
		}
	}

	/** {@link #check} keyed by the client address (as Tomcat gives it: from X-Forwarded-For only behind a trusted proxy). */
	public void checkAddress(Door door, HttpServletRequest request) {
		check(door, request.getRemoteAddr());
	}

	/**
	 * {@link #check} keyed by an e-mail the request would mail; a text that is no address mails no
	 * one and takes nothing (the form says it is wrong).
	 */
	public void checkEmail(Door door, String email) {
		if (email != null && MAIL_ADDRESS.matcher(email.strip()).matches()) {
			check(door, email);
		}
	}

	/** {@link #check} keyed by the signed-in user and a scope (such as the network). */
	public void checkUser(Door door, Object scope) {
		Authentication user = SecurityContextHolder.getContext().getAuthentication();
		check(door, (user == null ? "anonymous" : user.getName()) + "@" + scope);
	}

	/** Takes one use if one is left; never throws (for doors that count failures after they happen). */
	public void count(Door door, String key) {
		buckets.take(bucketKey(door, key), configuration(door));
	}

	/** How long the caller must wait before the next use; zero when a use is left. Takes nothing. */
	public Duration waitFor(Door door, String key) {
		return buckets.waitFor(bucketKey(door, key), configuration(door));
	}

	/** The limit in force at the door (the setting, or the door's default). */
	public Limit limit(Door door) {
		return settings.of(door);
	}

	@Scheduled(fixedDelayString = "PT1H", initialDelayString = "PT10M")
	void hourly() {
		runs.once("rate-limit-buckets", Duration.ofMinutes(50), this::removeExpired);
	}

	void removeExpired() {
		int removed = buckets.removeExpired();
		if (removed > 0) {
			log.debug("Removed {} rate-limit buckets full again", removed);
		}
	}

	private Supplier<BucketConfiguration> configuration(Door door) {
		return () -> {
			Limit limit = settings.of(door);
			return BucketConfiguration.builder()
				.addLimit(bandwidth -> bandwidth.capacity(limit.capacity()).refillGreedy(limit.capacity(), limit.period()))
				.build();
		};
	}

	/** The door and the key; a long key (an e-mail) is cut, as the table's key has room for 400 characters. */
	private static String bucketKey(Door door, String key) {
		String whole = door.settingName() + ":" + (key == null ? "" : key.strip().toLowerCase(Locale.ROOT));
		return whole.length() <= 400 ? whole : whole.substring(0, 400);
	}

	private static boolean isPostgreSql(DataSource dataSource) {
		try (Connection connection = dataSource.getConnection()) {
			return connection.getMetaData().getDatabaseProductName().toLowerCase(Locale.ROOT).contains("postgresql");
		}
		catch (SQLException e) {
			throw new IllegalStateException("Cannot tell which database holds the rate limits", e);
		}
	}
}
