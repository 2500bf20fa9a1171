package lt.tinklas.events.domain;

import java.util.Optional;

import org.springframework.data.jpa.repository.JpaRepository;

public interface RegistrationRequestRecords extends JpaRepository<RegistrationRequest, Long> {

	Optional<RegistrationRequest> findByTokenHash(String tokenHash);
}
