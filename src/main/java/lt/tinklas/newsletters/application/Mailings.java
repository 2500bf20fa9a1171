package lt.tinklas.newsletters.application;

import java.sql.Timestamp;
import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;

import lt.tinklas.messaging.BulkMail;
import lt.tinklas.messaging.Outbox;
import lt.tinklas.newsletters.domain.MailingStatus;
import lt.tinklas.newsletters.domain.Mailing;
import lt.tinklas.newsletters.domain.MailingRecords;
import lt.tinklas.newsletters.domain.SegmentRecords;
import lt.tinklas.shared.history.FieldChange;
import lt.tinklas.shared.history.HistoryEntry;
import lt.tinklas.shared.history.RecordHistory;
import lt.tinklas.shared.tenancy.Tenancy;
import lt.tinklas.shared.text.Tokens;
import lt.tinklas.shared.web.ConflictException;
import lt.tinklas.shared.web.InvalidInputException;
import lt.tinklas.shared.web.InvalidInputException.FieldError;
import lt.tinklas.shared.web.NotFoundException;
import org.springframework.context.MessageSource;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * The network's mailings: written as drafts, previewed, tried on oneself, ordered sent now or at a
 * time to come. Ordering the sending writes the recipients as the segment reaches them at that
 * moment, each person once; the mails go out later at the network's rate ({@link MailingDispatch}).
 * A mailing is sent once: a second order is refused, as is one for a time past or a segment that
 * reaches nobody.
 */
@Service
public class Mailings {

	private final MailingRecords mailings;
	private final SegmentRecords segments;
	private final Segments segmentService;
	private final MailingTexts texts;
	private final Outbox outbox;
	private final JdbcClient jdbc;
	private final JdbcTemplate batches;
	private final RecordHistory history;
	private final MailingLinks links;
	private final MessageSource messages;

	Mailings(MailingRecords mailings, SegmentRecords segments, Segments segmentService,
			MailingTexts texts, Outbox outbox, JdbcClient jdbc, JdbcTemplate batches, RecordHistory history, MailingLinks links,
			MessageSource messages) {
		this.mailings = mailings;
		this.segments = segments;
		this.segmentService = segmentService;
		this.texts = texts;
		this.outbox = outbox;
		this.jdbc = jdbc;
		this.batches = batches;
		this.history = history;
		this.links = links;
		this.messages = messages;
	}

	/** A mailing as typed: the segment, the Lithuanian subject and body, the optional English ones, public or not. */
	public record MailingData(Long segmentId, String subject, String body, String subjectEn, String bodyEn,
			Boolean publicArchive) {
	}

	/** How a mailing's sending went: its recipients by what became of their mail. */
	public record Counts(long recipients, long waiting, long sent, long failed, long skipped, long bounced,
			long unsubscribed) {
	}

	public record MailingView(long id, long version, Long segmentId, String segmentName, String subject, String body,
			String subjectEn, String bodyEn, boolean publicArchive, MailingStatus status, Instant sendAt,
			Instant finishedAt, Instant createdAt, Counts counts) {

		public String subject(String language) {
			return "en".equals(language) && subjectEn != null ? subjectEn : subject;
		}

		public boolean draft() {
			return status == MailingStatus.DRAFT;
		}
	}

	/** One person a mailing went to, and what became of their mail. */
	public record RecipientView(Long personId, String name, String email, String language, String state,
			String skippedWhy, Instant sentAt, Instant bouncedAt, Instant unsubscribedAt) {
	}

	@Transactional(readOnly = true)
	public List<MailingView> list() {
		Map<Long, String> names = segmentNames();
		Map<Long, Counts> counts = counts(null);
		return mailings.findAllByOrderByCreatedAtDescIdDesc()
			.stream()
			.map(m -> view(m, names.get(m.getSegmentId()), counts.getOrDefault(m.getId(), NO_COUNTS)))
			.toList();
	}

