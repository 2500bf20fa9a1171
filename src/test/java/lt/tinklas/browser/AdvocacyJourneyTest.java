package lt.tinklas.browser;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;
import java.time.ZoneId;
import java.time.format.DateTimeFormatter;

import lt.tinklas.demo.DemoAccounts;
import lt.tinklas.testing.ApiClient;
import lt.tinklas.testing.TinklasTest;
import org.junit.jupiter.api.Test;
import org.openqa.selenium.By;
import org.openqa.selenium.support.ui.Select;
import org.springframework.boot.test.web.server.LocalServerPort;

/**
 * From the voice of people experiencing poverty to policy: an involvement meeting's two proposals go
 * into a position a working group drafts; it is sent with today's register number, partly accepted,
 * and the trace pages and the figures show it.
 */
@TinklasTest
class AdvocacyJourneyTest {

	@LocalServerPort
	int port;

	@Test
	void fromAnInvolvementMeetingToAPartlyAcceptedPosition() {
		ApiClient staff = ApiClient.basic(port, DemoAccounts.NSMOT_STAFF.email(), DemoAccounts.PASSWORD);
		LocalDate today = LocalDate.now(ZoneId.of("Europe/Vilnius"));
		int meeting = staff.post("/api/v1/networks/nsmot/events", """
				{"type":"INVOLVEMENT_MEETING","title":"Kelionės susitikimas Utenoje","startsAt":"%sT10:00:00+02:00",
				 "endsAt":"%sT12:00:00+02:00","format":"LIVE","headcount":21,"municipality":"LT-54"}"""
			.formatted(today, today)).json("$.id");
		int group = staff.post("/api/v1/networks/nsmot/working-groups", "{\"name\":\"Kelionės darbo grupė\",\"theme\":\"Būstas\"}")
			.json("$.id");
		int ministry = staff.post("/api/v1/networks/nsmot/institutions",
				"{\"name\":\"Kelionės ministerija\",\"kind\":\"MINISTRY\"}").json("$.id");

		try (Browser browser = new Browser(port)) {
			browser.open("/login");
			browser.type(By.id("username"), DemoAccounts.NSMOT_STAFF.email())
				.type(By.id("password"), DemoAccounts.PASSWORD)
				.click(By.cssSelector("form[action='/login'] button[type=submit]"));

			// two proposals at the involvement meeting; a phone number is caught first
			browser.open("/n/nsmot/involvement/" + meeting);
			assertThat(browser.text()).contains("Kelionės susitikimas Utenoje", "Dalyvavo žmonių: 21");
			browser.type(By.id("text"), "Šildymo kompensacija ateina per vėlai, skambinkite 8 612 34567")
				.type(By.id("theme"), "Būstas")
				.click(By.cssSelector("form[action$='/proposals'] button[type=submit]"));
			assertThat(browser.text()).contains("Panašu, kad tekste yra");
			assertThat(browser.accessibilityProblems()).isEmpty();
			browser.type(By.id("text"), "Šildymo kompensacija ateina per vėlai")
				.click(By.cssSelector("form[action$='/proposals'] button[type=submit]"));
			assertThat(browser.text()).contains("Pasiūlymas įrašytas.", "Šildymo kompensacija ateina per vėlai");
			browser.type(By.id("text"), "Socialinio būsto eilės per ilgos")
				.click(By.cssSelector("form[action$='/proposals'] button[type=submit]"));
			assertThat(browser.text()).contains("Iškeltos patirtys ir pasiūlymai (2)");

			// the working group drafts a position
			browser.open("/n/nsmot/working-groups/" + group);
			browser.click(By.linkText("Rengti poziciją"));
			assertThat(new Select(browser.find(By.id("workingGroupId"))).getFirstSelectedOption().getText())
				.isEqualTo("Kelionės darbo grupė");
			browser.type(By.id("title"), "Dėl šildymo kompensacijų ir socialinio būsto")
				.type(By.id("summary"), "Siūlome greitinti kompensacijas.");
			new Select(browser.find(By.id("addressees"))).selectByVisibleText("Kelionės ministerija");
			assertThat(browser.accessibilityProblems()).isEmpty();
			browser.click(By.cssSelector("main form button[type=submit]"));
			assertThat(browser.text()).contains("Projektas išsaugotas.", "rengiamas");
			String positionPath = browser.path();

			// both proposals went into it
			browser.open("/n/nsmot/involvement/" + meeting);
			browser.click(By.linkText("Šildymo kompensacija ateina per vėlai"));
			new Select(browser.find(By.id("positionId"))).selectByVisibleText("Dėl šildymo kompensacijų ir socialinio būsto");
			browser.click(By.cssSelector("form[action$='/positions'] button[type=submit]"));
			assertThat(browser.text()).contains("Ryšys su pozicija įrašytas.");
			browser.open("/n/nsmot/involvement/" + meeting);
			browser.click(By.linkText("Socialinio būsto eilės per ilgos"));
			new Select(browser.find(By.id("positionId"))).selectByVisibleText("Dėl šildymo kompensacijų ir socialinio būsto");
			browser.click(By.cssSelector("form[action$='/positions'] button[type=submit]"));

			// sent today: the register number of the day
			browser.open(positionPath);
			browser.click(By.cssSelector("form[action$='/send'] button[type=submit]"));
			String prefix = "NSMOT/" + today.format(DateTimeFormatter.ofPattern("yy/MM/dd")) + "/";
			String number = browser.find(By.id("position-number")).getText();
			assertThat(number).startsWith(prefix).matches(".*/\\d\\d$");
			assertThat(browser.text()).contains("Išsiųsta, numeris " + number + ".");

			// partly accepted; an answer before the sending is refused first
			new Select(browser.find(By.id("outcome-value"))).selectByValue("PARTLY_ACCEPTED");
			browser.pickDate(By.id("outcomeOn"), today.minusDays(3));
			browser.click(By.cssSelector("form[action$='/outcome'] button[type=submit]"));
			assertThat(browser.text()).contains("Atsakymas negali būti ankstesnis nei dokumento išsiuntimas");
			browser.pickDate(By.id("outcomeOn"), today).type(By.id("outcomeNote"), "Pritarta kompensacijų daliai");
			browser.click(By.cssSelector("form[action$='/outcome'] button[type=submit]"));
			assertThat(browser.find(By.id("position-outcome")).getText()).contains("Iš dalies priimta",
					"Pritarta kompensacijų daliai");

			// the path both ways
			browser.click(By.linkText("Kelias iki šio dokumento"));
			assertThat(browser.text()).contains("Skurdą patiriančių žmonių balsas", "Šildymo kompensacija ateina per vėlai",
					"Socialinio būsto eilės per ilgos", "Kelionės susitikimas Utenoje", number, "Iš dalies priimta");
			assertThat(browser.accessibilityProblems()).isEmpty();
			browser.click(By.linkText("Socialinio būsto eilės per ilgos"));
			assertThat(browser.find(By.id("proposal-positions")).getText()).contains(number,
					"Dėl šildymo kompensacijų ir socialinio būsto", "Iš dalies priimta", "Kelionės ministerija");
			assertThat(browser.accessibilityProblems()).isEmpty();

			// and the figures count it
			browser.open("/n/nsmot/advocacy/stats?from=" + today + "&to=" + today);
			assertThat(browser.accessibilityProblems()).isEmpty();
			browser.click(By.cssSelector("a[href*='advocacy.proposalsInPositions']"));
			assertThat(browser.text()).contains("Šildymo kompensacija ateina per vėlai", "Socialinio būsto eilės per ilgos");
			browser.open("/n/nsmot/metrics/advocacy.positionsSent?from=" + today + "&to=" + today + "&outcome=PARTLY_ACCEPTED");
			assertThat(browser.text()).contains(number + " Dėl šildymo kompensacijų ir socialinio būsto");
		}
	}
}
