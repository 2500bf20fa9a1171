package lt.tinklas;

import static org.assertj.core.api.Assertions.assertThat;

import java.net.URI;
import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.Deque;
import java.util.HashSet;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import com.tngtech.archunit.core.domain.JavaClass;
import com.tngtech.archunit.core.importer.ClassFileImporter;
import com.tngtech.archunit.core.importer.ImportOption;
import lt.tinklas.demo.DemoAccounts;
import lt.tinklas.testing.TinklasTest;
import lt.tinklas.testing.WebSession;
import org.jsoup.Jsoup;
import org.jsoup.nodes.Document;
import org.jsoup.nodes.Element;
import org.jsoup.nodes.TextNode;
import org.junit.jupiter.api.Test;
import org.springframework.boot.test.web.server.LocalServerPort;

/**
 * What a user reads on every page of the demo, in both languages: no internal code (an enum
 * constant's name, a municipality's ISO code), no raw list ({@code [1, 8]}, {@code []}) and no year
 * written as a grouped number ({@code 2 026}, {@code 2,026}). The pages are found as a user finds
 * them, by following links from the network's home: one page for each kind of address (a record's
 * number stands for every record of its kind).
 */
@TinklasTest
class VisibleTextTests {

	private static final String HOME = "/n/nsmot";

	/** Enough for every kind of page of the demo, with room to grow; a crawl that reaches it fails. */
	private static final int MOST_PAGES = 400;

	/** Addresses that download a file, change something or leave the pages. */
	private static final Pattern NOT_A_PAGE = Pattern.compile(
			"(/logout|/language|/export|/download|/files?/|\\.(csv|xlsx|pdf|ics|zip|xml|json|docx|png|jpe?g|svg)$|/feed|/calendar\\b)");

	private static final Pattern ISO_CODE = Pattern.compile("\\bLT-\\d\\d\\b");
	/** A list as Java prints it: "[]", "[1, 8]", "[HOMELESS, LT-01]" (not a Markdown link's "[text]"). */
	private static final Pattern RAW_LIST = Pattern.compile("\\[\\s*(?:[\\p{Lu}\\p{N}_-]+(?:\\s*,\\s*[\\p{Lu}\\p{N}_-]+)*)?\\s*\\]");
	private static final Pattern GROUPED_YEAR = Pattern
		.compile("(?<![\\p{N}])(?<![\\p{N}][ \u00A0\u202F,.])(?:1[ \u00A0\u202F,]9\\d\\d|2[ \u00A0\u202F,]0\\d\\d)(?![\\p{N}])(?![.,]\\p{N})");
	private static final Pattern NUMBER_IN_PATH = Pattern.compile("/\\d+(?=/|$)");
	private static final List<String> READ_ATTRIBUTES = List.of("title", "alt", "placeholder", "aria-label", "label",
			"data-confirm");

	@LocalServerPort
	int port;

	@Test
	void noPageShowsACodeARawListOrAGroupedYearInEitherLanguage() {
		Pattern constants = constantNames();
		WebSession admin = WebSession.signedIn(port, DemoAccounts.NSMOT_ADMIN.email(), DemoAccounts.PASSWORD);
		Set<String> offences = new TreeSet<>();
		int pages;
		try {
			pages = crawl(admin, "lt", constants, offences);
			admin.post(HOME, "/language", Map.of("lang", "en", "back", HOME));
			assertThat(Jsoup.parse(admin.get(HOME).body()).selectFirst("html").attr("lang")).isEqualTo("en");
			pages += crawl(admin, "en", constants, offences);
		}
		finally {
			admin.post(HOME, "/language", Map.of("lang", "lt", "back", HOME));
		}
		assertThat(pages).as("pages read").isGreaterThan(100);
		assertThat(offences).as("texts a user should not read, on %d pages", pages).isEmpty();
	}

