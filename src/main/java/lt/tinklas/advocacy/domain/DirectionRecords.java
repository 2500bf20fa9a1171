package lt.tinklas.advocacy.domain;


import org.springframework.data.jpa.repository.JpaRepository;
import org.springframework.data.jpa.repository.Query;

/** AdvocacyDirection records of the current network. */
public interface DirectionRecords extends JpaRepository<AdvocacyDirection, Long> {

	@Query("select coalesce(max(d.sortOrder), 0) from AdvocacyDirection d")
	int lastOrder();
}
