package lt.tinklas.shared.hostile;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.Deque;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.TreeMap;
import java.util.regex.Pattern;
import java.util.stream.Stream;

import lt.tinklas.shared.hostile.HtmlForms.Field;
import lt.tinklas.shared.hostile.HtmlForms.Form;
import lt.tinklas.testing.FreshNetwork;
import lt.tinklas.testing.TinklasTest;
import lt.tinklas.testing.WebSession;
import org.apache.pdfbox.Loader;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.text.PDFTextStripper;
import org.dhatim.fastexcel.reader.ReadableWorkbook;
import org.dhatim.fastexcel.reader.Row;
import org.jsoup.Jsoup;
import org.jsoup.nodes.Document;
import org.jsoup.nodes.Element;
import org.junit.jupiter.api.Test;
import org.springframework.boot.test.web.server.LocalServerPort;

/**
 * Every form of the staff pages, found by walking a network's pages as its admin, is sent hostile
 * values field by field with the other fields valid. Nothing answers with a server error; a
 * refusal shows the form again with a message in the user's language, at the field where it is
 * the field's fault, keeping what was typed; an accepted value never reaches any page, export or
 * PDF as live markup.
 */
@TinklasTest
class HostileFormsTests {

	/** Forms that change who may sign in, or end the session: left alone, they would lock the walk out. */
	private static final Pattern LEFT_ALONE = Pattern.compile(
			"logout|/account|password|second-factor|two-factor|/users|role|passkey|token|language|delete|erase|/networks/new");

	/** Links not walked: files, the public site, other sortings and pages of the same list. */
	private static final Pattern NOT_WALKED = Pattern
		.compile("\\.(csv|xlsx|pdf|ics|png|jpg|rss)|/export|/download|/public|/file|/image|/logo|\\?|#|/history");

	/** The files the pages offer: exports and documents. */
	private static final Pattern FILE = Pattern.compile("\\.(csv|xlsx|pdf)$");

	private static final Pattern MESSAGE_KEY = Pattern.compile("\\b[a-z]+(\\.[a-zA-Z0-9]+){2,}\\b|Exception|\\{0\\}");

	@LocalServerPort
	int port;

	final List<String> failures = new ArrayList<>();

	final List<String> notes = new ArrayList<>();

	final Map<String, int[]> tally = new TreeMap<>();

	int posts;

	final Set<String> files = new LinkedHashSet<>();

	int acceptedCount;

	int refusedAtField;

	int refusedInForm;

	final Map<String, Integer> refusedOnPage = new TreeMap<>();

	@Test
	void everyFormOfTheStaffPagesSurvivesHostileValuesFieldByField() {
		FreshNetwork network = FreshNetwork.create(port, "priesiskos-formos", "Priešiškų įvesčių tinklas");
		network.organization("30000101", "Pirmoji bendrija", "2020-01-01");
		network.person("Ona", "Onaitė", "ona@priesiskas.lt");
		network.event("TRAINING", "Mokymai", "2026-03-01T10:00:00+02:00", "2026-03-01T14:00:00+02:00", 4);
		WebSession admin = network.signedIn();

		Set<String> done = new LinkedHashSet<>();
		for (int round = 0; round < 3; round++) {
			Map<String, String> found = walk(admin, network.pages());
			found.keySet().removeAll(done);
			if (found.isEmpty()) {
				break;
			}
			found.forEach((key, page) -> {
				done.add(key);
				attack(admin, page, key);
			});
		}
		// the files as the pages offer them once every form was sent
		files.clear();
		Map<String, String> pages = walkPages(admin, network.pages());
		pages.forEach((path, body) -> {
			for (String markup : HostileValues.LIVE_MARKUP) {
				if (body.contains(markup)) {
					failures.add("live markup on " + path + ": " + markup);
				}
			}
		});

		int read = readFiles(admin);

		System.out.printf("HOSTILE FORMS: %d files read (exports and PDFs)%n", read);
		System.out.printf("HOSTILE FORMS: %d forms, %d typed fields, %d posts, %d accepted, %d refused at the field,"
				+ " %d refused for the form, %d pages read again%n", done.size(),
				tally.values().stream().mapToInt(t -> t[0]).sum(), posts, acceptedCount, refusedAtField, refusedInForm,
				pages.size());
		tally.forEach((key, t) -> System.out.printf("  %s: %d fields, %d posts%n", key, t[0], t[1]));
		refusedOnPage.forEach((field, n) -> System.out.printf("  refused on the error page: %s (%d)%n", field, n));
		notes.forEach(n -> System.out.println("  NOTE " + n));
		failures.forEach(f -> System.out.println("  FAIL " + f));
		assertThat(done).as("forms found").hasSizeGreaterThan(20);
		assertThat(failures).isEmpty();
	}

