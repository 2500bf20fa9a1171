package lt.tinklas.publishing.domain;

import java.util.List;
import java.util.Optional;

import org.springframework.data.jpa.repository.JpaRepository;

public interface SitePageRecords extends JpaRepository<SitePage, Long> {

	Optional<SitePage> findBySlug(String slug);

	List<SitePage> findAllByOrderByPositionAscTitleAsc();
}
