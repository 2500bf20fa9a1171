package lt.tinklas.identity.application;

import java.time.Instant;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.Objects;

import lt.tinklas.identity.domain.UserAccountRecords;
import lt.tinklas.shared.text.Tokens;
import org.springframework.beans.factory.ObjectProvider;
import org.springframework.session.FindByIndexNameSessionRepository;
import org.springframework.session.Session;
import org.springframework.stereotype.Service;
import org.springframework.transaction.support.TransactionSynchronization;
import org.springframework.transaction.support.TransactionSynchronizationManager;

/**
 * A user's signed-in sessions, kept in the database and found by the user's e-mail (Spring Session's
 * principal name index): listed on the user's own page, ended from there, after a password change or
 * reset, and when an admin takes a role away. A session is named outside by the hash of its id, never
 * by the id itself, which would let its holder act as that session.
 */
@Service
public class UserSessions {

	/** Session attributes written at sign-in: where from, with what browser, when. */
	public static final String ADDRESS = "tinklas.signIn.address";

	public static final String USER_AGENT = "tinklas.signIn.userAgent";

	public static final String SIGNED_IN_AT = "tinklas.signIn.at";

	private final ObjectProvider<FindByIndexNameSessionRepository<? extends Session>> repository;
	private final UserAccountRecords accounts;

	UserSessions(ObjectProvider<FindByIndexNameSessionRepository<? extends Session>> repository,
			UserAccountRecords accounts) {
		this.repository = repository;
		this.accounts = accounts;
	}

	/** The user's sessions: this one first, then the most recently used. */
	public List<SessionSummary> of(String email, String currentId) {
		return sessions(email).values()
			.stream()
			.map(session -> summary(session, currentId))
			.sorted(Comparator.comparing(SessionSummary::current)
				.reversed()
				.thenComparing(SessionSummary::lastSeen, Comparator.reverseOrder()))
			.toList();
	}

	/** Ends one of the user's other sessions; false when there is none by that name (ended already). */
	public boolean end(String email, String handle, String currentId) {
		for (String id : sessions(email).keySet()) {
			if (!id.equals(currentId) && handle(id).equals(handle)) {
				delete(id);
				return true;
			}
		}
		return false;
	}

	/** Ends every session of the user except this one; returns how many ended. */
	public int endOthers(String email, String currentId) {
		int ended = 0;
		for (String id : sessions(email).keySet()) {
			if (!id.equals(currentId)) {
				delete(id);
				ended++;
			}
		}
		return ended;
	}

	/**
	 * Ends every session of the user (signed out on their next request). Inside a transaction it
	 * happens once the change that asks for it is committed, so a refused change ends nothing.
	 */
	public void endAll(long userId) {
		accounts.findById(userId).ifPresent(account -> afterCommit(() -> endOthers(account.getEmail(), null)));
	}

	private static void afterCommit(Runnable action) {
		if (TransactionSynchronizationManager.isSynchronizationActive()) {
			TransactionSynchronizationManager.registerSynchronization(new TransactionSynchronization() {
				@Override
				public void afterCommit() {
					action.run();
				}
			});
		}
		else {
			action.run();
		}
	}

	private Map<String, ? extends Session> sessions(String email) {
		FindByIndexNameSessionRepository<? extends Session> sessions = repository.getIfAvailable();
		return sessions == null || email == null ? Map.of() : sessions.findByPrincipalName(email);
	}

	private void delete(String id) {
		Objects.requireNonNull(repository.getIfAvailable()).deleteById(id);
	}

	private static SessionSummary summary(Session session, String currentId) {
		Instant signedIn = session.getAttribute(SIGNED_IN_AT);
		return new SessionSummary(handle(session.getId()), BrowserNames.of(session.getAttribute(USER_AGENT)),
				session.getAttribute(ADDRESS), signedIn == null ? session.getCreationTime() : signedIn,
				session.getLastAccessedTime(), session.getId().equals(currentId));
	}

	static String handle(String sessionId) {
		return Tokens.hash(sessionId).substring(0, 32);
	}

	/**
	 * One session as its owner sees it: the browser in words (null when unknown), the address it signed
	 * in from, when it signed in and was last used, whether it is the one asking.
	 */
	public record SessionSummary(String handle, String browser, String address, Instant signedInAt,
			Instant lastSeen, boolean current) {
	}
}
