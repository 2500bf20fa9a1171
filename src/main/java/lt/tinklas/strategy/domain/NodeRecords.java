package lt.tinklas.strategy.domain;

import java.util.List;

import org.springframework.data.jpa.repository.JpaRepository;

/** Strategy tree nodes of the current network. */
public interface NodeRecords extends JpaRepository<StrategyNode, Long> {

	List<StrategyNode> findByStrategyIdOrderBySortOrderAscIdAsc(Long strategyId);
}
