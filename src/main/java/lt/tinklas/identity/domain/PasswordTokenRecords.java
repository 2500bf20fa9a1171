package lt.tinklas.identity.domain;

import java.util.Optional;

import jakarta.persistence.LockModeType;

import org.springframework.data.jpa.repository.JpaRepository;
import org.springframework.data.jpa.repository.Lock;

public interface PasswordTokenRecords extends JpaRepository<PasswordToken, Long> {

	Optional<PasswordToken> findByTokenHash(String tokenHash);

	/** The link with its row locked until the transaction ends: the same link used twice at once works once. */
	@Lock(LockModeType.PESSIMISTIC_WRITE)
	Optional<PasswordToken> findForUseByTokenHash(String tokenHash);
}
