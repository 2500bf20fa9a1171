package lt.tinklas.growth.application;

import java.util.Collection;
import java.util.HashMap;
import java.util.Locale;
import java.util.Map;
import java.util.Set;

import lt.tinklas.growth.domain.CampaignRecords;
import lt.tinklas.growth.domain.MunicipalCouncilRecords;
import lt.tinklas.growth.domain.ProspectRecords;
import lt.tinklas.shared.history.RecordNames;
import org.springframework.stereotype.Component;

/** Campaigns, councils and prospects by name in histories. */
@Component
class GrowthNames implements RecordNames {

	private final CampaignRecords campaigns;
	private final MunicipalCouncilRecords councils;
	private final ProspectRecords prospects;

	GrowthNames(CampaignRecords campaigns, MunicipalCouncilRecords councils, ProspectRecords prospects) {
		this.campaigns = campaigns;
		this.councils = councils;
		this.prospects = prospects;
	}

	@Override
	public Set<String> kinds() {
		return Set.of("campaign", "council", "prospect");
	}

	@Override
	public Map<Object, String> names(String kind, Collection<?> ids, Locale locale) {
		Map<Long, String> all = new HashMap<>();
		switch (kind) {
			case "campaign" -> campaigns.findAll().forEach(c -> all.put(c.getId(), c.getName()));
			case "council" -> councils.findAll().forEach(c -> all.put(c.getId(), c.getName()));
			default -> prospects.findAll().forEach(p -> all.put(p.getId(), p.getName()));
		}
		return RecordNames.among(ids, all);
	}
}
