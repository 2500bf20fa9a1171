package lt.tinklas.browser;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Set;

import lt.tinklas.demo.DemoAccounts;
import lt.tinklas.shared.web.Formats;
import lt.tinklas.testing.TinklasTest;
import org.junit.jupiter.api.Test;
import org.openqa.selenium.By;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.support.ui.Select;
import org.springframework.boot.test.web.server.LocalServerPort;

/**
 * Growing NSMOT in the browser: a white spot on the map (Skuodas: no member, eligible NGOs in the
 * demo's extract of Klaipėda and Tauragė counties, where Pagėgiai and Jurbarkas have members), its
 * two NGOs and one more of the county invited with printed letters of the 2026 campaign, one of
 * them applying through its letter's link as any visitor, the campaign's figures moving; and the
 * invitation sent with nobody chosen refused on the same page, no letter written.
 */
@TinklasTest
class GrowthJourneyTest {

	static final String CAMPAIGN = "2026 kvietimas prisijungti";

	static final String SKUODAS = "LT-48";

	@LocalServerPort
	int port;

	@Test
	void fromAWhiteSpotOnTheMapToAnApplicationThroughTheLetter() {
		String today = new Formats().date(LocalDate.now(Formats.VILNIUS));
		try (Browser browser = new Browser(port)) {
			signIn(browser);

			// the campaign as it stands before
			browser.open("/n/nsmot/growth/campaigns");
			browser.click(By.linkText(CAMPAIGN));
			String campaignPage = browser.path();
			int lettersBefore = figure(browser, "figure-letters");
			Set<String> codesBefore = letterCodes(browser);

			// the map: Skuodas is orange, a white spot with eligible NGOs; Pagėgiai and Jurbarkas have members
			browser.open("/n/nsmot/growth");
			assertThat(browser.text()).contains("Tinklo plėtra", "Narių nėra, yra tinkamų NVO");
			assertThat(browser.accessibilityProblems()).isEmpty();
			WebElement skuodas = browser.find(By.cssSelector("svg a[data-code='" + SKUODAS + "'] path"));
			assertThat(skuodas.getAttribute("data-status")).isEqualTo("whiteSpot");
			assertThat(skuodas.getAttribute("fill")).isEqualTo("#f16913");
			assertThat(browser.find(By.cssSelector("svg a[data-code='LT-29'] path")).getAttribute("data-status"))
				.isEqualTo("members");
			assertThat(browser.find(By.cssSelector("svg a[data-code='LT-12'] path")).getAttribute("data-status"))
				.isEqualTo("members");
			assertThat(browser.find(By.cssSelector("#municipalities tr[data-code='" + SKUODAS + "']")).getText())
				.contains("Skuodo rajono savivaldybė", "narių nėra");

			// a click on Skuodas on the map lists its eligible NGOs: two, fewer than the three to invite
			browser.click(By.cssSelector("svg a[data-code='" + SKUODAS + "']"));
			assertThat(browser.path()).isEqualTo("/n/nsmot/growth?municipality=" + SKUODAS);
			List<String> skuodasCodes = rowCodes(browser);
			assertThat(skuodasCodes).hasSize(2);
			assertThat(skuodasCodes.stream().map(code -> cell(browser, code, 2)))
				.containsExactlyInAnyOrder("Skuodo šeimos namai", "Mosėdžio bendruomenė");
			assertThat(browser.text()).contains("Tinkamos NVO pagal registrą", "Rodoma 2 iš 2.");
			assertThat(browser.accessibilityProblems()).isEmpty();

			// the county instead: Skuodas's two and one more not yet invited, not a member, not a prospect
			new Select(browser.find(By.id("county"))).selectByValue("LT-KL");
			new Select(browser.find(By.id("municipality"))).selectByValue("");
			browser.click(By.cssSelector("#filter-form button[type=submit]"));
			assertThat(browser.path()).startsWith("/n/nsmot/growth?county=LT-KL");
			List<String> countyCodes = rowCodes(browser);
			assertThat(countyCodes).containsAll(skuodasCodes);
			String third = countyCodes.stream()
				.filter(code -> !skuodasCodes.contains(code))
				.filter(code -> cell(browser, code, 8).equals("—"))
				.filter(code -> browser.find(By.id("choose-" + code)).isEnabled())
				.findFirst()
				.orElseThrow();
			List<String> chosen = new ArrayList<>(skuodasCodes);
			chosen.add(third);
			for (String code : chosen) {
				assertThat(cell(browser, code, 8)).isEqualTo("—");
				browser.toggle(By.id("choose-" + code));
			}
			List<String> names = chosen.stream().map(code -> cell(browser, code, 2)).toList();
			String family = chosen.get(names.indexOf("Skuodo šeimos namai"));
			LocalDate registeredOn = LocalDate.parse(cell(browser, family, 5));
			LocalDate ngoSince = LocalDate.parse(cell(browser, family, 6));
			String formName = cell(browser, family, 4);
			new Select(browser.find(By.id("campaignId"))).selectByVisibleText(CAMPAIGN);
			new Select(browser.find(By.id("delivery"))).selectByValue("PRINT");
			assertThat(browser.find(By.id("invite")).getText()).isEqualTo("Siųsti kvietimus");
			String question = browser.clickAndConfirm(By.id("invite"));
			assertThat(question).contains("Pasirinktoms organizacijoms bus parengti kvietimai");

			// the campaign's page: three letters more, printed, each with its register number
			assertThat(browser.path()).isEqualTo(campaignPage);
			assertThat(browser.text()).contains("Parengta laiškų: 3.");
			assertThat(figure(browser, "figure-letters")).isEqualTo(lettersBefore + 3);
			Set<String> newCodes = letterCodes(browser);
			newCodes.removeAll(codesBefore);
			assertThat(newCodes).hasSize(3);
			List<String> addressees = new ArrayList<>();
			Set<String> numbers = new HashSet<>();
			for (String code : newCodes) {
				String row = "#letters-table tr[data-code='" + code + "']";
				String number = browser.find(By.cssSelector(row + " td:nth-child(1)")).getText();
				assertThat(number).matches("NSMOT/\\d{2}/\\d{2}/\\d{2}/\\d{2,}");
				numbers.add(number);
				assertThat(browser.find(By.cssSelector(row + " td:nth-child(2)")).getText()).isEqualTo(today);
				addressees.add(browser.find(By.cssSelector(row + " td:nth-child(3) span")).getText());
				assertThat(browser.find(By.cssSelector(row + " td:nth-child(4)")).getText()).isEqualTo("spausdinti");
				assertThat(browser.find(By.cssSelector(row + " td:nth-child(7)")).getText()).isEqualTo("dar nėra");
			}
			assertThat(numbers).hasSize(3);
			assertThat(addressees).containsExactlyInAnyOrderElementsOf(names);
			int applicationsBefore = figure(browser, "figure-applications");
			assertThat(browser.accessibilityProblems()).isEmpty();

			// Skuodo šeimos namai's letter: its link, followed by anyone, opens the form with the code filled in
			String letterCode = newCodes.stream()
				.filter(code -> browser.find(By.cssSelector("#letters-table tr[data-code='" + code + "'] td:nth-child(3) span"))
					.getText()
					.equals("Skuodo šeimos namai"))
				.findFirst()
				.orElseThrow();
			WebElement link = browser.find(By.cssSelector("#letters-table tr[data-code='" + letterCode + "'] a.letter-link"));
			assertThat(link.getText()).isEqualTo(letterCode);
			String href = link.getAttribute("href");
			assertThat(href).endsWith("/n/nsmot/public/apply?invitation=" + letterCode);
			browser.deleteCookies();
			browser.open(href.replaceFirst("^https?://[^/]+", ""));
			assertThat(browser.text()).contains("Prašymas tapti tinklo nariu");
			assertThat(browser.find(By.id("invitationCode")).getAttribute("value")).isEqualTo(letterCode);
			assertThat(browser.accessibilityProblems()).isEmpty();

			// what the register says of it, as the organization knows it
			browser.type(By.id("legalCode"), family)
				.type(By.id("name"), "Skuodo šeimos namai")
				.type(By.id("contactName"), "Rima Skuodienė")
				.type(By.id("contactEmail"), "rima@skuodoseimosnamai.pavyzdys.lt")
				.pickDate(By.id("foundedOn"), registeredOn)
				.pickDate(By.id("ngoStatusSince"), ngoSince);
			new Select(browser.find(By.id("legalForm"))).selectByVisibleText(formName);
			new Select(browser.find(By.id("seatMunicipality"))).selectByVisibleText("Skuodo rajono savivaldybė");
			browser.click(By.cssSelector("form[action$='/public/apply'] button[type=submit]"));
			assertThat(browser.text()).contains("Prašymas gautas", "Ačiū, prašymą dėl „Skuodo šeimos namai“ gavome.",
					"Organizacija atitinka narystės sąlygas.");

			// the staff again: the campaign's applications moved by one, on that letter's row
			signIn(browser);
			browser.open(campaignPage);
			assertThat(figure(browser, "figure-applications")).isEqualTo(applicationsBefore + 1);
			assertThat(browser.find(By.cssSelector("#letters-table tr[data-code='" + letterCode + "'] td:nth-child(7)"))
				.getText()).isEqualTo("pateiktas " + today);
			assertThat(browser.accessibilityProblems()).isEmpty();

			// the invitation with nobody chosen: refused on the same list, no letter written
			browser.open("/n/nsmot/growth?municipality=" + SKUODAS);
			new Select(browser.find(By.id("campaignId"))).selectByVisibleText(CAMPAIGN);
			browser.clickAndConfirm(By.id("invite"));
			assertThat(browser.path()).isEqualTo("/n/nsmot/growth?municipality=" + SKUODAS);
			assertThat(browser.find(By.id("invite-errors")).getText()).isEqualTo("Nepasirinkta nė viena organizacija.");
			assertThat(browser.accessibilityProblems()).isEmpty();
			browser.open(campaignPage);
			assertThat(figure(browser, "figure-letters")).isEqualTo(lettersBefore + 3);
		}
	}

