package lt.tinklas.support.domain;

import java.util.List;

import org.springframework.data.jpa.repository.JpaRepository;

/** Report reviews of the current network. */
public interface ReportReviewRecords extends JpaRepository<ReportReview, Long> {

	List<ReportReview> findAllByOrderByReportYearDescReviewedOnDescIdDesc();
}
