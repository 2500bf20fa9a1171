package lt.tinklas.browser;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.ArrayList;
import java.util.List;

import lt.tinklas.demo.DemoAccounts;
import lt.tinklas.testing.TinklasTest;
import org.junit.jupiter.api.Test;
import org.openqa.selenium.By;
import org.openqa.selenium.WebElement;
import org.springframework.boot.test.web.server.LocalServerPort;

/**
 * A visitor walks NSMOT's public site from the network's address, every section in Lithuanian and
 * then in English, with axe-core on every page; then a member of staff follows the published
 * year's trainings figure to the fourteen trainings behind it. The site wears the network's own
 * look (its logo, name and colour) and fits a phone's screen.
 */
@TinklasTest
class PublicSiteJourneyTest {

	@LocalServerPort
	int port;

	@Test
	void aVisitorWalksTheSiteInBothLanguagesAndStaffFollowAFigureToItsRecords() {
		try (Browser browser = new Browser(port)) {
			browser.open("/n/nsmot");
			assertThat(browser.path()).isEqualTo("/n/nsmot/public");
			assertThat(browser.find(By.tagName("h1")).getText()).isEqualTo("Nacionalinis skurdo mažinimo organizacijų tinklas");
			assertThat(browser.find(By.id("figures")).getText()).contains("Mūsų veiklos rezultatai 2025 metais", "14",
					"Surengta mokymų", "227", "9,59");

			// the site's own look: the network's logo and name in its header, its colour
			assertThat(browser.find(By.id("site-brand")).getText()).isEqualTo("Nacionalinis skurdo mažinimo organizacijų tinklas");
			assertThat(browser.find(By.id("site-logo")).getAttribute("src")).contains("/n/nsmot/public/logo?v=");
			assertThat(browser.find(By.tagName("body")).getAttribute("style")).contains("--site-colour: #0b6e5f");
			assertThat(browser.text()).doesNotContain("Grįžti į darbą");

			List<String> lithuanian = walk(browser, "Nacionalinis skurdo mažinimo organizacijų tinklas");
			assertThat(lithuanian).contains("Apie NSMOT", "Strategija", "Naujienos", "Žiniasklaidoje", "Leidiniai",
					"Rezultatai", "Kontaktai", "Narystės nauda");

			// a news post, and the published results
			browser.open("/n/nsmot/public/news");
			browser.click(By.linkText("Mūsų veiklos rezultatai 2025 metais"));
			assertThat(browser.find(By.id("post-body")).getText()).contains("2025 m. rezultatuose");
			assertThat(browser.accessibilityProblems()).isEmpty();
			browser.click(By.linkText("2025 m. rezultatuose"));
			assertThat(browser.path()).isEqualTo("/n/nsmot/public/results/2025");
			assertThat(browser.find(By.id("figure-trainings-count")).getText()).contains("Surengta mokymų", "14");
			assertThat(browser.text()).contains("Tinklo darbuotojai, prisijungę, mato įrašus");
			assertThat(browser.accessibilityProblems()).isEmpty();

			// the same site in English
			browser.click(By.cssSelector("a[hreflang='en']"));
			assertThat(browser.find(By.tagName("h1")).getText()).isEqualTo("Our results in 2025");
			assertThat(browser.find(By.id("figure-trainings-count")).getText()).contains("Trainings held", "14");
			assertThat(browser.find(By.id("site-brand")).getText()).isEqualTo("National Network of Poverty Reduction Organizations");
			List<String> english = walk(browser, "National Network of Poverty Reduction Organizations");
			assertThat(english).contains("About NSMOT", "Strategy", "News", "In the media", "Publications", "Results",
					"Contacts", "Why join");
			browser.open("/n/nsmot/public/news");
			browser.click(By.linkText("Our results in 2025"));
			assertThat(browser.find(By.id("post-body")).getText()).contains("the results of 2025");
			assertThat(browser.accessibilityProblems()).isEmpty();
			browser.click(By.cssSelector("a[hreflang='lt']"));
			assertThat(browser.find(By.tagName("h1")).getText()).isEqualTo("Mūsų veiklos rezultatai 2025 metais");

			// a member of staff follows the trainings figure to its records
			browser.open("/login");
			browser.type(By.id("username"), DemoAccounts.NSMOT_STAFF.email())
				.type(By.id("password"), DemoAccounts.PASSWORD)
				.click(By.cssSelector("form[action='/login'] button[type=submit]"));
			// from the public site, a member of staff has a way back to work
			browser.open("/n/nsmot/public");
			browser.click(By.id("back-to-work"));
			assertThat(browser.path()).isEqualTo("/n/nsmot");
			browser.open("/n/nsmot/public/results/2025");
			browser.click(By.id("records-link"));
			assertThat(browser.path()).isEqualTo("/n/nsmot/reports/annual/2025");
			browser.click(By.cssSelector("#figure-trainings-count a.figure-value"));
			assertThat(browser.find(By.id("metric-value")).getText()).isEqualTo("14");
			assertThat(browser.findAll(By.cssSelector("main table tbody tr"))).hasSize(14);
			assertThat(browser.accessibilityProblems()).isEmpty();

			// staff write a post, preview it, and publish it
			browser.open("/n/nsmot/site");
			assertThat(browser.accessibilityProblems()).isEmpty();
			browser.click(By.linkText("Rašyti naujieną"));
			browser.type(By.id("title"), "Susitikimas su narėmis Panevėžyje")
				.type(By.id("lead"), "Susitikome su Panevėžio krašto organizacijomis.")
				.type(By.id("body"), "## Ką aptarėme\n\nVaikų dienos centrų **finansavimą**.");
			browser.click(By.cssSelector("button[value=preview]"));
			assertThat(browser.find(By.id("preview")).getText()).contains("Ką aptarėme", "Vaikų dienos centrų finansavimą.");
			assertThat(browser.accessibilityProblems()).isEmpty();
			browser.toggle(By.cssSelector("input[type=checkbox][name=published]"));
			browser.click(By.cssSelector("button[value=save]"));
			assertThat(browser.find(By.id("post-state")).getText()).contains("Vieša");
			assertThat(browser.accessibilityProblems()).isEmpty();
			browser.click(By.linkText("Žiūrėti svetainėje"));
			assertThat(browser.find(By.tagName("h1")).getText()).isEqualTo("Susitikimas su narėmis Panevėžyje");
			assertThat(browser.find(By.id("post-body")).getText()).contains("Vaikų dienos centrų finansavimą.");
		}
	}