	/** Each typed field of the form given each value aimed at its kind, the others as a person fills them. */
	private void attack(WebSession admin, String page, String key) {
		Optional<Form> first = HtmlForms.find(admin.get(page).body(), key);
		if (first.isEmpty()) {
			return;
		}
		int[] counts = tally.computeIfAbsent(key + " @ " + page, k -> new int[2]);
		for (Field field : first.get().typedFields()) {
			counts[0]++;
			for (String value : HostileValues.forType(field.type())) {
				Optional<Form> form = HtmlForms.find(admin.get(page).body(), key);
				if (form.isEmpty()) {
					return;
				}
				Map<String, String> values = new LinkedHashMap<>(form.get().filled());
				values.put(field.name(), value);
				counts[1]++;
				posts++;
				try {
					check(admin, form.get(), field, value, admin.postRaw(form.get().action(), values));
				}
				catch (IllegalStateException e) {
					// the server broke off the page it was writing: an error after the first bytes
					failures.add("page broken off (" + e.getMessage() + ") after " + form.get().action() + " "
							+ field.name() + "=" + HostileValues.label(value));
				}
			}
		}
	}

	private void check(WebSession admin, Form form, Field field, String value, WebSession.Page answer) {
		String what = form.action() + " " + field.name() + "=" + HostileValues.label(value);
		if (answer.status() >= 500) {
			failures.add(answer.status() + " from " + what);
			return;
		}
		if (answer.status() == 302) {
			acceptedCount++;
			String next = answer.location().replaceFirst("^https?://[^/]+", "");
			if (next.startsWith("/n/")) {
				WebSession.Page shown = admin.get(next);
				if (shown.status() >= 500) {
					failures.add(shown.status() + " showing " + next + " after " + what);
				}
				HostileValues.LIVE_MARKUP.stream()
					.filter(shown.body()::contains)
					.forEach(markup -> failures.add("live markup " + markup + " on " + next + " after " + what));
			}
			return;
		}
		if (answer.status() == 400 && answer.body().contains("id=\"unstorable\"")) {
			// a form read field by field: refused on a page that names the limit, the form kept by the browser
			refusedOnPage.merge(form.action().replaceAll("/\\d+", "/{id}") + " " + field.name(), 1, Integer::sum);
			return;
		}
		if (answer.status() != 200) {
			failures.add(answer.status() + " without the form from " + what);
			return;
		}
		HostileValues.LIVE_MARKUP.stream()
			.filter(answer.body()::contains)
			.forEach(markup -> failures.add("live markup " + markup + " in the refusal of " + what));
		Document page = Jsoup.parse(answer.body());
		Element input = page.selectFirst("[name=\"" + field.name() + "\"]");
		boolean atField = input != null && input.hasClass("is-invalid");
		String messages = page.select(".invalid-feedback, .alert-danger").text();
		if (atField) {
			refusedAtField++;
		}
		else if (!messages.isBlank()) {
			refusedInForm++;
		}
		else {
			failures.add("refused without a message: " + what);
			return;
		}
		// the typed value may be quoted in the message ("«...» is not an amount"): only the message's own words count
		if (MESSAGE_KEY.matcher(value.isBlank() ? messages : messages.replace(value, "")).find()) {
			failures.add("message not in words (" + messages + ") for " + what);
		}
		// text fields are held to all of it; a number, date or choice that no browser sends is noted
		List<String> held = HtmlForms.TEXTUAL.contains(field.type()) ? failures : notes;
		if (atField && messageOf(page, input).isBlank()) {
			held.add("field marked without its message: " + what);
		}
		if (atField && !"select".equals(field.type()) && !value.contains("\u0000")) {
			String kept = "textarea".equals(input.tagName()) ? input.wholeText() : input.attr("value");
			if (!kept.replace("\r\n", "\n").strip().equals(value.strip())) {
				held.add("typed value not kept (" + HostileValues.label(kept) + "): " + what);
			}
		}
	}

