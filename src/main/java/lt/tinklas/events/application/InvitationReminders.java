package lt.tinklas.events.application;

import java.time.Duration;
import java.time.LocalDate;

import lt.tinklas.events.application.EventInvitations;
import lt.tinklas.shared.jobs.JobRuns;
import lt.tinklas.shared.tenancy.PlatformWide;
import lt.tinklas.shared.tenancy.Tenancy;
import lt.tinklas.shared.web.Formats;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.scheduling.annotation.Scheduled;
import org.springframework.stereotype.Component;

/** Every hour, on one node of several: the reminders of tomorrow's events, network by network. */
@Component
class InvitationReminders {

	private final EventInvitations invitations;
	private final JdbcClient jdbc;
	private final JobRuns runs;

	InvitationReminders(EventInvitations invitations, JdbcClient jdbc, JobRuns runs) {
		this.invitations = invitations;
		this.jdbc = jdbc;
		this.runs = runs;
	}

	@Scheduled(fixedDelayString = "PT1H", initialDelayString = "PT5M")
	void hourly() {
		runs.once("invitation-reminders", Duration.ofMinutes(50), this::remindAll);
	}

	void remindAll() {
		// which networks have reminders waiting; each is then handled inside its own network
		for (Long network : PlatformWide.run(() -> jdbc
			.sql("select distinct network_id from event_invitation where reminded_at is null and opted_out = false")
			.query(Long.class)
			.list())) {
			Tenancy.runAs(network, () -> invitations.remind(LocalDate.now(Formats.VILNIUS)));
		}
	}
}
