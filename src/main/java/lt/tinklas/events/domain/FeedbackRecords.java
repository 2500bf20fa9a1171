package lt.tinklas.events.domain;

import java.util.List;

import org.springframework.data.jpa.repository.JpaRepository;

public interface FeedbackRecords extends JpaRepository<Feedback, Long> {

	boolean existsByEventIdAndPersonId(Long eventId, Long personId);

	List<Feedback> findByEventIdOrderByCreatedAtAsc(Long eventId);
}
