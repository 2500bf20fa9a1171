package lt.tinklas.growth.domain;

import java.util.Collection;
import java.util.List;
import java.util.Optional;

import org.springframework.data.jpa.repository.JpaRepository;

public interface ProspectRecords extends JpaRepository<Prospect, Long> {

	Optional<Prospect> findByLegalCode(String legalCode);

	List<Prospect> findByLegalCodeIn(Collection<String> legalCodes);
}
