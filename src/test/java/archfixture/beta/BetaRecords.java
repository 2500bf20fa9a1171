package archfixture.beta;

import org.springframework.data.jpa.repository.JpaRepository;
import org.springframework.data.jpa.repository.Modifying;
import org.springframework.data.jpa.repository.Query;

/** A repository with a modifying query and a bulk delete. */
public interface BetaRecords extends JpaRepository<BetaRecord, Long> {

	@Modifying
	@Query(nativeQuery = true, value = "update beta_record set id = id")
	int touchAll();

	@Query("delete from BetaRecord b where b.id = ?1")
	void removeOne(long id);

	@Query("select b from BetaRecord b where b.id = ?1")
	BetaRecord one(long id);
}
