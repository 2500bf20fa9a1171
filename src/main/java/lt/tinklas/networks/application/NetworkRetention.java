package lt.tinklas.networks.application;

import java.sql.Types;
import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.util.List;

import lt.tinklas.shared.retention.Retention;
import lt.tinklas.shared.retention.RetentionLookup;
import lt.tinklas.shared.tenancy.Tenancy;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/** Each network's retention periods, and what the daily runs removed in it. */
@Service
public class NetworkRetention implements RetentionLookup {

	private final JdbcClient jdbc;

	NetworkRetention(JdbcClient jdbc) {
		this.jdbc = jdbc;
	}

	@Override
	@Transactional(readOnly = true)
	public Retention of(long networkId) {
		return Tenancy.runAs(networkId, () -> jdbc.sql("""
				select outbox_body_days, unconfirmed_registration_days, feedback_link_days, inactive_person_years
				from network_retention where network_id = :network""")
			.param("network", networkId)
			.query((rs, i) -> new Retention(rs.getInt(1), rs.getInt(2), rs.getInt(3),
					(Integer) rs.getObject(4)))
			.optional()
			.orElse(Retention.DEFAULT));
	}

	@Transactional(readOnly = true)
	public RetentionSettings settings(long networkId) {
		return RetentionSettings.of(of(networkId));
	}

	/** Saves the periods; the caller has validated them. */
	@Transactional
	public void save(long networkId, RetentionSettings settings) {
		Retention r = settings.retention();
		Tenancy.runAs(networkId, () -> jdbc.sql("""
				insert into network_retention (network_id, outbox_body_days, unconfirmed_registration_days,
				    feedback_link_days, inactive_person_years)
				values (:network, :outbox, :registrations, :links, :years)
				on conflict (network_id) do update set outbox_body_days = excluded.outbox_body_days,
				    unconfirmed_registration_days = excluded.unconfirmed_registration_days,
				    feedback_link_days = excluded.feedback_link_days,
				    inactive_person_years = excluded.inactive_person_years,
				    version = network_retention.version + 1""")
			.param("network", networkId)
			.param("outbox", r.outboxBodyDays())
			.param("registrations", r.unconfirmedRegistrationDays())
			.param("links", r.feedbackLinkDays())
			.param("years", r.inactivePersonYears(), Types.INTEGER)
			.update());
	}

	/** The latest runs' counts in the network, newest first. */
	@Transactional(readOnly = true)
	public List<RunCount> lastRuns(long networkId, int count) {
		return Tenancy.runAs(networkId, () -> jdbc.sql("""
				select run_on, ran_at, kind, removed from retention_run
				where network_id = :network order by ran_at desc, kind limit :count""")
			.param("network", networkId)
			.param("count", count)
			.query((rs, i) -> new RunCount(rs.getObject(1, LocalDate.class), rs.getObject(2, OffsetDateTime.class),
					rs.getString(3), rs.getInt(4)))
			.list());
	}

	/** How many records of one kind a run removed. */
	public record RunCount(LocalDate runOn, OffsetDateTime ranAt, String kind, int removed) {
	}
}