	/**
	 * On a phone (390 px wide) the home does not scroll sideways and its menu is folded behind a
	 * button that opens it, in Lithuanian and in English, with no serious accessibility problem.
	 */
	@Test
	void onAPhoneTheHomeFitsTheScreenAndItsMenuOpensFromAButton() {
		try (Browser browser = new Browser(port)) {
			browser.resize(390, 844);
			for (String language : List.of("lt", "en")) {
				browser.open("/n/nsmot/public?lang=" + language);
				assertThat(browser.find(By.id("hero")).getText()).contains(language.equals("lt")
						? "Mažinti skurdą ir socialinę atskirtį" : "To reduce poverty and social exclusion");
				assertThat(browser.sidewaysOverflow()).as(language).isZero();
				assertThat(browser.shown(By.cssSelector("#site-nav-links a"))).isFalse();
				assertThat(browser.accessibilityProblems()).isEmpty();
				browser.reveal(By.cssSelector("#site-nav .navbar-toggler"), By.cssSelector("#site-nav-links a"));
				assertThat(browser.sidewaysOverflow()).as(language).isZero();
				assertThat(browser.accessibilityProblems()).isEmpty();
			}
			browser.click(By.cssSelector("#site-nav-links a[href='/n/nsmot/public/events']"));
			assertThat(browser.path()).isEqualTo("/n/nsmot/public/events");
			assertThat(browser.sidewaysOverflow()).isZero();
		}
	}

	/**
	 * Opens every section of the site's menu, checks each has its heading, the network's name in
	 * its title and no serious accessibility problem, and gives the headings read.
	 */
	private static List<String> walk(Browser browser, String networkName) {
		List<String> links = new ArrayList<>();
		for (WebElement link : browser.findAll(By.cssSelector("#site-nav a"))) {
			links.add(link.getAttribute("href"));
		}
		assertThat(links).hasSizeGreaterThanOrEqualTo(12);
		List<String> headings = new ArrayList<>();
		for (String link : links) {
			browser.open(link.substring(link.indexOf("/n/")));
			String heading = browser.find(By.tagName("h1")).getText();
			assertThat(heading).as(link).isNotBlank();
			assertThat(browser.title()).as(link).endsWith(networkName);
			assertThat(browser.accessibilityProblems()).as(link).isEmpty();
			headings.add(heading);
		}
		return headings;
	}
}
