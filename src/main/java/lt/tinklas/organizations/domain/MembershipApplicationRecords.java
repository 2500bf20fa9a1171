package lt.tinklas.organizations.domain;

import java.util.List;
import java.util.Optional;

import jakarta.persistence.LockModeType;
import org.springframework.data.jpa.repository.JpaRepository;
import org.springframework.data.jpa.repository.Lock;
import org.springframework.data.jpa.repository.Query;

/** Applications to the current network. */
public interface MembershipApplicationRecords extends JpaRepository<MembershipApplication, Long> {

	List<MembershipApplication> findAllByOrderByAppliedOnDescIdDesc();

	/** Locked, so that two decisions at once on one application cannot both pass. */
	@Lock(LockModeType.PESSIMISTIC_WRITE)
	@Query("select a from MembershipApplication a where a.id = :id")
	Optional<MembershipApplication> findLocked(Long id);
}
