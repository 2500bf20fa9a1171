package lt.tinklas.events.domain;

import java.util.List;
import java.util.Optional;

import org.springframework.data.jpa.repository.JpaRepository;

public interface Invitations extends JpaRepository<Invitation, Long> {

	Optional<Invitation> findByTokenHash(String tokenHash);

	boolean existsByEventIdAndPersonId(Long eventId, Long personId);

	boolean existsByPersonIdAndOptedOutTrue(Long personId);

	List<Invitation> findByRemindedAtIsNullAndOptedOutFalse();
}
