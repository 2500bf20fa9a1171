package lt.tinklas.people.domain;

import java.util.List;
import java.util.Optional;

import org.springframework.data.jpa.repository.JpaRepository;
import org.springframework.data.jpa.repository.Query;

/** The kinds of consent of the current network. */
public interface ConsentKindRecords extends JpaRepository<ConsentKind, Long> {

	List<ConsentKind> findAllByOrderByNameLt();

	Optional<ConsentKind> findByPurpose(ConsentUse purpose);

	@Query("select k from ConsentKind k where lower(k.nameLt) = lower(:name) or lower(k.nameEn) = lower(:name) order by k.id")
	List<ConsentKind> findByName(String name);

	/** How many consents of people of the network name each kind: kind id, count. */
	@Query("select c.kindId, count(p) from Person p join p.consents c group by c.kindId")
	List<Object[]> countUsesByKind();

	/** How many consents of people of the network name the kind. */
	@Query("select count(p) from Person p join p.consents c where c.kindId = :kindId")
	long countUses(Long kindId);
}
