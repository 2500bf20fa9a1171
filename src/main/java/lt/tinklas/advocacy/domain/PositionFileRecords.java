package lt.tinklas.advocacy.domain;

import java.util.Optional;

import org.springframework.data.jpa.repository.JpaRepository;

/** PositionFile records of the current network. */
public interface PositionFileRecords extends JpaRepository<PositionFile, Long> {

	Optional<PositionFile> findByPositionId(Long positionId);
}
