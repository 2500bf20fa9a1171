package lt.tinklas.organizations.domain;

import java.util.List;

import org.springframework.data.jpa.repository.JpaRepository;

/** Membership steps of the current network's organizations. */
public interface MembershipRecords extends JpaRepository<MembershipRecord, Long> {

	List<MembershipRecord> findByOrganizationIdOrderByOnAscIdAsc(Long organizationId);

	List<MembershipRecord> findAllByOrderByOnAscIdAsc();

	void deleteByOrganizationId(Long organizationId);
}
