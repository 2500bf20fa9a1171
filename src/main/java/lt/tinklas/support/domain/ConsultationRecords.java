package lt.tinklas.support.domain;

import java.util.List;

import org.springframework.data.jpa.repository.JpaRepository;

/** Consultations of the current network. */
public interface ConsultationRecords extends JpaRepository<Consultation, Long> {

	List<Consultation> findAllByOrderByHeldOnDescIdDesc();
}