	@Transactional(readOnly = true)
	public MailingView get(long id) {
		Mailing mailing = find(id);
		return view(mailing, segmentNames().get(mailing.getSegmentId()),
				counts(id).getOrDefault(id, NO_COUNTS));
	}

	@Transactional
	public MailingView create(MailingData data) {
		check(data);
		Mailing mailing = new Mailing(data.segmentId(), data.subject().strip(), data.body(), blank(data.subjectEn()),
				blank(data.bodyEn()), Boolean.TRUE.equals(data.publicArchive()));
		return get(mailings.saveAndFlush(mailing).getId());
	}

	/** Saves a draft; refused for a mailing already ordered sent, or saved by someone since {@code version}. */
	@Transactional
	public MailingView update(long id, long version, MailingData data) {
		Mailing mailing = find(id);
		mailing.checkVersion(version);
		requireDraft(mailing);
		check(data);
		mailing.update(data.segmentId(), data.subject().strip(), data.body(), blank(data.subjectEn()), blank(data.bodyEn()),
				Boolean.TRUE.equals(data.publicArchive()));
		mailings.saveAndFlush(mailing);
		return get(id);
	}

	/** Deletes a draft (the history keeps it); a mailing ordered sent stays. */
	@Transactional
	public void delete(long id) {
		Mailing mailing = find(id);
		requireDraft(mailing);
		mailings.delete(mailing);
		mailings.flush();
	}

	/**
	 * Orders the mailing sent at {@code at} (now when null): refused when it is not a draft, the time
	 * has passed, it has no segment or the segment reaches nobody. The recipients are written now.
	 */
	@Transactional
	public MailingView send(long id, Instant at) {
		Mailing mailing = find(id);
		requireDraft(mailing);
		Instant now = Instant.now();
		if (at != null && at.isBefore(now.minus(1, ChronoUnit.MINUTES))) {
			throw InvalidInputException.of("at", "mailing.error.past");
		}
		if (at != null && at.isAfter(now.plus(366, ChronoUnit.DAYS))) {
			throw InvalidInputException.of("at", "mailing.error.tooFar");
		}
		check(new MailingData(mailing.getSegmentId(), mailing.getSubject(), mailing.getBody(), mailing.getSubjectEn(),
				mailing.getBodyEn(), mailing.isPublicArchive()));
		if (mailing.getSegmentId() == null) {
			throw InvalidInputException.of("segmentId", "mailing.error.noSegment");
		}
		Audiences.Audience audience = segmentService.preview(mailing.getSegmentId());
		if (audience.receivers().isEmpty()) {
			throw InvalidInputException.of("segmentId", "mailing.error.nobody");
		}
		long network = Tenancy.current().orElseThrow();
		List<Object[]> rows = new ArrayList<>();
		for (Audiences.Receiver receiver : audience.receivers()) {
			rows.add(new Object[] { network, id, receiver.personId(), receiver.email(), receiver.firstName(),
					receiver.lastName(), receiver.organization(), receiver.language(), Tokens.hash(Tokens.random()),
					Tokens.random().substring(0, 22) });
		}
		insertRecipients(rows);
		mailing.schedule(at == null || at.isBefore(now) ? now : at);
		mailings.saveAndFlush(mailing);
		return get(id);
	}

	/** Takes back the order to send, while no mail of it has gone to the outbox: the mailing is a draft again. */
	@Transactional
	public MailingView cancel(long id) {
		Mailing mailing = find(id);
		if (mailing.getStatus() != MailingStatus.SCHEDULED) {
			throw new ConflictException("mailing.error.notScheduled");
		}
		jdbc.sql("delete from mailing_recipient where network_id = :network and mailing_id = :id")
			.param("network", Tenancy.current().orElseThrow())
			.param("id", id)
			.update();
		mailing.cancel();
		mailings.saveAndFlush(mailing);
		return get(id);
	}

