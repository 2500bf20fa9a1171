package lt.tinklas.identity.domain;

import java.util.Optional;

import org.springframework.data.jpa.repository.JpaRepository;

public interface PasswordTokenRecords extends JpaRepository<PasswordToken, Long> {

	Optional<PasswordToken> findByTokenHash(String tokenHash);
}
