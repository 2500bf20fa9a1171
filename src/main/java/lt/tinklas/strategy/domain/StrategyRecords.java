package lt.tinklas.strategy.domain;

import java.util.List;
import java.util.Optional;

import org.springframework.data.jpa.repository.JpaRepository;

/** Strategies of the current network. */
public interface StrategyRecords extends JpaRepository<Strategy, Long> {

	List<Strategy> findAllByOrderByFromYearDesc();

	Optional<Strategy> findFirstByCurrentTrue();
}