	/**
	 * Every export and document the pages link to, downloaded after the hostile values went in: each
	 * opens as what it claims to be, and a CSV holds the markup as plain text.
	 */
	private int readFiles(WebSession admin) {
		int read = 0;
		for (String file : files) {
			byte[] content;
			try {
				content = admin.download(file);
			}
			catch (AssertionError | IllegalStateException e) {
				failures.add("file " + file + ": " + e.getMessage());
				continue;
			}
			read++;
			try {
				if (file.endsWith(".pdf")) {
					try (PDDocument pdf = Loader.loadPDF(content)) {
						new PDFTextStripper().getText(pdf);
					}
				}
				else if (file.endsWith(".xlsx")) {
					try (ReadableWorkbook workbook = new ReadableWorkbook(new ByteArrayInputStream(content));
							Stream<Row> rows = workbook.getFirstSheet().openStream()) {
						rows.count();
					}
				}
				else if (HostileValues.LIVE_MARKUP.stream().noneMatch(new String(content, StandardCharsets.UTF_8)::contains)
						&& file.contains("/organizations/export")) {
					failures.add("the markup typed is not in " + file + " as plain text");
				}
			}
			catch (IOException | RuntimeException e) {
				failures.add("file " + file + " does not open: " + e);
			}
		}
		return read;
	}

	/** The message beside a field: the element its {@code aria-describedby} names, or the feedback next to it. */
	private static String messageOf(Document page, Element input) {
		for (String id : input.attr("aria-describedby").split("\\s+")) {
			Element described = id.isEmpty() ? null : page.getElementById(id);
			if (described != null && !described.text().isBlank()) {
				return described.text();
			}
		}
		Element parent = input.parent();
		for (int up = 0; parent != null && up < 3; up++, parent = parent.parent()) {
			String feedback = parent.select(".invalid-feedback").text();
			if (!feedback.isBlank()) {
				return feedback;
			}
		}
		return "";
	}

	/** The forms found on the network's pages, by their key, with the page each is on. */
	private Map<String, String> walk(WebSession admin, String home) {
		Map<String, String> forms = new LinkedHashMap<>();
		walkPages(admin, home).forEach((path, body) -> {
			for (Form form : HtmlForms.postForms(body)) {
				if (form.action().startsWith(home) && !LEFT_ALONE.matcher(form.action()).find()
						&& !form.typedFields().isEmpty()) {
					forms.putIfAbsent(form.key(), path);
				}
			}
		});
		return forms;
	}

	/** The network's pages reachable from its home by links, read once each, by their path. */
	private Map<String, String> walkPages(WebSession admin, String home) {
		Map<String, String> pages = new LinkedHashMap<>();
		Map<String, Integer> perShape = new LinkedHashMap<>();
		Deque<String> queue = new ArrayDeque<>(List.of(home));
		while (!queue.isEmpty() && pages.size() < 600) {
			String path = queue.poll();
			if (pages.containsKey(path)) {
				continue;
			}
			WebSession.Page page;
			try {
				page = admin.get(path);
			}
			catch (IllegalStateException e) {
				failures.add("page broken off reading " + path);
				pages.put(path, "");
				continue;
			}
			if (page.status() >= 500) {
				failures.add(page.status() + " reading " + path);
			}
			pages.put(path, page.body());
			if (page.status() != 200) {
				continue;
			}
			for (Element link : Jsoup.parse(page.body()).select("a[href]")) {
				String href = link.attr("href");
				if (href.startsWith(home) && FILE.matcher(href).find()) {
					files.add(href);
				}
				if (href.startsWith(home) && !NOT_WALKED.matcher(href).find() && !pages.containsKey(href)) {
					// a few records of each kind are enough: every record's page is the same template
					String shape = href.replaceAll("/\\d+", "/{id}");
					if (perShape.merge(shape, 1, Integer::sum) <= 3) {
						queue.add(href);
					}
				}
			}
		}
		return pages;
	}
}