	/** Sends the mailing, in {@code language}, to the address given (the signer's own), marked as a test. */
	@Transactional
	public void testSend(long id, String email, String name, String language) {
		Mailing mailing = find(id);
		MailingTexts.Written written = write(mailing, language, new MailingTexts.Reader(name, "", ""),
				links.unsubscribeExample(), mailing.isPublicArchive() ? links.archive(id) : null);
		String secret = Tokens.random();
		outbox.enqueueWritten(Tenancy.current().orElseThrow(),
				new BulkMail(Locale.forLanguageTag(language), email,
						messages.getMessage("mailing.test.subject", new Object[] { written.subject() },
								Locale.forLanguageTag(language)),
						written.text(), written.html(), null, secret, null, "mailing-test:" + id));
	}

	/** The mail as a person would get it in {@code language}, with a sample name, its HTML as a page shows it. */
	@Transactional(readOnly = true)
	public MailingTexts.Written preview(long id, String language) {
		Mailing mailing = find(id);
		MailingTexts.Reader reader = new MailingTexts.Reader(messages.getMessage("mailing.sample.firstName", null,
				Locale.forLanguageTag(language)), messages.getMessage("mailing.sample.lastName", null,
						Locale.forLanguageTag(language)), messages.getMessage("mailing.sample.organization", null,
								Locale.forLanguageTag(language)));
		boolean english = "en".equals(language) && mailing.getBodyEn() != null;
		return texts.write(texts.frame(mailing.getNetworkId()), english ? "en" : "lt",
				english ? mailing.getSubjectEn() : mailing.getSubject(), english ? mailing.getBodyEn() : mailing.getBody(),
				reader, links.unsubscribeExample(), mailing.isPublicArchive() ? links.archive(id) : null, true);
	}

	MailingTexts.Written write(Mailing mailing, String language, MailingTexts.Reader reader, String unsubscribeUrl,
			String archiveUrl) {
		return write(texts.frame(mailing.getNetworkId()), mailing, language, reader, unsubscribeUrl, archiveUrl);
	}

	MailingTexts.Written write(MailingTexts.Frame frame, Mailing mailing, String language, MailingTexts.Reader reader,
			String unsubscribeUrl, String archiveUrl) {
		boolean english = "en".equals(language) && mailing.getBodyEn() != null;
		return texts.write(frame, english ? "en" : "lt", english ? mailing.getSubjectEn() : mailing.getSubject(),
				english ? mailing.getBodyEn() : mailing.getBody(), reader, unsubscribeUrl, archiveUrl);
	}

	@Transactional(readOnly = true)
	public List<RecipientView> recipients(long id) {
		find(id);
		return jdbc.sql("""
				select person_id, first_name || ' ' || last_name, email, language, state, skipped_why, sent_at, bounced_at, unsubscribed_at
				from mailing_recipient where network_id = :network and mailing_id = :id order by id""")
			.param("network", Tenancy.current().orElseThrow())
			.param("id", id)
			.query((rs, i) -> new RecipientView((Long) rs.getObject(1, Long.class), rs.getString(2), rs.getString(3),
					rs.getString(4), rs.getString(5), rs.getString(6), instant(rs.getTimestamp(7)),
					instant(rs.getTimestamp(8)), instant(rs.getTimestamp(9))))
			.list();
	}

	@Transactional(readOnly = true)
	public List<HistoryEntry> history(long id) {
		return history.of(Mailing.class, id);
	}

	@Transactional(readOnly = true)
	public List<FieldChange> changedSince(long id, long version) {
		return history.changedSince(Mailing.class, id, version);
	}

	private void insertRecipients(List<Object[]> rows) {
		batches.batchUpdate("""
				insert into mailing_recipient (network_id, mailing_id, person_id, email, first_name, last_name,
				  organization, language, token, bounce_token, state) values (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, 'PENDING')""", rows);
	}

