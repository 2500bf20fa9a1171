package lt.tinklas.events.domain;

import java.util.List;
import java.util.Optional;

import org.springframework.data.jpa.repository.JpaRepository;

public interface InvitationRecords extends JpaRepository<Invitation, Long> {

	/** The invitation whose mail or reminder carried the stop link with this hash. */
	Optional<Invitation> findByTokenHashOrReminderTokenHash(String tokenHash, String reminderTokenHash);

	boolean existsByEventIdAndPersonId(Long eventId, Long personId);

	boolean existsByPersonIdAndOptedOutTrue(Long personId);

	List<Invitation> findByRemindedAtIsNullAndOptedOutFalse();
}
