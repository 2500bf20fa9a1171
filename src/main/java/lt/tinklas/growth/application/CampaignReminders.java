package lt.tinklas.growth.application;

import java.time.Duration;

import lt.tinklas.shared.jobs.JobRuns;
import lt.tinklas.shared.tenancy.PlatformWide;
import lt.tinklas.shared.tenancy.Tenancy;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.scheduling.annotation.Scheduled;
import org.springframework.stereotype.Component;

/** Every hour, on one node of several: the campaigns' due reminders, network by network. */
@Component
class CampaignReminders {

	private final Campaigns campaigns;
	private final JdbcClient jdbc;
	private final JobRuns runs;

	CampaignReminders(Campaigns campaigns, JdbcClient jdbc, JobRuns runs) {
		this.campaigns = campaigns;
		this.jdbc = jdbc;
		this.runs = runs;
	}

	@Scheduled(fixedDelayString = "PT1H", initialDelayString = "PT7M")
	void hourly() {
		runs.once("campaign-reminders", Duration.ofMinutes(50), this::remindAll);
	}

	void remindAll() {
		// which networks have a mailed letter to a prospect that may be due; each is then handled in its own network
		for (Long network : PlatformWide.run(() -> jdbc.sql("""
				select distinct l.network_id from growth_letter l
				join growth_campaign c on c.id = l.campaign_id and c.network_id = l.network_id
				where c.reminder_weeks is not null and l.prospect_id is not null and l.email is not null
				  and l.reply_on is null and l.reminded_on is null""")
			.query(Long.class)
			.list())) {
			Tenancy.runAs(network, () -> {
				campaigns.remindDue(null);
			});
		}
	}
}
