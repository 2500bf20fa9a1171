package lt.tinklas.support.domain;

import java.util.List;

import org.springframework.data.jpa.repository.JpaRepository;

/** The quality standards the current network supports. */
public interface QualityStandardRecords extends JpaRepository<QualityStandard, Long> {

	List<QualityStandard> findAllByOrderByNameAsc();
}
