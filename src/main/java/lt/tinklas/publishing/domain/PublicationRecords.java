package lt.tinklas.publishing.domain;

import java.util.List;

import org.springframework.data.jpa.repository.JpaRepository;

public interface PublicationRecords extends JpaRepository<Publication, Long> {

	List<Publication> findAllByOrderByYearDescIdDesc();
}
