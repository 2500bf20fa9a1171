package lt.tinklas.growth.domain;

import java.util.List;
import java.util.Optional;

import org.springframework.data.jpa.repository.JpaRepository;

public interface CampaignRecords extends JpaRepository<Campaign, Long> {

	List<Campaign> findAllByOrderByCreatedOnDescIdDesc();

	Optional<Campaign> findByCode(String code);

	boolean existsByName(String name);

	boolean existsByNameAndIdNot(String name, long id);
}
