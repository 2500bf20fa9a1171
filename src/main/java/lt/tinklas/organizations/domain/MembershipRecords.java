package lt.tinklas.organizations.domain;

import java.util.Collection;
import java.util.List;
import java.util.Set;

import org.springframework.data.jpa.repository.JpaRepository;
import org.springframework.data.jpa.repository.Query;

/** Membership steps of the current network's organizations. */
public interface MembershipRecords extends JpaRepository<MembershipRecord, Long> {

	List<MembershipRecord> findByOrganizationIdOrderByOnAscIdAsc(Long organizationId);

	void deleteByOrganizationId(Long organizationId);

	/** Those of the organizations that have any membership step. */
	@Query("select distinct r.organizationId from MembershipRecord r where r.organizationId in :organizationIds")
	Set<Long> findOrganizationIdsAmong(Collection<Long> organizationIds);
}
