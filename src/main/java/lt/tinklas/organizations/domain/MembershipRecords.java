package lt.tinklas.organizations.domain;

import java.time.LocalDate;
import java.util.Collection;
import java.util.List;

import org.springframework.data.jpa.repository.JpaRepository;

/** Membership steps of the current network's organizations. */
public interface MembershipRecords extends JpaRepository<MembershipRecord, Long> {

	List<MembershipRecord> findByOrganizationIdOrderByOnAscIdAsc(Long organizationId);

	/** The steps of a page of organizations, in one query. */
	List<MembershipRecord> findByOrganizationIdInOrderByOnAscIdAsc(Collection<Long> organizationIds);

	/** Every organization's steps up to the day. */
	List<MembershipRecord> findByOnLessThanEqualOrderByOnAscIdAsc(LocalDate day);

	void deleteByOrganizationId(Long organizationId);
}
