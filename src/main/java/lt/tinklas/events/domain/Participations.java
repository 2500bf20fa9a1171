package lt.tinklas.events.domain;

import java.util.List;
import java.util.Optional;

import lt.tinklas.events.ParticipationStatus;
import org.springframework.data.jpa.repository.JpaRepository;

public interface Participations extends JpaRepository<Participation, Long> {

	Optional<Participation> findByEventIdAndPersonId(Long eventId, Long personId);

	List<Participation> findByEventIdOrderByRegisteredAtAscIdAsc(Long eventId);

	List<Participation> findByEventIdAndStatusOrderByRegisteredAtAscIdAsc(Long eventId, ParticipationStatus status);
}
