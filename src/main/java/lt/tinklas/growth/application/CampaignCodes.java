package lt.tinklas.growth.application;

import java.util.Locale;
import java.util.Optional;

import lt.tinklas.growth.domain.Campaign;
import lt.tinklas.growth.domain.CampaignRecords;
import lt.tinklas.growth.domain.InvitationLetter;
import lt.tinklas.growth.domain.InvitationLetterRecords;
import lt.tinklas.organizations.InvitationCodes;
import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Transactional;

/** The codes an application may name: a letter's, or its campaign's (from a printed letter's reader who typed only that). */
@Component
class CampaignCodes implements InvitationCodes {

	private final InvitationLetterRecords letters;
	private final CampaignRecords campaigns;

	CampaignCodes(InvitationLetterRecords letters, CampaignRecords campaigns) {
		this.letters = letters;
		this.campaigns = campaigns;
	}

	@Override
	@Transactional(readOnly = true)
	public Optional<String> known(String written) {
		if (written == null) {
			return Optional.empty();
		}
		String code = written.replaceAll("\\s", "").toUpperCase(Locale.ROOT);
		if (code.isEmpty() || code.length() > 30) {
			return Optional.empty();
		}
		return letters.findByCode(code)
			.map(InvitationLetter::getCode)
			.or(() -> campaigns.findByCode(code).map(Campaign::getCode));
	}
}
