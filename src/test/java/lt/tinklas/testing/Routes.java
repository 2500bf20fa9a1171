package lt.tinklas.testing;

import java.util.EnumMap;
import java.util.Map;

import lt.tinklas.networks.Networks;
import org.springframework.context.ApplicationContext;

/**
 * The rows of the role table (identity's {@code RoleAccessTests}): a route, what it is asked with,
 * and what each caller gets. Each module keeps its own table beside its tests.
 */
public final class Routes {

	/** Sent to sign in. */
	public static final int LOGIN = 1302;
	public static final int OK = 200;
	public static final int REDIRECT = 302;

	private Routes() {
	}

	/** The callers, in the order of a row's expectations. */
	public enum Who {
		ANONYMOUS, PLATFORM_ADMIN, NETWORK_ADMIN, STAFF, BOARD, MEMBER_REP
	}

	/** A route and what each caller gets: an HTTP status, or {@link #LOGIN}. */
	public record Route(String method, String pattern, String path, Map<String, String> form, String json,
			Map<Who, Integer> expected) {

		public boolean isApi() {
			return pattern.startsWith("/api/");
		}
	}

	/** What a module's table may use to make the records its routes name: the application and NSMOT's member organization. */
	public record Fixture(ApplicationContext context, long organizationId) {

		public <T> T bean(Class<T> type) {
			return context.getBean(type);
		}

		public long nsmot() {
			return bean(Networks.class).bySlug("nsmot").orElseThrow().id();
		}
	}

	/** A page: a form's fields for a POST, what each caller gets in the order of {@link Who}. */
	public static Route page(String method, String pattern, String path, Map<String, String> form, int... expected) {
		return new Route(method, pattern, path, form, null, expectations(expected));
	}

	/** An API call with its JSON body, what each caller gets in the order of {@link Who}. */
	public static Route api(String method, String pattern, String path, String json, int... expected) {
		return new Route(method, pattern, path, null, json, expectations(expected));
	}

	private static Map<Who, Integer> expectations(int... expected) {
		Map<Who, Integer> map = new EnumMap<>(Who.class);
		for (Who who : Who.values()) {
			map.put(who, expected[who.ordinal()]);
		}
		return map;
	}
}
