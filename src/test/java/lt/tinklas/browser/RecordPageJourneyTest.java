package lt.tinklas.browser;

import static org.assertj.core.api.Assertions.assertThat;

import lt.tinklas.demo.DemoAccounts;
import lt.tinklas.testing.ApiClient;
import lt.tinklas.testing.TinklasTest;
import org.junit.jupiter.api.Test;
import org.openqa.selenium.By;
import org.openqa.selenium.WebElement;
import org.springframework.boot.test.web.server.LocalServerPort;

/**
 * A training's page as the secretariat uses it: a participant found by typing part of a name, one
 * nobody has yet typed in as a new person on the spot, attendance ticked and saved once, the tabs
 * opened from the keyboard, in Lithuanian and in English; an organization's page as its member
 * representative reads another one: text, no form fields. axe-core on every page.
 */
@TinklasTest
class RecordPageJourneyTest {

	@LocalServerPort
	int port;

	@Test
	void addParticipantsTickAttendanceAndWalkTheTabsByKeyboardInBothLanguages() {
		ApiClient staff = ApiClient.basic(port, DemoAccounts.NSMOT_STAFF.email(), DemoAccounts.PASSWORD);
		int event = staff.post("/api/v1/networks/nsmot/events", """
				{"type":"TRAINING","title":"Skilčių mokymai","startsAt":"2024-10-05T10:00:00+03:00",
				 "endsAt":"2024-10-05T14:00:00+03:00","hours":4,"capacity":10,"municipality":"LT-13"}""").json("$.id");
		int person = staff.post("/api/v1/networks/nsmot/people", """
				{"firstName":"Marytė","lastName":"Klaviatūrienė","email":"maryte.klaviaturiene@skiltys.lt"}""").json("$.id");

		try (Browser browser = new Browser(port)) {
			browser.open("/login");
			browser.type(By.id("username"), DemoAccounts.NSMOT_STAFF.email())
				.type(By.id("password"), DemoAccounts.PASSWORD)
				.click(By.cssSelector("form[action='/login'] button[type=submit]"));
			browser.open("/n/nsmot/events/" + event);
			assertThat(browser.find(By.id("tab-participants")).getAttribute("aria-current")).isEqualTo("page");
			assertThat(browser.accessibilityProblems()).isEmpty();

			// found by a part of her name, without diacritics, and registered
			browser.pick(By.id("participant-person"), "klaviat", "Klaviatūrienė Marytė (maryte.klaviaturiene@skiltys.lt)");
			browser.click(By.cssSelector("#add-participant button[type=submit]"));
			assertThat(browser.find(By.id("participants")).getText()).contains("Klaviatūrienė, Marytė");

			// nobody matches: the new person's fields open with the typed name in them
			WebElement picker = browser.find(By.id("participant-person-ts-control"));
			picker.sendKeys("Vilhelmina Naujokaitė");
			browser.awaitValue(By.id("new-last-name"), "Naujokaitė");
			assertThat(browser.find(By.id("new-person")).getAttribute("open")).isNotNull();
			assertThat(browser.find(By.id("new-first-name")).getAttribute("value")).isEqualTo("Vilhelmina");
			browser.type(By.id("new-email"), "vilhelmina@skiltys.lt");
			assertThat(browser.accessibilityProblems()).isEmpty();
			browser.click(By.cssSelector("#add-participant button[type=submit]"));
			assertThat(browser.find(By.id("participants")).getText()).contains("Klaviatūrienė, Marytė",
					"Naujokaitė, Vilhelmina");

			// the training has started: both were added as walk-ins who attended; one is unticked, saved once
			assertThat(browser.find(By.id("attended-" + person)).isSelected()).isTrue();
			assertThat(browser.find(By.id("event-attended")).getText()).isEqualTo("2");
			browser.toggle(By.id("attended-" + person)).click(By.id("attendance-save"));
			assertThat(browser.text()).contains("Dalyvavimas išsaugotas.");
			assertThat(browser.find(By.id("event-attended")).getText()).isEqualTo("1");
			assertThat(browser.find(By.id("attended-" + person)).isSelected()).isFalse();

			// the tabs from the keyboard: Enter on a tab opens it at its own address
			browser.pressEnterIn(By.id("tab-feedback"));
			assertThat(browser.find(By.id("tab-feedback")).getAttribute("aria-current")).isEqualTo("page");
			assertThat(browser.find(By.id("feedback-heading")).getText()).isEqualTo("Atsiliepimai");
			assertThat(browser.accessibilityProblems()).isEmpty();
			browser.pressEnterIn(By.id("tab-history"));
			assertThat(browser.find(By.id("history-heading")).getText()).isEqualTo("Pakeitimų istorija");
			assertThat(browser.find(By.id("history-heading")).findElement(By.xpath("..")).getText())
				.contains("Rūta Žemaitienė").doesNotContain("darbuotoja@nsmot.demo");
			assertThat(browser.accessibilityProblems()).isEmpty();

			browser.click(By.cssSelector("button[value=en]"));
			browser.pressEnterIn(By.id("tab-materials"));
			assertThat(browser.find(By.id("materials-heading")).getText()).isEqualTo("Materials");
			assertThat(browser.find(By.id("tab-materials")).getAttribute("aria-current")).isEqualTo("page");
			assertThat(browser.accessibilityProblems()).isEmpty();
			browser.pressEnterIn(By.id("tab-participants"));
			assertThat(browser.find(By.id("participants")).getText()).contains("Last name, first name",
					"Naujokaitė, Vilhelmina");
			assertThat(browser.accessibilityProblems()).isEmpty();
			browser.pressEnterIn(By.id("tab-edit"));
			assertThat(browser.find(By.id("edit-heading")).isDisplayed()).isTrue();
			assertThat(browser.accessibilityProblems()).isEmpty();
			browser.click(By.cssSelector("button[value=lt]"));
		}
	}