	private static void signIn(Browser browser) {
		browser.open("/login");
		browser.type(By.id("username"), DemoAccounts.NSMOT_STAFF.email())
			.type(By.id("password"), DemoAccounts.PASSWORD)
			.click(By.cssSelector("form[action='/login'] button[type=submit]"));
	}

	/** A figure of the campaign's page, as the number after its label. */
	private static int figure(Browser browser, String id) {
		String text = browser.find(By.id(id)).getText();
		return Integer.parseInt(text.substring(text.lastIndexOf(':') + 1).strip());
	}

	/** The codes of the campaign's letters its page lists. */
	private static Set<String> letterCodes(Browser browser) {
		Set<String> codes = new HashSet<>();
		browser.findAll(By.cssSelector("#letters-table tbody tr")).forEach(row -> codes.add(row.getAttribute("data-code")));
		return codes;
	}

	/** The legal codes of the eligible organizations listed, in the list's order. */
	private static List<String> rowCodes(Browser browser) {
		return browser.findAll(By.cssSelector("#eligible tbody tr")).stream().map(row -> row.getAttribute("data-code")).toList();
	}

	/** What a cell of an eligible organization's row says (column from 1): the name without its badge. */
	private static String cell(Browser browser, String code, int column) {
		String cell = "#eligible tr[data-code='" + code + "'] td:nth-child(" + column + ")";
		return browser.find(By.cssSelector(column == 2 ? cell + " > span:first-child" : cell)).getText();
	}
}
