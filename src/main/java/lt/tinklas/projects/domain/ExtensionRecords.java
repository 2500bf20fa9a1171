package lt.tinklas.projects.domain;

import java.util.List;

import org.springframework.data.jpa.repository.JpaRepository;

/** Extensions of the current network's projects. */
public interface ExtensionRecords extends JpaRepository<ProjectExtension, Long> {

	List<ProjectExtension> findByProjectIdOrderByRecordedAtAscIdAsc(Long projectId);
}
