package lt.tinklas.events.domain;

import java.util.Optional;

import org.springframework.data.jpa.repository.JpaRepository;

public interface FeedbackRequestRecords extends JpaRepository<FeedbackRequest, Long> {

	Optional<FeedbackRequest> findByTokenHash(String tokenHash);

	boolean existsByEventIdAndPersonId(Long eventId, Long personId);
}
