package lt.tinklas.support.domain;

import java.util.List;

import org.springframework.data.jpa.repository.JpaRepository;

/** The quality stages the current network's members reached. */
public interface QualityStepRecords extends JpaRepository<QualityStep, Long> {

	List<QualityStep> findByOrganizationIdOrderByReachedOnAscIdAsc(Long organizationId);

	List<QualityStep> findAllByOrderByReachedOnAscIdAsc();
}
