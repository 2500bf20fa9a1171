package lt.tinklas.browser;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import java.util.regex.Pattern;

import lt.tinklas.demo.DemoAccounts;
import lt.tinklas.identity.RoleAccessTests;
import lt.tinklas.testing.Routes.Route;
import lt.tinklas.testing.Routes.Who;
import lt.tinklas.testing.TinklasTest;
import org.junit.jupiter.api.Test;
import org.openqa.selenium.By;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.context.ApplicationContext;

/**
 * Every page of the role table (identity's RoleAccessTests with the modules' route tables), opened
 * by each role that may see it, with axe-core run on each: no violation of any impact anywhere.
 * The pages are read from the table, so a new page is swept as soon as it states who may use it.
 * The staff's pages and the public site are seen in Lithuanian and in English on a 1366 × 900
 * desktop and in Lithuanian on a 390 × 844 phone; the other roles' pages, mostly the staff's pages
 * with less on them, in Lithuanian on the desktop. Every role in both languages on both screens
 * would make this the longest test by far for little: the words change, not the markup. One
 * browser; each role signs in once.
 */
@TinklasTest
class AccessibilitySweepJourneyTest {

	/** What the table names that is not a page: files, feeds, calendars, downloads. */
	private static final Pattern NOT_A_PAGE = Pattern
		.compile("(export\\.|template\\.|\\.(pdf|zip|ics|csv|xlsx|rss|xml|txt|json)(\\?|$)|/file$|/evidence$|/materials/)");

	/** The roles in the order they sweep, and whom each signs in as (the anonymous visitor nobody). */
	private static final Map<Who, String> ROLES = new LinkedHashMap<>();

	static {
		ROLES.put(Who.ANONYMOUS, null);
		ROLES.put(Who.STAFF, DemoAccounts.NSMOT_STAFF.email());
		ROLES.put(Who.BOARD, DemoAccounts.NSMOT_BOARD.email());
		ROLES.put(Who.MEMBER_REP, DemoAccounts.NSMOT_MEMBER.email());
		ROLES.put(Who.NETWORK_ADMIN, DemoAccounts.NSMOT_ADMIN.email());
		ROLES.put(Who.PLATFORM_ADMIN, DemoAccounts.PLATFORM_ADMIN);
	}

	/** A language on a screen. */
	record View(String language, int width, int height) {

		@Override
		public String toString() {
			return language + " " + width;
		}
	}

	private static final List<View> ALL_VIEWS = List.of(new View("lt", 1366, 900), new View("en", 1366, 900),
			new View("lt", 390, 844));

	private static final List<View> DESKTOP = List.of(new View("lt", 1366, 900));

	/** With {@code -Dtinklas.sweep.quick=true} every role's pages in Lithuanian on the desktop only: a third of the time. */
	private static List<View> views(Who who) {
		boolean quick = Boolean.getBoolean("tinklas.sweep.quick");
		return !quick && (who == Who.STAFF || who == Who.ANONYMOUS) ? ALL_VIEWS : DESKTOP;
	}

	@LocalServerPort
	int port;

	@Autowired
	ApplicationContext context;

	@Test
	void everyPageIsAxeCleanInBothLanguagesOnADesktopAndOnAPhone() {
		Map<Who, List<String>> pages = pagesByRole(RoleAccessTests.routes(context));
		List<String> problems = new ArrayList<>();
		Map<String, Integer> byRule = new TreeMap<>();
		int opened = 0;
		long started = System.nanoTime();
		try (Browser browser = new Browser(port)) {
			for (Map.Entry<Who, List<String>> role : pages.entrySet()) {
				signIn(browser, ROLES.get(role.getKey()));
				for (View view : views(role.getKey())) {
					browser.language(view.language()).resize(view.width(), view.height());
					for (String page : role.getValue()) {
						browser.open(page);
						if (!browser.showsHtml()) {
							continue;
						}
						opened++;
						for (String violation : browser.violations(Browser.ALL_IMPACTS)) {
							problems.add("[%s %s] %s".formatted(role.getKey(), view, violation));
							byRule.merge(violation.split(" ")[1].replace(":", ""), 1, Integer::sum);
							write(problems);
						}
					}
				}
			}
		}
		System.out.printf("Accessibility sweep: %d pages opened (%s) in %d s; violations by rule: %s%n", opened,
				describe(pages), (System.nanoTime() - started) / 1_000_000_000L, byRule);
		write(problems);
		assertThat(problems).isEmpty();
	}

	/**
	 * The pages each role opens: the table's GET pages it may see, once each. The staff see every
	 * page of the back office; the board and a member representative their own, as they see them;
	 * the network's and the platform's administrators only the pages the staff may not open; the
	 * anonymous visitor the public site and the sign-in pages.
	 */
	private static Map<Who, List<String>> pagesByRole(List<Route> routes) {
		Map<Who, Set<String>> pages = new LinkedHashMap<>();
		ROLES.keySet().forEach(who -> pages.put(who, new LinkedHashSet<>()));
		pages.get(Who.ANONYMOUS).add("/login");
		for (Route route : routes) {
			if (!route.method().equals("GET") || route.isApi() || NOT_A_PAGE.matcher(route.path()).find()) {
				continue;
			}
			boolean staffSee = route.expected().get(Who.STAFF) == 200;
			for (Who who : ROLES.keySet()) {
				boolean sees = route.expected().get(who) == 200;
				boolean administrator = who == Who.NETWORK_ADMIN || who == Who.PLATFORM_ADMIN;
				if (sees && (!administrator || !staffSee)) {
					pages.get(who).add(route.path());
				}
			}
		}
		Map<Who, List<String>> lists = new LinkedHashMap<>();
		pages.forEach((who, paths) -> lists.put(who, List.copyOf(paths)));
		return lists;
	}

	private static String describe(Map<Who, List<String>> pages) {
		StringBuilder text = new StringBuilder();
		pages.forEach((who, list) -> text.append(text.isEmpty() ? "" : ", ")
			.append(who)
			.append(' ')
			.append(list.size())
			.append(" in ")
			.append(views(who)));
		return text.toString();
	}

	/** The whole list, also kept in target/ to be read at leisure. */
	private static void write(List<String> problems) {
		try {
			Files.createDirectories(Path.of("target"));
			Files.write(Path.of("target", "accessibility-sweep.txt"), problems);
		}
		catch (IOException e) {
			throw new UncheckedIOException(e);
		}
	}

	private static void signIn(Browser browser, String email) {
		browser.open("/login");
		browser.deleteCookies();
		if (email == null) {
			return;
		}
		browser.open("/login");
		browser.type(By.id("username"), email)
			.type(By.id("password"), DemoAccounts.PASSWORD)
			.click(By.cssSelector("form[action='/login'] button[type=submit]"));
	}
}
