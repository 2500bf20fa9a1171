package lt.tinklas.support.domain;

import java.util.List;

import org.springframework.data.jpa.repository.JpaRepository;
import org.springframework.data.jpa.repository.Query;

/** Consultations of the current network. */
public interface ConsultationRecords extends JpaRepository<Consultation, Long> {

	List<Consultation> findAllByOrderByHeldOnDescIdDesc();

	/** An organization's consultations, the latest first: id, day, topic. */
	@Query("select c.id, c.heldOn, c.topic from Consultation c where c.organizationId = :organizationId order by c.heldOn desc, c.id desc")
	List<Object[]> heldWith(Long organizationId);
}
