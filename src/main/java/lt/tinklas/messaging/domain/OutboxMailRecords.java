package lt.tinklas.messaging.domain;

import java.time.Instant;
import java.util.Collection;
import java.util.List;

import jakarta.persistence.LockModeType;
import jakarta.persistence.QueryHint;
import org.springframework.data.domain.Limit;
import org.springframework.data.domain.Pageable;
import org.springframework.data.jpa.repository.JpaRepository;
import org.springframework.data.jpa.repository.Lock;
import org.springframework.data.jpa.repository.Query;
import org.springframework.data.jpa.repository.QueryHints;

public interface OutboxMailRecords extends JpaRepository<OutboxMail, Long> {

	/**
	 * Locks the next unsent mails, bulk mail after all other and those tried fewer times first (a
	 * failing mail waits behind new ones); a second sender skips them instead of sending them again.
	 */
	@Lock(LockModeType.PESSIMISTIC_WRITE)
	@QueryHints(@QueryHint(name = "jakarta.persistence.lock.timeout", value = "-2"))
	@Query("select m from OutboxMail m where m.sentAt is null and m.attempts < :maxAttempts order by m.bulk, m.attempts, m.id")
	List<OutboxMail> nextUnsent(int maxAttempts, Limit limit);

	/**
	 * The latest mails of the platform and of the networks given, the newest first, as a list shows
	 * them: without their texts and files.
	 */
	@Query("""
			select m.id as id, m.recipient as recipient, m.subject as subject, m.createdAt as createdAt,
			       m.sentAt as sentAt, m.attempts as attempts, m.lastError as lastError
			from OutboxMail m where m.networkId is null or m.networkId in :networkIds order by m.id desc""")
	List<Listed> latestOf(Collection<Long> networkIds, Pageable page);

	/** A mail in a list. */
	interface Listed {

		Long getId();

		String getRecipient();

		String getSubject();

		Instant getCreatedAt();

		Instant getSentAt();

		int getAttempts();

		String getLastError();
	}
}
