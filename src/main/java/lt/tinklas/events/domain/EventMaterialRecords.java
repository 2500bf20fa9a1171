package lt.tinklas.events.domain;

import java.util.List;
import java.util.Optional;

import org.springframework.data.jpa.repository.JpaRepository;

public interface EventMaterialRecords extends JpaRepository<EventMaterial, Long> {

	List<EventMaterial> findByEventIdOrderByUploadedAtAsc(Long eventId);

	Optional<EventMaterial> findByIdAndEventId(Long id, Long eventId);
}
