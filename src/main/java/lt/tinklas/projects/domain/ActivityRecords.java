package lt.tinklas.projects.domain;

import java.util.List;

import org.springframework.data.jpa.repository.JpaRepository;

/** Activities of the current network's projects. */
public interface ActivityRecords extends JpaRepository<ProjectActivity, Long> {

	List<ProjectActivity> findByProjectIdOrderByPlannedFromAscIdAsc(Long projectId);
}
