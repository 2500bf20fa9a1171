package lt.tinklas.projects.domain;

import java.util.List;

import org.springframework.data.jpa.repository.JpaRepository;

/** Indicators of the current network's projects. */
public interface ProjectIndicatorRecords extends JpaRepository<ProjectIndicator, Long> {

	List<ProjectIndicator> findByProjectIdOrderByIdAsc(Long projectId);
}
