package lt.tinklas.identity.security;

import java.sql.Timestamp;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.OffsetDateTime;
import java.util.List;
import java.util.Locale;

import lt.tinklas.identity.domain.UserAccount;
import lt.tinklas.identity.domain.UserAccountRecords;
import lt.tinklas.messaging.Outbox;
import lt.tinklas.shared.jobs.JobRuns;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.context.MessageSource;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.scheduling.annotation.Scheduled;
import org.springframework.stereotype.Component;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * Failed sign-ins counted per e-mail (known to Tinklas or not, so that the answer tells nothing)
 * and per client address, in the table {@code sign_in_failure}. Each failure adds one in a single
 * {@code update} under the row's lock, so parallel failures are all counted and none collides.
 * Past the free failures a try must wait (see {@link SignInDelaySettings}); when the delay starts
 * the account's owner is mailed, at most once in {@code warnOwnerEvery}.
 */
@Component
class SignInDelays {

	static final String ACCOUNT = "account:";
	static final String ADDRESS = "address:";
	static final String SECOND_STEP = "second-step:";

	private final JdbcClient jdbc;
	private final TransactionTemplate transactions;
	private final SignInDelaySettings settings;
	private final UserAccountRecords accounts;
	private final Outbox outbox;
	private final MessageSource messages;
	private final String baseUrl;
	private final Clock clock = Clock.systemUTC();
	private final JobRuns runs;

	SignInDelays(JdbcClient jdbc, TransactionTemplate transactions, SignInDelaySettings settings,
			UserAccountRecords accounts, Outbox outbox, MessageSource messages,
			@Value("${tinklas.base-url}") String baseUrl, JobRuns runs) {
		this.runs = runs;
		this.jdbc = jdbc;
		this.transactions = transactions;
		this.settings = settings;
		this.accounts = accounts;
		this.outbox = outbox;
		this.messages = messages;
		this.baseUrl = baseUrl;
	}

	/** What is known before a try: how long it must still wait, and whether the e-mail has failures counted. */
	record Before(Duration waitLeft, boolean accountFailed, boolean anyFailed) {
	}

	Before before(String login, String address) {
		Instant now = clock.instant();
		String account = subject(ACCOUNT, UserAccount.normalize(login));
		record Row(String subject, OffsetDateTime waitUntil) {
		}
		List<Row> rows = jdbc.sql("select subject, wait_until from sign_in_failure where subject in (?, ?)")
			.param(account)
			.param(subject(ADDRESS, address))
			.query((rs, i) -> new Row(rs.getString(1), rs.getObject(2, OffsetDateTime.class)))
			.list();
		Duration wait = Duration.ZERO;
		for (Row row : rows) {
			if (row.waitUntil() != null && row.waitUntil().toInstant().isAfter(now)) {
				Duration left = Duration.between(now, row.waitUntil().toInstant());
				wait = left.compareTo(wait) > 0 ? left : wait;
			}
		}
		return new Before(wait, rows.stream().anyMatch(r -> r.subject().equals(account)), !rows.isEmpty());
	}

	/** Counts a failed try for the e-mail and for the address, each in its own short transaction. */
	void failed(String login, String address) {
		Instant now = clock.instant();
		String email = UserAccount.normalize(login);
		if (email != null && !email.isBlank()) {
			accountFailed(ACCOUNT, email, now);
		}
		if (address != null && !address.isBlank()) {
			transactions.executeWithoutResult(status -> {
				String subject = subject(ADDRESS, address);
				Duration wait = settings.delayAfter(count(subject, now), settings.freeFailuresPerAddress());
				if (!wait.isZero()) {
					waitUntil(subject, now.plus(wait));
				}
			});
		}
	}

	/** How long the second step (a one-time or recovery code) of this e-mail must still wait; zero when it may be tried. */
	Duration secondStepWait(String login) {
		Instant now = clock.instant();
		return jdbc.sql("select wait_until from sign_in_failure where subject = ?")
			.param(subject(SECOND_STEP, UserAccount.normalize(login)))
			.query(OffsetDateTime.class)
			.optional()
			.filter(until -> until != null && until.toInstant().isAfter(now))
			.map(until -> Duration.between(now, until.toInstant()))
			.orElse(Duration.ZERO);
	}

