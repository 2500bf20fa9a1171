package lt.tinklas.strategy.domain;

import java.util.List;

import org.springframework.data.jpa.repository.JpaRepository;

/** Hand-kept indicator values of the current network. */
public interface ManualValueRecords extends JpaRepository<ManualValue, Long> {

	List<ManualValue> findByIndicatorIdOrderByRecordedOnAscIdAsc(Long indicatorId);
}
