package lt.tinklas.newsletters.domain;

import java.util.List;
import java.util.Optional;

import jakarta.persistence.LockModeType;
import jakarta.persistence.QueryHint;
import org.springframework.data.jpa.repository.JpaRepository;
import org.springframework.data.jpa.repository.Lock;
import org.springframework.data.jpa.repository.Query;
import org.springframework.data.jpa.repository.QueryHints;

public interface MailingRecords extends JpaRepository<Mailing, Long> {

	List<Mailing> findAllByOrderByCreatedAtDescIdDesc();

	List<Mailing> findByPublicArchiveTrueAndStatusOrderBySendAtDescIdDesc(MailingStatus status);

	long countBySegmentId(long segmentId);

	/** The mailing, locked for its next batch; empty while another sender holds it. */
	@Lock(LockModeType.PESSIMISTIC_WRITE)
	@QueryHints(@QueryHint(name = "jakarta.persistence.lock.timeout", value = "-2"))
	@Query("select m from Mailing m where m.id = :id")
	Optional<Mailing> lockForBatch(long id);
}
