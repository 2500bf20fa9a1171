package lt.tinklas.reports.domain;

import java.util.List;
import java.util.Optional;

import org.springframework.data.jpa.repository.JpaRepository;

public interface ReportNarrativeRecords extends JpaRepository<AnnualNarrative, Long> {

	Optional<AnnualNarrative> findByYear(int year);

	List<AnnualNarrative> findByPublishedAtIsNotNullOrderByYearDesc();
}
