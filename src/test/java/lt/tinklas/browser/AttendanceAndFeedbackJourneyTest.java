package lt.tinklas.browser;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;

import lt.tinklas.demo.DemoAccounts;
import lt.tinklas.testing.ApiClient;
import lt.tinklas.testing.TestMail;
import lt.tinklas.testing.TinklasTest;
import lt.tinklas.testing.WebSession;
import org.apache.pdfbox.Loader;
import org.apache.pdfbox.text.PDFTextStripper;
import org.junit.jupiter.api.Test;
import org.openqa.selenium.By;
import org.openqa.selenium.support.ui.Select;
import org.springframework.boot.test.web.server.LocalServerPort;

/**
 * Staff mark a training's attendance, record that it was held and mail the feedback links; an
 * attendee rates it from the mail; the certificate from the same mail reads back right.
 */
@TinklasTest
class AttendanceAndFeedbackJourneyTest {

	@LocalServerPort
	int port;

	@Test
	void markAttendanceMailFeedbackLinksRateAndReadTheCertificate() {
		ApiClient staff = ApiClient.basic(port, DemoAccounts.NSMOT_STAFF.email(), DemoAccounts.PASSWORD);
		int event = staff.post("/api/v1/networks/nsmot/events", """
				{"type":"TRAINING","title":"Lankomumo mokymai","startsAt":"2021-11-05T10:00:00+02:00",
				 "endsAt":"2021-11-05T14:00:00+02:00","hours":4,"capacity":10}""").json("$.id");
		int person = staff.post("/api/v1/networks/nsmot/people", """
				{"firstName":"Žydrė","lastName":"Čiužienė","email":"zydre.ciuziene@lankomumas.lt"}""").json("$.id");
		staff.post("/api/v1/networks/nsmot/events/" + event + "/participants", "{\"personId\":" + person + "}");

		try (Browser browser = new Browser(port)) {
			browser.open("/login");
			browser.type(By.id("username"), DemoAccounts.NSMOT_STAFF.email())
				.type(By.id("password"), DemoAccounts.PASSWORD)
				.click(By.cssSelector("form[action='/login'] button[type=submit]"));
			browser.open("/n/nsmot/events/" + event);
			assertThat(browser.text()).contains("Užsiregistravęs");
			// attendance is ticked and saved with one button
			browser.toggle(By.id("attended-" + person)).click(By.id("attendance-save"));
			assertThat(browser.find(By.id("participants")).getText()).contains("Čiužienė, Žydrė", "Dalyvavo");
			assertThat(browser.find(By.id("event-attended")).getText()).isEqualTo("1");

			browser.click(By.id("tab-edit"));
			new Select(browser.find(By.id("status"))).selectByValue("HELD");
			browser.click(By.cssSelector("section[aria-labelledby=edit-heading] form button[type=submit]"));
			assertThat(browser.text()).contains("Įvykęs");
			browser.click(By.id("tab-feedback"));
			browser.click(By.cssSelector("form[action$='/feedback-requests'] button"));
			assertThat(browser.find(By.id("feedback-requests-sent")).getText()).isEqualTo("Išsiųsta nuorodų: 1.");
			assertThat(browser.accessibilityProblems()).isEmpty();

			var mail = TestMail.latestTo("zydre.ciuziene@lankomumas.lt");
			browser.deleteCookies();
			browser.open(TestMail.linkPath(mail, "/n/nsmot/public/feedback/"));
			assertThat(browser.text()).contains("Kaip vertinate renginį „Lankomumo mokymai“?");
			assertThat(browser.accessibilityProblems()).isEmpty();
			browser.type(By.id("rating"), "10").type(By.id("comment"), "Aiškiai ir praktiškai");
			browser.click(By.cssSelector("main form button[type=submit]"));
			assertThat(browser.find(By.id("feedback-thanks")).getText()).isEqualTo("Ačiū už atsiliepimą!");

			byte[] certificate = new WebSession(port).download(TestMail.linkPath(mail, "/n/nsmot/public/certificates/"));
			try (var document = Loader.loadPDF(certificate)) {
				assertThat(new PDFTextStripper().getText(document))
					.contains("Žydrė Čiužienė", "„Lankomumo mokymai“", "Trukmė: 4 akad. val.");
			}
			catch (IOException e) {
				throw new AssertionError(e);
			}
		}
		assertThat(staff.get("/api/v1/networks/nsmot/events/stats?from=2021-11-01&to=2021-11-30")
			.<Double>json("$.TRAINING.averageRating")).isEqualTo(10.0);
	}
}
