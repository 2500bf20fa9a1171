package lt.tinklas.networks.application;

import java.sql.Types;
import java.time.Duration;
import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.util.List;

import lt.tinklas.shared.jobs.JobRuns;
import lt.tinklas.shared.retention.Retention;
import lt.tinklas.shared.retention.RetentionLookup;
import lt.tinklas.shared.retention.RetentionStep;
import lt.tinklas.shared.tenancy.PlatformWide;
import lt.tinklas.shared.tenancy.Tenancy;
import lt.tinklas.shared.web.Formats;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.scheduling.annotation.Scheduled;
import org.springframework.stereotype.Component;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * Applies every network's retention once a day. The whole run is one transaction that first takes a
 * PostgreSQL advisory lock, without waiting: on several nodes one runs and the others do nothing,
 * so no record is removed twice and no run is counted twice. Each network's run is recorded as the
 * count per kind of what went (kinds with nothing removed left out) and a total, never a value.
 */
@Component
public class RetentionJob {

	/** The advisory lock of this job; no other job uses it. */
	static final long LOCK = 0x7265_7465_6e74L;

	/** The kind of a run's total row: it shows that the run happened even when it removed nothing. */
	static final String TOTAL = "total";

	private final TransactionTemplate transactions;
	private final JdbcClient jdbc;
	private final List<RetentionStep> steps;
	private final RetentionLookup retention;
	private final JobRuns runs;

	RetentionJob(TransactionTemplate transactions, JdbcClient jdbc, List<RetentionStep> steps,
			RetentionLookup retention, JobRuns runs) {
		this.runs = runs;
		this.transactions = transactions;
		this.jdbc = jdbc;
		this.steps = steps;
		this.retention = retention;
	}

	@Scheduled(cron = "${tinklas.retention.cron}", zone = "Europe/Vilnius")
	void daily() {
		// every node's scheduler fires at the same hour; the first to claim the day's run makes it
		runs.once("retention", Duration.ofHours(20), () -> run(LocalDate.now(Formats.VILNIUS)));
	}

	/** Runs as on {@code today}; false when another node's run holds the lock (nothing was done). */
	public boolean run(LocalDate today) {
		return Boolean.TRUE.equals(transactions.execute(status -> {
			if (!runs.tryLock(LOCK)) {
				return false;
			}
			OffsetDateTime at = OffsetDateTime.now();
			for (long networkId : jdbc.sql("select id from network order by id").query(Long.class).list()) {
				// each network's records in that network, as the database's row-level security demands
				Tenancy.runAs(networkId, () -> {
					Retention periods = retention.of(networkId);
					int total = 0;
					for (RetentionStep step : steps) {
						int removed = step.applyToNetwork(networkId, periods, today);
						total += removed;
						record(networkId, today, at, step.kind(), removed);
					}
					record(networkId, today, at, TOTAL, total);
				});
			}
			// what belongs to no network (accounts, their links and mail): the platform's path
			PlatformWide.run(() -> {
				int total = 0;
				for (RetentionStep step : steps) {
					int removed = step.applyToPlatform(today);
					total += removed;
					record(null, today, at, step.kind(), removed);
				}
				record(null, today, at, TOTAL, total);
			});
			return true;
		}));
	}

	private void record(Long networkId, LocalDate today, OffsetDateTime at, String kind, int removed) {
		if (removed == 0 && !TOTAL.equals(kind)) {
			return;
		}
		jdbc.sql("""
				insert into retention_run (network_id, run_on, ran_at, kind, removed)
				values (:network, :day, :at, :kind, :removed)""")
			.param("network", networkId, Types.BIGINT)
			.param("day", today)
			.param("at", at)
			.param("kind", kind)
			.param("removed", removed)
			.update();
	}
}
