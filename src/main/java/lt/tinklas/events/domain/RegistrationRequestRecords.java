package lt.tinklas.events.domain;

import java.util.Optional;

import jakarta.persistence.LockModeType;

import org.springframework.data.jpa.repository.JpaRepository;
import org.springframework.data.jpa.repository.Lock;

public interface RegistrationRequestRecords extends JpaRepository<RegistrationRequest, Long> {

	Optional<RegistrationRequest> findByTokenHash(String tokenHash);

	/** The request with its row locked until the transaction ends: a link confirmed twice at once registers once. */
	@Lock(LockModeType.PESSIMISTIC_WRITE)
	Optional<RegistrationRequest> findForUseByTokenHash(String tokenHash);
}
