package lt.tinklas.strategy.domain;

import java.util.Collection;
import java.util.List;

import org.springframework.data.jpa.repository.JpaRepository;

/** Indicators of the current network. */
public interface IndicatorRecords extends JpaRepository<Indicator, Long> {

	List<Indicator> findByNodeIdInOrderById(Collection<Long> nodeIds);
}