	/**
	 * A wrong code at the second step, counted apart from the password's failures so that signing in
	 * again with the right password does not forget it: the codes cannot be guessed five at a time
	 * forever. The delay grows as for passwords and the owner is warned the same way.
	 */
	void secondStepFailed(String login) {
		accountFailed(SECOND_STEP, UserAccount.normalize(login), clock.instant());
	}

	/** One more failure of the e-mail's kind (a password, a second-step code): its delay grows, its owner is warned. */
	private void accountFailed(String kind, String email, Instant now) {
		transactions.executeWithoutResult(status -> {
			String subject = subject(kind, email);
			int failures = count(subject, now);
			Duration wait = settings.delayAfter(failures, settings.freeFailuresPerAccount());
			if (!wait.isZero()) {
				waitUntil(subject, now.plus(wait));
				warnOwner(subject, email, failures, now);
			}
		});
	}

	/** A right code at the second step forgets its wrong ones. */
	void secondStepSucceeded(String login) {
		jdbc.sql("delete from sign_in_failure where subject = ?").param(subject(SECOND_STEP, UserAccount.normalize(login))).update();
	}

	/** A sign-in with the right password forgets the e-mail's failures (not the address's). */
	void succeeded(String login) {
		jdbc.sql("delete from sign_in_failure where subject = ?").param(subject(ACCOUNT, UserAccount.normalize(login))).update();
	}

	@Scheduled(fixedDelayString = "PT1H", initialDelayString = "PT15M")
	void hourly() {
		runs.once("sign-in-failures", Duration.ofMinutes(50), this::forgetOld);
	}

	void forgetOld() {
		Instant now = clock.instant();
		jdbc.sql("delete from sign_in_failure where last_failed_at < ? and (wait_until is null or wait_until < ?)")
			.param(Timestamp.from(now.minus(settings.forgetAfter())))
			.param(Timestamp.from(now))
			.update();
	}

	/** One more failure, counted from one again when the last was longer ago than forgetAfter; the count now. */
	private int count(String subject, Instant now) {
		jdbc.sql("insert into sign_in_failure (subject, failures, last_failed_at) values (?, 0, ?) on conflict do nothing")
			.param(subject)
			.param(Timestamp.from(now))
			.update();
		jdbc.sql("""
				update sign_in_failure
				set failures = case when last_failed_at < ? then 1 else failures + 1 end, last_failed_at = ?
				where subject = ?""")
			.param(Timestamp.from(now.minus(settings.forgetAfter())))
			.param(Timestamp.from(now))
			.param(subject)
			.update();
		// the row stays locked by this transaction's update: the count read is this failure's own
		return jdbc.sql("select failures from sign_in_failure where subject = ?").param(subject).query(Integer.class).single();
	}

	private void waitUntil(String subject, Instant until) {
		jdbc.sql("update sign_in_failure set wait_until = ? where subject = ?")
			.param(Timestamp.from(until))
			.param(subject)
			.update();
	}

	/** Mails the owner of the account, if there is one, unless they were mailed within warnOwnerEvery. */
	private void warnOwner(String subject, String email, int failures, Instant now) {
		int due = jdbc.sql("update sign_in_failure set warned_at = ? where subject = ? and (warned_at is null or warned_at < ?)")
			.param(Timestamp.from(now))
			.param(subject)
			.param(Timestamp.from(now.minus(settings.warnOwnerEvery())))
			.update();
		if (due == 0) {
			return;
		}
		accounts.findByLogin(email).ifPresent(user -> {
			Locale locale = Locale.forLanguageTag(user.getLanguage());
			outbox.enqueue(null, locale, user.getEmail(), messages.getMessage("mail.signInAttack.subject", null, locale),
					messages.getMessage("mail.signInAttack.body",
							new Object[] { user.getDisplayName(), failures, baseUrl + "/password-reset" }, locale));
		});
	}

	private static String subject(String kind, String key) {
		String whole = kind + (key == null ? "" : key);
		return whole.length() <= 400 ? whole : whole.substring(0, 400);
	}
}
