package lt.tinklas.projects.domain;

import java.util.List;

import org.springframework.data.jpa.repository.JpaRepository;

/** Budget lines of the current network's projects. */
public interface BudgetLineRecords extends JpaRepository<BudgetLine, Long> {

	List<BudgetLine> findByProjectIdOrderBySortOrderAscIdAsc(Long projectId);
}
