package lt.tinklas.shared.persistence;

import java.sql.SQLException;
import java.sql.SQLNonTransientConnectionException;
import java.sql.SQLRecoverableException;
import java.sql.SQLTransientConnectionException;
import java.util.IdentityHashMap;
import java.util.Map;
import java.util.Set;

import org.springframework.dao.DataAccessResourceFailureException;
import org.springframework.dao.TransientDataAccessResourceException;
import org.springframework.jdbc.CannotGetJdbcConnectionException;
import org.springframework.transaction.CannotCreateTransactionException;

/**
 * Tells a database that cannot be reached for a moment (restarted, failing over, out of
 * connections) from everything else that can go wrong with a statement. Such a failure says nothing
 * about the request: not that a record is missing, nor that a password is wrong, nor that a user
 * may not do something; the request is answered 503 and may simply be tried again.
 */
public final class DatabaseOutage {

	/**
	 * SQL states of a lost or refused connection: class 08 (connection exception), 57P01-57P03
	 * (the server is shutting down, crashed or not yet accepting connections), 53300 (too many
	 * connections). A pool that waited in vain for a connection says so by its exception's type.
	 */
	private static final Set<String> STATES = Set.of("57P01", "57P02", "57P03", "53300");

	private DatabaseOutage() {
	}

	/** Whether the failure, or anything that caused it, is the database being unreachable. */
	public static boolean causes(Throwable failure) {
		Map<Throwable, Boolean> seen = new IdentityHashMap<>();
		for (Throwable cause = failure; cause != null && seen.put(cause, Boolean.TRUE) == null; cause = cause.getCause()) {
			if (isOutage(cause)) {
				return true;
			}
		}
		return false;
	}

	private static boolean isOutage(Throwable failure) {
		if (failure instanceof CannotGetJdbcConnectionException || failure instanceof CannotCreateTransactionException
				|| failure instanceof DataAccessResourceFailureException
				|| failure instanceof TransientDataAccessResourceException
				|| failure instanceof SQLTransientConnectionException
				|| failure instanceof SQLNonTransientConnectionException || failure instanceof SQLRecoverableException) {
			return true;
		}
		if (failure instanceof SQLException sql && sql.getSQLState() != null) {
			String state = sql.getSQLState();
			return state.startsWith("08") || STATES.contains(state);
		}
		return isClosedByThePool(failure) || isHibernateConnectionFailure(failure);
	}

	/**
	 * The pool puts a closed stand-in under a connection it found broken (a lost connection, the
	 * server ending it); the rollback of the transaction then fails on it, and Spring throws that
	 * failure in place of the first one, which named the broken connection.
	 */
	private static boolean isClosedByThePool(Throwable failure) {
		StackTraceElement[] thrownAt = failure.getStackTrace();
		return failure instanceof SQLException && "Connection is closed".equals(failure.getMessage())
				&& thrownAt.length > 0 && thrownAt[0].getClassName().startsWith("com.zaxxer.hikari.pool.ProxyConnection");
	}

	/** Hibernate's own name for a lost connection, when its exception is not translated by Spring. */
	private static boolean isHibernateConnectionFailure(Throwable failure) {
		return "org.hibernate.exception.JDBCConnectionException".equals(failure.getClass().getName());
	}
}
