package lt.tinklas.events.domain;

import java.util.Optional;

import jakarta.persistence.LockModeType;

import org.springframework.data.jpa.repository.JpaRepository;
import org.springframework.data.jpa.repository.Lock;

public interface FeedbackRequestRecords extends JpaRepository<FeedbackRequest, Long> {

	Optional<FeedbackRequest> findByTokenHash(String tokenHash);

	/** The request with its row locked until the transaction ends: an answer sent twice at once is taken once. */
	@Lock(LockModeType.PESSIMISTIC_WRITE)
	Optional<FeedbackRequest> findForUseByTokenHash(String tokenHash);

	boolean existsByEventIdAndPersonId(Long eventId, Long personId);
}
