package lt.tinklas.networks.web;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.stream.Collectors;

import jakarta.servlet.http.HttpServletRequest;
import lt.tinklas.shared.history.AccessEntry;
import lt.tinklas.shared.history.AccessFilter;
import lt.tinklas.shared.history.AccessKind;
import lt.tinklas.shared.history.AccessLog;
import lt.tinklas.shared.replica.ReadsFromReplica;
import lt.tinklas.shared.security.NetworkAdmins;
import lt.tinklas.shared.web.Downloads;
import lt.tinklas.shared.web.Formats;
import lt.tinklas.shared.web.ListSort;
import lt.tinklas.shared.web.NetworkContext;
import lt.tinklas.shared.web.PageLinks;
import org.springframework.context.MessageSource;
import org.springframework.format.annotation.DateTimeFormat;
import org.springframework.http.ResponseEntity;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.RequestParam;

/**
 * The network's access log, for its admins only: who read a person's data, a training's
 * certificates or a list of members, when, with which filter and how many rows; filtered by kind and
 * days, sorted by a column (newest first), a page at a time, and downloaded as the page shows it.
 */
@Controller
class AccessLogController {

	static final int PAGE_SIZE = 100;

	/** The most entries one download carries. */
	static final int MAX_EXPORT = 100_000;

	private final AccessLog log;
	private final MessageSource messages;
	private final Formats formats;

	AccessLogController(AccessLog log, MessageSource messages, Formats formats) {
		this.log = log;
		this.messages = messages;
		this.formats = formats;
	}

	@GetMapping("/n/{slug}/access-log")
	@NetworkAdmins
	String list(@RequestParam(required = false) AccessKind kind,
			@RequestParam(required = false) @DateTimeFormat(iso = DateTimeFormat.ISO.DATE) LocalDate from,
			@RequestParam(required = false) @DateTimeFormat(iso = DateTimeFormat.ISO.DATE) LocalDate to,
			@RequestParam(required = false) String sort, @RequestParam(required = false) String dir,
			@RequestParam(defaultValue = "0") String page, HttpServletRequest request, Model model) {
		ListSort order = order(sort, dir, request);
		AccessLog.Query query = new AccessLog.Query(kind, from, to, order.key(), order.descending());
		long network = NetworkContext.of(request).id();
		AccessLog.Page found = PageLinks.read(page, PAGE_SIZE, p -> log.list(network, query, p, PAGE_SIZE));
		model.addAttribute("kind", kind);
		model.addAttribute("kinds", AccessKind.values());
		model.addAttribute("from", from);
		model.addAttribute("to", to);
		model.addAttribute("sort", order);
		model.addAttribute("result", found);
		model.addAttribute("pages", PageLinks.of(found, PAGE_SIZE, request));
		return "networks/access-log";
	}

	@ReadsFromReplica
	@GetMapping("/n/{slug}/access-log/export.{format}")
	@NetworkAdmins
	ResponseEntity<byte[]> export(@PathVariable String format, @RequestParam(required = false) AccessKind kind,
			@RequestParam(required = false) @DateTimeFormat(iso = DateTimeFormat.ISO.DATE) LocalDate from,
			@RequestParam(required = false) @DateTimeFormat(iso = DateTimeFormat.ISO.DATE) LocalDate to,
			@RequestParam(required = false) String sort, @RequestParam(required = false) String dir,
			HttpServletRequest request, Locale locale) {
		ListSort order = order(sort, dir, request);
		AccessLog.Query query = new AccessLog.Query(kind, from, to, order.key(), order.descending());
		List<AccessEntry> entries = log.list(NetworkContext.of(request).id(), query, 0, MAX_EXPORT).items();
		List<String> headers = List.of(text("accessLog.when", locale), text("accessLog.who", locale),
				text("accessLog.kind", locale), text("accessLog.channel", locale), text("accessLog.what", locale),
				text("accessLog.filter", locale), text("accessLog.rows", locale));
		List<List<Object>> rows = new ArrayList<>();
		for (AccessEntry entry : entries) {
			rows.add(List.of(formats.dateTime(entry.at()), who(entry, locale),
					text("accessLog.kind." + entry.kind(), locale), text("accessLog.channel." + entry.channel(), locale),
					what(entry, locale), filter(entry.filter(), locale), entry.rows()));
		}
		return Downloads.table("prieigos-zurnalas", text("accessLog.title", locale), format, headers, rows);
	}

	/** The order asked for; with none, newest first. */
	private static ListSort order(String sort, String dir, HttpServletRequest request) {
		return ListSort.of(sort, sort == null && dir == null ? "desc" : dir, AccessLog.SORTS, request);
	}

	private String who(AccessEntry entry, Locale locale) {
		return entry.by() == null ? text("accessLog.by.link", locale) : entry.by();
	}

	private String what(AccessEntry entry, Locale locale) {
		String subject = text(entry.subjectKey(), locale);
		return entry.subjectName() == null ? subject : subject + ": " + entry.subjectName();
	}

	private String filter(List<AccessFilter> filter, Locale locale) {
		return filter.stream()
			.map(condition -> text(condition.labelKey(), locale) + ": "
					+ (condition.valueKey() == null ? condition.value() : text(condition.valueKey(), locale)))
			.collect(Collectors.joining("; "));
	}

	private String text(String key, Locale locale) {
		return messages.getMessage(key, null, key, locale);
	}
}
