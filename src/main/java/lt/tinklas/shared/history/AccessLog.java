package lt.tinklas.shared.history;

import java.sql.Timestamp;
import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;

import jakarta.servlet.http.HttpServletRequest;
import lt.tinklas.shared.tenancy.Tenancy;
import lt.tinklas.shared.web.Formats;
import lt.tinklas.shared.web.ListPage;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.security.authentication.AnonymousAuthenticationToken;
import org.springframework.security.core.Authentication;
import org.springframework.security.core.context.SecurityContextHolder;
import org.springframework.stereotype.Service;
import org.springframework.transaction.PlatformTransactionManager;
import org.springframework.transaction.TransactionDefinition;
import org.springframework.transaction.support.TransactionSynchronizationManager;
import org.springframework.transaction.support.TransactionTemplate;
import org.springframework.web.context.request.RequestContextHolder;
import org.springframework.web.context.request.ServletRequestAttributes;

/**
 * The network's log of readings that take personal data out in bulk or about one person: who, when,
 * what kind, which record or list with its filter, how many rows. A caller records after the read has
 * succeeded, in the same request, so a refused or failed request leaves no entry. The entry joins the
 * request's transaction when it writes; in a read-only one, or none, it is written in its own.
 */
@Service
public class AccessLog {

	/** The keys a page may sort the log by; the first is its usual order (newest first). */
	public static final List<String> SORTS = List.of("at", "by", "kind", "rows");

	private static final Map<String, String> SORT_COLUMNS = Map.of("at", "accessed_at", "by", "accessed_by", "kind",
			"kind", "rows", "row_count");

	private static final int MAX_NAME = 400;

	private static final int MAX_FILTER = 2000;

	private final JdbcClient jdbc;
	private final TransactionTemplate ownTransaction;

	AccessLog(JdbcClient jdbc, PlatformTransactionManager transactions) {
		this.jdbc = jdbc;
		this.ownTransaction = new TransactionTemplate(transactions);
		this.ownTransaction.setPropagationBehavior(TransactionDefinition.PROPAGATION_REQUIRES_NEW);
	}

	/**
	 * Records a reading in the current network by the signed-in user (none: the person through their
	 * link): {@code subjectKey} names the record's type or the list, {@code subjectName} the record (null
	 * for a list), {@code filter} the list's conditions, {@code rows} how many were read.
	 */
	public void record(AccessKind kind, String subjectKey, String subjectName, List<AccessFilter> filter, int rows) {
		long network = Tenancy.require();
		Runnable insert = () -> jdbc.sql("""
				insert into access_log (network_id, accessed_at, accessed_by, kind, channel, subject_key, subject_name,
				filter, row_count) values (?, ?, ?, ?, ?, ?, ?, ?, ?)""")
			.param(network)
			.param(Timestamp.from(Instant.now()))
			.param(signedIn())
			.param(kind.name())
			.param(channel().name())
			.param(subjectKey)
			.param(cut(subjectName, MAX_NAME))
			.param(cut(encode(filter), MAX_FILTER))
			.param(rows)
			.update();
		boolean writing = TransactionSynchronizationManager.isActualTransactionActive()
				&& !TransactionSynchronizationManager.isCurrentTransactionReadOnly();
		if (writing) {
			insert.run();
		}
		else {
			ownTransaction.executeWithoutResult(status -> insert.run());
		}
	}

	/** What the log's page asks: a kind or all (null), the days from and to (Vilnius, either open), the order. */
	public record Query(AccessKind kind, LocalDate from, LocalDate to, String sort, boolean descending) {
	}

	/** One page of the log. */
	public record Page(List<AccessEntry> items, long total, int page) implements ListPage {
	}

	/** The network's entries the query asks for, {@code size} a page from page {@code page} (from 0). */
	public Page list(long networkId, Query query, int page, int size) {
		StringBuilder where = new StringBuilder(" where network_id = :network");
		Map<String, Object> params = new HashMap<>();
		params.put("network", networkId);
		if (query.kind() != null) {
			where.append(" and kind = :kind");
			params.put("kind", query.kind().name());
		}
		if (query.from() != null) {
			where.append(" and accessed_at >= :from");
			params.put("from", Timestamp.from(query.from().atStartOfDay(Formats.VILNIUS).toInstant()));
		}
		if (query.to() != null) {
			where.append(" and accessed_at < :to");
			params.put("to", Timestamp.from(query.to().plusDays(1).atStartOfDay(Formats.VILNIUS).toInstant()));
		}
		long total = jdbc.sql("select count(*) from access_log" + where).params(params).query(Long.class).single();
		String column = SORT_COLUMNS.getOrDefault(query.sort(), "accessed_at");
		String direction = query.descending() ? " desc" : " asc";
		List<AccessEntry> items = jdbc
			.sql("select id, accessed_at, accessed_by, kind, channel, subject_key, subject_name, filter, row_count"
					+ " from access_log" + where + " order by " + column + direction + ", id" + direction
					+ " limit :size offset :offset")
			.params(params)
			.param("size", size)
			.param("offset", (long) page * size)
			.query((rs, i) -> new AccessEntry(rs.getLong(1), rs.getTimestamp(2).toInstant(), rs.getString(3),
					AccessKind.valueOf(rs.getString(4)), AccessEntry.Channel.valueOf(rs.getString(5)), rs.getString(6),
					rs.getString(7), decode(rs.getString(8)), rs.getInt(9)))
			.list();
		return new Page(items, total, page);
	}

	private static String signedIn() {
		Authentication authentication = SecurityContextHolder.getContext().getAuthentication();
		boolean signedIn = authentication != null && authentication.isAuthenticated()
				&& !(authentication instanceof AnonymousAuthenticationToken);
		return signedIn ? authentication.getName() : null;
	}

	private static AccessEntry.Channel channel() {
		if (RequestContextHolder.getRequestAttributes() instanceof ServletRequestAttributes attributes) {
			HttpServletRequest request = attributes.getRequest();
			String path = request.getRequestURI().substring(request.getContextPath().length());
			if (path.startsWith("/api/")) {
				return AccessEntry.Channel.API;
			}
			if (path.contains("/public/")) {
				return AccessEntry.Channel.LINK;
			}
		}
		return AccessEntry.Channel.PAGE;
	}

	/** A condition a line, its three parts apart by a tab; a tab or line break in a value becomes a space. */
	static String encode(List<AccessFilter> filter) {
		if (filter == null || filter.isEmpty()) {
			return null;
		}
		return filter.stream()
			.map(condition -> clean(condition.labelKey()) + "\t" + clean(condition.valueKey()) + "\t"
					+ clean(condition.value()))
			.collect(Collectors.joining("\n"));
	}

	static List<AccessFilter> decode(String text) {
		List<AccessFilter> filter = new ArrayList<>();
		if (text == null || text.isEmpty()) {
			return filter;
		}
		for (String line : text.split("\n")) {
			String[] parts = line.split("\t", -1);
			if (parts.length == 3) {
				filter.add(new AccessFilter(parts[0], parts[1].isEmpty() ? null : parts[1],
						parts[1].isEmpty() ? parts[2] : null));
			}
		}
		return filter;
	}

	private static String clean(String text) {
		return text == null ? "" : text.replaceAll("[\\t\\r\\n]", " ");
	}

	private static String cut(String text, int max) {
		return text == null || text.length() <= max ? text : text.substring(0, max);
	}
}
