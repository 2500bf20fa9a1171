package lt.tinklas.projects.domain;

import java.util.List;

import org.springframework.data.jpa.repository.JpaRepository;

/** Expenses of the current network's projects. */
public interface ExpenseRecords extends JpaRepository<Expense, Long> {

	List<Expense> findByProjectIdOrderBySpentOnAscIdAsc(Long projectId);
}
