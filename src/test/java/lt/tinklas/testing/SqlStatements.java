package lt.tinklas.testing;

import java.io.IOException;
import java.lang.reflect.InvocationHandler;
import java.lang.reflect.InvocationTargetException;
import java.lang.reflect.Method;
import java.lang.reflect.Proxy;
import java.sql.Connection;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;
import java.util.function.BiFunction;

import javax.sql.DataSource;

import jakarta.servlet.FilterChain;
import jakarta.servlet.ServletException;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import org.springframework.beans.factory.config.BeanPostProcessor;
import org.springframework.core.Ordered;
import org.springframework.core.annotation.Order;
import org.springframework.web.filter.OncePerRequestFilter;

/**
 * Counts the SQL statements each HTTP request runs, whatever runs them (Hibernate, JdbcClient):
 * every statement a connection prepares while a request is served on that thread. A test reads the
 * count of the last request to an address; mail and other background jobs run on other threads and
 * are not counted. A deterministic measure of a page's cost, unlike a stopwatch.
 */
public final class SqlStatements {

	private static final Set<String> STATEMENT_METHODS = Set.of("prepareStatement", "createStatement", "prepareCall");
	private static final ThreadLocal<int[]> CURRENT = new ThreadLocal<>();
	private static final Map<String, Integer> LAST = new ConcurrentHashMap<>();

	private SqlStatements() {
	}

	/** The statements the last request to the address (path and query, as requested) ran. */
	public static int ofLastRequestTo(String pathAndQuery) {
		Integer count = LAST.get(pathAndQuery);
		if (count == null) {
			throw new AssertionError("No request to " + pathAndQuery + " was counted");
		}
		return count;
	}

	/** Wraps the application's data source so that its connections count the statements they prepare. */
	static class Counting implements BeanPostProcessor {

		@Override
		public Object postProcessAfterInitialization(Object bean, String beanName) {
			if (bean instanceof DataSource dataSource && !(Proxy.isProxyClass(bean.getClass()))) {
				return Proxy.newProxyInstance(SqlStatements.class.getClassLoader(), new Class<?>[] { DataSource.class },
						delegating(dataSource, (method, result) -> "getConnection".equals(method.getName())
								? Proxy.newProxyInstance(SqlStatements.class.getClassLoader(),
										new Class<?>[] { Connection.class }, delegating(result, (m, r) -> {
											if (STATEMENT_METHODS.contains(m.getName()) && CURRENT.get() != null) {
												CURRENT.get()[0]++;
											}
											return r;
										}))
								: result));
			}
			return bean;
		}

		private static InvocationHandler delegating(Object target, BiFunction<Method, Object, Object> after) {
			return (proxy, method, arguments) -> {
				try {
					return after.apply(method, method.invoke(target, arguments));
				}
				catch (InvocationTargetException e) {
					throw e.getCause();
				}
			};
		}
	}

	/** Counts around each request, outside everything else (sign-in included). */
	@Order(Ordered.HIGHEST_PRECEDENCE)
	static class PerRequest extends OncePerRequestFilter {

		@Override
		protected void doFilterInternal(HttpServletRequest request, HttpServletResponse response, FilterChain chain)
				throws ServletException, IOException {
			int[] count = { 0 };
			CURRENT.set(count);
			try {
				chain.doFilter(request, response);
			}
			finally {
				CURRENT.remove();
				String query = request.getQueryString();
				LAST.put(request.getRequestURI() + (query == null ? "" : "?" + query), count[0]);
			}
		}
	}
}