	private void check(MailingData data) {
		List<FieldError> errors = new ArrayList<>();
		required(errors, "subject", data.subject());
		required(errors, "body", data.body());
		if (blank(data.subjectEn()) != null && blank(data.bodyEn()) == null) {
			errors.add(new FieldError("bodyEn", "mailing.error.englishBoth", new Object[0]));
		}
		if (blank(data.bodyEn()) != null && blank(data.subjectEn()) == null) {
			errors.add(new FieldError("subjectEn", "mailing.error.englishBoth", new Object[0]));
		}
		for (String[] text : new String[][] { { "subject", data.subject(), "300" }, { "subjectEn", data.subjectEn(), "300" },
				{ "body", data.body(), "50000" }, { "bodyEn", data.bodyEn(), "50000" } }) {
			int max = Integer.parseInt(text[2]);
			if (text[1] != null && text[1].strip().length() > max) {
				errors.add(new FieldError(text[0], "form.error.tooLong", new Object[] { max }));
			}
		}
		errors.addAll(texts.problems("subject", data.subject()));
		errors.addAll(texts.problems("body", data.body()));
		errors.addAll(texts.problems("subjectEn", data.subjectEn()));
		errors.addAll(texts.problems("bodyEn", data.bodyEn()));
		if (data.segmentId() != null && !segments.existsById(data.segmentId())) {
			errors.add(new FieldError("segmentId", "mailing.error.unknownSegment", new Object[0]));
		}
		if (!errors.isEmpty()) {
			throw new InvalidInputException(errors);
		}
	}

	private static void required(List<FieldError> errors, String field, String value) {
		if (value == null || value.isBlank()) {
			errors.add(new FieldError(field, "jakarta.validation.constraints.NotBlank.message", new Object[0]));
		}
	}

	private static void requireDraft(Mailing mailing) {
		if (mailing.getStatus() != MailingStatus.DRAFT) {
			throw new ConflictException("mailing.error.notDraft");
		}
	}

	private Map<Long, String> segmentNames() {
		Map<Long, String> names = new HashMap<>();
		segments.findAll().forEach(s -> names.put(s.getId(), s.getName()));
		return names;
	}

	/** The counts of one mailing, or of every mailing of the network when {@code id} is null. */
	private Map<Long, Counts> counts(Long id) {
		Map<Long, Counts> counts = new HashMap<>();
		jdbc.sql("""
				select mailing_id, count(*),
				  sum(case when state in ('PENDING', 'QUEUED') then 1 else 0 end),
				  sum(case when state = 'SENT' then 1 else 0 end),
				  sum(case when state = 'FAILED' then 1 else 0 end),
				  sum(case when state = 'SKIPPED' then 1 else 0 end),
				  sum(case when bounced_at is not null then 1 else 0 end),
				  sum(case when unsubscribed_at is not null then 1 else 0 end)
				from mailing_recipient where network_id = :network and (cast(:id as bigint) is null or mailing_id = :id)
				group by mailing_id""")
			.param("network", Tenancy.current().orElseThrow())
			.param("id", id)
			.query((rs, i) -> counts.put(rs.getLong(1), new Counts(rs.getLong(2), rs.getLong(3), rs.getLong(4),
					rs.getLong(5), rs.getLong(6), rs.getLong(7), rs.getLong(8))))
			.list();
		return counts;
	}

	/** The counts of a mailing with no recipient written yet (a draft). */
	private static final Counts NO_COUNTS = new Counts(0, 0, 0, 0, 0, 0, 0);

	Mailing find(long id) {
		return mailings.findById(id).orElseThrow(() -> new NotFoundException("Mailing"));
	}

	private static MailingView view(Mailing m, String segmentName, Counts counts) {
		return new MailingView(m.getId(), m.getVersion(), m.getSegmentId(), segmentName, m.getSubject(), m.getBody(),
				m.getSubjectEn(), m.getBodyEn(), m.isPublicArchive(), m.getStatus(), m.getSendAt(), m.getFinishedAt(),
				m.getCreatedAt(), counts);
	}

	private static Instant instant(Timestamp timestamp) {
		return timestamp == null ? null : timestamp.toInstant();
	}

	private static String blank(String text) {
		return text == null || text.isBlank() ? null : text;
	}
}