	@Test
	void aMemberRepresentativeReadsAnotherOrganizationAsText() {
		ApiClient staff = ApiClient.basic(port, DemoAccounts.NSMOT_STAFF.email(), DemoAccounts.PASSWORD);
		int caritas = staff.get("/api/v1/networks/nsmot/organizations?q=Caritas").json("$.items[0].id");
		try (Browser browser = new Browser(port)) {
			browser.open("/login");
			browser.type(By.id("username"), DemoAccounts.NSMOT_MEMBER.email())
				.type(By.id("password"), DemoAccounts.PASSWORD)
				.click(By.cssSelector("form[action='/login'] button[type=submit]"));
			browser.open("/n/nsmot/organizations/" + caritas);
			browser.click(By.cssSelector("button[value=lt]"));
			assertThat(browser.find(By.id("tab-overview")).getAttribute("aria-current")).isEqualTo("page");
			assertThat(browser.find(By.tagName("main")).findElements(By.cssSelector("input, select, textarea, [disabled]")))
				.isEmpty();
			assertThat(browser.find(By.tagName("main")).findElements(By.id("tab-edit"))).isEmpty();
			assertThat(browser.find(By.id("organization-facts")).getText()).contains("Juridinio asmens kodas");
			assertThat(browser.find(By.id("details")).getText()).contains("Veiklos savivaldybės");
			assertThat(browser.accessibilityProblems()).isEmpty();
			browser.click(By.cssSelector("button[value=en]"));
			assertThat(browser.find(By.id("details-heading")).getText()).isEqualTo("Organization details");
			assertThat(browser.find(By.tagName("main")).findElements(By.cssSelector("input, select, textarea, [disabled]")))
				.isEmpty();
			assertThat(browser.accessibilityProblems()).isEmpty();
			browser.click(By.cssSelector("button[value=lt]"));
		}
	}
}
