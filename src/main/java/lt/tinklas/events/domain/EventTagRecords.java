package lt.tinklas.events.domain;

import java.util.List;
import java.util.Optional;

import org.springframework.data.jpa.repository.JpaRepository;

public interface EventTagRecords extends JpaRepository<EventTag, Long> {

	Optional<EventTag> findByName(String name);

	List<EventTag> findAllByOrderByNameAsc();
}
