package lt.tinklas.testing;

import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.Properties;
import java.util.concurrent.ThreadLocalRandom;

/**
 * The test run's own PostgreSQL database: created on first use, dropped when the run ends
 * ({@link DropTestDatabase}). Where PostgreSQL does not answer, the tests fail and say how to start
 * it; they never skip.
 */
public final class TestDatabase {

	static final String SERVER_URL = setting("TINKLAS_TEST_DB_URL", "jdbc:postgresql://127.0.0.1:5432/postgres");
	static final String USER = setting("TINKLAS_TEST_DB_USER", "postgres");
	static final String PASSWORD = setting("TINKLAS_TEST_DB_PASSWORD", "");
	/**
	 * The role the application connects as: it owns nothing and is bound by row-level security, as
	 * in production; the migrations run as {@link #USER}, the owner.
	 */
	static final String APPLICATION_USER = setting("TINKLAS_TEST_DB_APP_USER", "tinklas_test_app");

	private static String name;

	private TestDatabase() {
	}

	/** The JDBC URL of this run's database, creating it on the first call. */
	public static synchronized String url() {
		if (name == null) {
			String candidate = "tinklas_test_" + System.currentTimeMillis() + "_"
					+ ThreadLocalRandom.current().nextInt(1000, 9999);
			execute("create database " + candidate + " encoding 'UTF8' template template0");
			execute("""
					do $$ begin
						if not exists (select 1 from pg_roles where rolname = '%1$s') then
							create role %1$s login nosuperuser nobypassrls;
						end if;
					end $$""".formatted(APPLICATION_USER));
			name = candidate;
		}
		return SERVER_URL.substring(0, SERVER_URL.lastIndexOf('/') + 1) + name;
	}

	/** The owner of the tables, who runs the migrations. */
	public static String user() {
		return USER;
	}

	/**
	 * The run's database as the owner of its tables, for tests that migrate a schema of their own:
	 * the application's role may not change the schema.
	 */
	public static javax.sql.DataSource owner() {
		org.postgresql.ds.PGSimpleDataSource owner = new org.postgresql.ds.PGSimpleDataSource();
		owner.setUrl(url());
		owner.setUser(USER);
		owner.setPassword(PASSWORD);
		return owner;
	}

	private static org.springframework.jdbc.core.simple.JdbcClient ownerJdbc;

	/**
	 * What the database holds, read and written as the owner of its tables, who is not bound by
	 * row-level security: for a test's own setup and checks, never for what the application does.
	 */
	public static synchronized org.springframework.jdbc.core.simple.JdbcClient ownerJdbc() {
		if (ownerJdbc == null) {
			com.zaxxer.hikari.HikariDataSource pool = new com.zaxxer.hikari.HikariDataSource();
			pool.setJdbcUrl(url());
			pool.setUsername(USER);
			pool.setPassword(PASSWORD);
			pool.setMaximumPoolSize(3);
			pool.setMinimumIdle(0);
			pool.setPoolName("test-owner");
			ownerJdbc = org.springframework.jdbc.core.simple.JdbcClient.create(pool);
		}
		return ownerJdbc;
	}

	/** The role the application connects as. */
	public static String applicationUser() {
		return APPLICATION_USER;
	}

	public static String password() {
		return PASSWORD;
	}

	/**
	 * The database goes away for the application, as in a restart of PostgreSQL, until the outage
	 * is closed: new connections to it are refused and the application role's open ones are ended.
	 * Both are done from the server's maintenance database, so the owner's connections
	 * ({@link #ownerJdbc()}) are not touched; closing lets connections in again, also when the test
	 * failed.
	 */
	public static Outage outage() {
		String database = url().substring(url().lastIndexOf('/') + 1);
		execute("alter database " + database + " allow_connections false");
		execute("select pg_terminate_backend(pid) from pg_stat_activity where datname = '" + database
				+ "' and usename = '" + APPLICATION_USER + "'");
		return new Outage(database);
	}

	/** An outage of {@link #outage()}: closed, the database takes connections again. */
	public static final class Outage implements AutoCloseable {

		private final String database;

		private Outage(String database) {
			this.database = database;
		}

		@Override
		public void close() {
			execute("alter database " + database + " allow_connections true");
		}
	}

	/** The database takes the application's connections again, whether or not an outage was begun. */
	public static void endOutage() {
		if (name != null) {
			execute("alter database " + name + " allow_connections true");
		}
	}

	private static int openContexts;
	private static boolean runEnded;

	/** An application context started on the database. */
	static synchronized void contextStarted() {
		openContexts++;
	}

	/** An application context on the database closed; the last one after the run's end drops it. */
	static synchronized void contextClosed() {
		openContexts--;
		dropWhenUnused();
	}

	/**
	 * The test run ended. Cached application contexts close later, at JVM exit; the database is
	 * dropped after the last of them, so no pool is left talking to a database that is gone.
	 */
	static synchronized void runEnded() {
		runEnded = true;
		dropWhenUnused();
	}

	private static void dropWhenUnused() {
		if (runEnded && openContexts <= 0 && name != null) {
			execute("drop database if exists " + name + " with (force)");
			name = null;
		}
	}

	private static void execute(String sql) {
		Properties properties = new Properties();
		properties.setProperty("user", USER);
		properties.setProperty("password", PASSWORD);
		properties.setProperty("connectTimeout", "5");
		try (Connection connection = DriverManager.getConnection(SERVER_URL, properties);
				Statement statement = connection.createStatement()) {
			statement.execute(sql);
		}
		catch (SQLException e) {
			throw new IllegalStateException("""
					PostgreSQL at %s (user %s) does not answer: %s
					The tests run on PostgreSQL. Start it with
					    pg_ctlcluster --skip-systemctl-redirect $(ls /etc/postgresql) main start
					or point TINKLAS_TEST_DB_URL, TINKLAS_TEST_DB_USER and TINKLAS_TEST_DB_PASSWORD at a server \
					where that user may create databases.""".formatted(SERVER_URL, USER, e.getMessage()), e);
		}
	}

	private static String setting(String name, String fallback) {
		String value = System.getenv(name);
		if (value == null || value.isBlank()) {
			value = System.getProperty(name);
		}
		return value == null || value.isBlank() ? fallback : value;
	}
}
