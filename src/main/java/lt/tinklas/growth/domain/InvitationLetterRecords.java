package lt.tinklas.growth.domain;

import java.util.List;
import java.util.Optional;

import org.springframework.data.jpa.repository.JpaRepository;

public interface InvitationLetterRecords extends JpaRepository<InvitationLetter, Long> {

	List<InvitationLetter> findByCampaignIdOrderBySentOnAscNumberAsc(long campaignId);

	List<InvitationLetter> findByProspectId(long prospectId);

	Optional<InvitationLetter> findByCode(String code);

	boolean existsByCampaignIdAndCouncilId(long campaignId, long councilId);

	boolean existsByCampaignIdAndProspectId(long campaignId, long prospectId);
}
