package lt.tinklas.newsletters.domain;

import java.util.Collection;
import java.util.List;
import java.util.Optional;

import org.springframework.data.jpa.repository.JpaRepository;

public interface MailStopRecords extends JpaRepository<MailStop, Long> {

	List<MailStop> findByEmailIn(Collection<String> emails);

	Optional<MailStop> findByEmailAndReason(String email, StopReason reason);

	List<MailStop> findByReasonOrderBySinceDesc(StopReason reason);

	boolean existsByEmail(String email);
}
