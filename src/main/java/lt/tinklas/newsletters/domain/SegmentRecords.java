package lt.tinklas.newsletters.domain;

import java.util.List;
import java.util.Optional;

import org.springframework.data.jpa.repository.JpaRepository;

public interface SegmentRecords extends JpaRepository<Segment, Long> {

	List<Segment> findAllByOrderByNameAsc();

	Optional<Segment> findByNameIgnoreCase(String name);
}
