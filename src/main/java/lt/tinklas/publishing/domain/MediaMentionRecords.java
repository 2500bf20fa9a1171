package lt.tinklas.publishing.domain;

import java.util.List;

import org.springframework.data.jpa.repository.JpaRepository;

public interface MediaMentionRecords extends JpaRepository<MediaMention, Long> {

	List<MediaMention> findAllByOrderByMentionedOnDescIdDesc();
}
