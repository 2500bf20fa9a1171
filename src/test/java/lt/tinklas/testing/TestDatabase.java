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

	private static String name;

	private TestDatabase() {
	}

	/** The JDBC URL of this run's database, creating it on the first call. */
	public static synchronized String url() {
		if (name == null) {
			String candidate = "tinklas_test_" + System.currentTimeMillis() + "_"
					+ ThreadLocalRandom.current().nextInt(1000, 9999);
			execute("create database " + candidate + " encoding 'UTF8' template template0");
			name = candidate;
		}
		return SERVER_URL.substring(0, SERVER_URL.lastIndexOf('/') + 1) + name;
	}

	public static String user() {
		return USER;
	}

	public static String password() {
		return PASSWORD;
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
