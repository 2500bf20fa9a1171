package lt.tinklas.shared.tenancy;

import java.lang.reflect.InvocationHandler;
import java.lang.reflect.InvocationTargetException;
import java.lang.reflect.Method;
import java.lang.reflect.Proxy;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.SQLException;
import java.util.Set;

import javax.sql.DataSource;

import org.springframework.jdbc.datasource.DelegatingDataSource;

/**
 * Tells PostgreSQL which network each transaction works in, for its row-level security: before a
 * transaction's first statement (and again whenever {@link Tenancy} names another network or
 * {@link PlatformWide} begins or ends within it) it sets {@code tinklas.network} and {@code tinklas.platform} with
 * {@code set_config(..., true)}, which PostgreSQL forgets when the transaction ends. Nothing is
 * set on the connection itself, so a pooled connection cannot carry a network into another
 * request. Statements run outside a transaction (a read-only query by {@code JdbcClient}) are put
 * into one of their own for the connection's use, committed when it is handed back.
 */
final class NetworkScopedDataSource extends DelegatingDataSource {

	/** The statement that scopes a transaction; test code that counts a page's statements leaves it out. */
	static final String SCOPE = "select set_config('tinklas.network', ?, true), set_config('tinklas.platform', ?, true)";

	private static final Set<String> STATEMENTS = Set.of("prepareStatement", "prepareCall", "createStatement");

	NetworkScopedDataSource(DataSource target) {
		super(target);
	}

	@Override
	public Connection getConnection() throws SQLException {
		return scoped(obtainTargetDataSource().getConnection());
	}

	@Override
	public Connection getConnection(String username, String password) throws SQLException {
		return scoped(obtainTargetDataSource().getConnection(username, password));
	}

	private static Connection scoped(Connection connection) {
		return (Connection) Proxy.newProxyInstance(NetworkScopedDataSource.class.getClassLoader(),
				new Class<?>[] { Connection.class }, new Scope(connection));
	}

	/** One connection's use: what its current transaction was told, and whether this class opened it. */
	private static final class Scope implements InvocationHandler {

		private final Connection target;

		/** The network and platform mark set in the current transaction ("" and false: none). */
		private String network = "";
		private boolean platform;

		/** A transaction opened here for statements run without one. */
		private boolean implicit;

		Scope(Connection target) {
			this.target = target;
		}

		@Override
		public Object invoke(Object proxy, Method method, Object[] args) throws Throwable {
			String name = method.getName();
			int arguments = args == null ? 0 : args.length;
			if (STATEMENTS.contains(name)) {
				scope();
			}
			else if ("getAutoCommit".equals(name) && implicit) {
				return true;
			}
			else if ("setAutoCommit".equals(name) || "close".equals(name)) {
				endImplicit();
				forget();
			}
			else if ("equals".equals(name)) {
				return proxy == args[0];
			}
			else if ("hashCode".equals(name)) {
				return System.identityHashCode(proxy);
			}
			try {
				return method.invoke(target, args);
			}
			catch (InvocationTargetException e) {
				throw e.getCause();
			}
			finally {
				// a transaction's end, or a rollback to a savepoint, forgets what was set within it
				if ("commit".equals(name) && arguments == 0 || "rollback".equals(name)) {
					forget();
				}
			}
		}

		private void scope() throws SQLException {
			// Within a transaction the last network stays set until it ends: what was changed in it is
			// written when Hibernate flushes and Envers records it, at commit. The platform's path is
			// never kept beyond its work: what it writes, it writes at once.
			String wanted = Tenancy.current().map(String::valueOf).orElse(network);
			boolean wantedPlatform = PlatformWide.active();
			if (wanted.equals(network) && wantedPlatform == platform) {
				return;
			}
			if (target.getAutoCommit()) {
				target.setAutoCommit(false);
				implicit = true;
			}
			try (PreparedStatement statement = target.prepareStatement(SCOPE)) {
				statement.setString(1, wanted);
				statement.setString(2, wantedPlatform ? "on" : "");
				statement.execute();
			}
			network = wanted;
			platform = wantedPlatform;
		}

		private void endImplicit() throws SQLException {
			if (!implicit) {
				return;
			}
			implicit = false;
			try {
				target.commit();
			}
			catch (SQLException failed) {
				// the statement that failed has told its caller; what it left is undone
				target.rollback();
			}
			finally {
				target.setAutoCommit(true);
			}
		}

		private void forget() {
			network = "";
			platform = false;
		}
	}
}
