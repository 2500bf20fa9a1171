package lt.tinklas.identity.domain;

import java.util.List;
import java.util.Optional;

import org.springframework.data.jpa.repository.JpaRepository;

public interface ApiTokenRecords extends JpaRepository<ApiToken, Long> {

	List<ApiToken> findByUserIdOrderByCreatedAtDesc(Long userId);

	Optional<ApiToken> findByIdAndUserId(Long id, Long userId);
}