	/** Reads every page reachable from the home; returns how many. */
	private int crawl(WebSession session, String language, Pattern constants, Set<String> offences) {
		Deque<String> queue = new ArrayDeque<>(List.of(HOME, HOME + "/public"));
		Set<String> seen = new HashSet<>();
		queue.forEach(address -> seen.add(kind(address)));
		int read = 0;
		while (!queue.isEmpty()) {
			String address = queue.removeFirst();
			WebSession.Page page = session.get(address);
			if (page.status() >= 500) {
				offences.add(language + " " + address + " -> answered " + page.status());
			}
			if (page.status() != 200 || !page.body().trim().startsWith("<")) {
				continue;
			}
			read++;
			assertThat(read).as("pages of one language (a crawl that does not end)").isLessThanOrEqualTo(MOST_PAGES);
			Document document = Jsoup.parse(page.body(), "http://localhost:" + port + address);
			for (String text : readable(document)) {
				for (String problem : problems(text, constants)) {
					offences.add(language + " " + address + " -> " + problem + " in \"" + shorten(text) + "\"");
				}
			}
			for (String link : links(document)) {
				if (seen.add(kind(link))) {
					queue.addLast(link);
				}
			}
		}
		return read;
	}

	/** Addresses under the network's pages this page links to (anchors and htmx loads), GET only. */
	private Set<String> links(Document document) {
		Set<String> links = new LinkedHashSet<>();
		for (Element element : document.select("a[href], [hx-get]")) {
			String url = element.hasAttr("href") ? element.absUrl("href") : element.absUrl("hx-get");
			if (url.isEmpty()) {
				continue;
			}
			URI uri = URI.create(url.replace(" ", "%20"));
			String path = uri.getRawPath();
			if (!"localhost".equals(uri.getHost()) || path == null || !(path.equals(HOME) || path.startsWith(HOME + "/"))
					|| NOT_A_PAGE.matcher(path).find()) {
				continue;
			}
			links.add(uri.getRawQuery() == null ? path : path + "?" + uri.getRawQuery());
		}
		return links;
	}

	/** One address of each kind: the path, with a record's number standing for all of its kind. */
	private static String kind(String address) {
		int query = address.indexOf('?');
		String path = query < 0 ? address : address.substring(0, query);
		return NUMBER_IN_PATH.matcher(path).replaceAll("/{id}");
	}

	/** The texts of the page and the attributes people read (not values, addresses or names). */
	private static List<String> readable(Document document) {
		List<String> texts = new ArrayList<>();
		for (Element element : document.getAllElements()) {
			if (element.is("script, style")) {
				continue;
			}
			for (TextNode node : element.textNodes()) {
				if (!node.isBlank()) {
					texts.add(node.text().trim());
				}
			}
			for (String attribute : READ_ATTRIBUTES) {
				if (element.hasAttr(attribute) && !element.attr(attribute).isBlank()) {
					texts.add(element.attr(attribute));
				}
			}
			if (element.is("input[type=submit], input[type=button]")) {
				texts.add(element.attr("value"));
			}
		}
		return texts;
	}

	private static List<String> problems(String text, Pattern constants) {
		List<String> found = new ArrayList<>();
		for (Pattern pattern : List.of(constants, ISO_CODE, RAW_LIST, GROUPED_YEAR)) {
			Matcher matcher = pattern.matcher(text);
			while (matcher.find()) {
				found.add("'" + matcher.group() + "'");
			}
		}
		return found;
	}

	private static String shorten(String text) {
		return text.length() > 120 ? text.substring(0, 117) + "..." : text;
	}

	/**
	 * The names of the project's enum constants that look like codes: with an underscore, or all
	 * capitals and four letters or more. Shorter ones ("NVO", "ESF", "PDF") are words people write;
	 * the longer capital words the pages use ("NOKAS", "EQUASS", "XLSX") are no constant's name, so
	 * no word needs to be let through.
	 */
	private static Pattern constantNames() {
		Set<String> names = new TreeSet<>();
		for (JavaClass type : new ClassFileImporter().withImportOption(ImportOption.Predefined.DO_NOT_INCLUDE_TESTS)
			.importPackages("lt.tinklas")) {
			if (!type.isEnum()) {
				continue;
			}
			for (var constant : type.getEnumConstants()) {
				String name = constant.name();
				if ((name.matches("[A-Z][A-Z0-9]*_[A-Z0-9_]+") || name.matches("[A-Z]{4,}"))) {
					names.add(name);
				}
			}
		}
		assertThat(names).as("enum constants found").contains("FAMILIES_AND_CHILDREN", "PLANNED");
		return Pattern.compile("(?<![\\p{L}\\p{N}_])(" + String.join("|", names) + ")(?![\\p{L}\\p{N}_])");
	}
}
