package lt.tinklas.publishing.domain;

import java.time.OffsetDateTime;
import java.util.List;
import java.util.Optional;

import org.springframework.data.jpa.repository.JpaRepository;
import org.springframework.data.jpa.repository.Query;

public interface NewsPostRecords extends JpaRepository<NewsPost, Long> {

	Optional<NewsPost> findBySlug(String slug);

	boolean existsBySlug(String slug);

	List<NewsPost> findAllByOrderByPublishAtDesc();

	/** The posts the public sees at a moment: published, their time come, the newest first. */
	@Query("select p from NewsPost p where p.published = true and p.publishAt <= ?1 order by p.publishAt desc, p.id desc")
	List<NewsPost> publicAt(OffsetDateTime now);
}
