package lt.tinklas.networks.domain;

import java.util.List;

import org.springframework.data.jpa.repository.JpaRepository;

public interface NetworkRecords extends JpaRepository<Network, Long> {

	boolean existsBySlug(String slug);

	List<Network> findAllByOrderByNameAsc();
}
