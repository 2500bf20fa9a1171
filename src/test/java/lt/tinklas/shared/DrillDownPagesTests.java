package lt.tinklas.shared;

import static org.assertj.core.api.Assertions.assertThat;

import lt.tinklas.demo.DemoAccounts;
import lt.tinklas.testing.TinklasTest;
import lt.tinklas.testing.WebSession;
import org.junit.jupiter.api.Test;
import org.springframework.boot.test.web.server.LocalServerPort;

/** A figure's drill-down lists the records it counted two hundred at a time, with its parameters kept. */
@TinklasTest
class DrillDownPagesTests {

	@LocalServerPort
	int port;

	@Test
	void theDemoTrainings227ParticipationsComeOnTwoPages() {
		WebSession staff = WebSession.signedIn(port, DemoAccounts.NSMOT_STAFF.email(), DemoAccounts.PASSWORD);
		String address = "/n/nsmot/metrics/events.participations?from=2025-01-01&to=2025-12-31&type=TRAINING";
		WebSession.Page first = staff.get(address);
		assertThat(first.text()).contains("Įskaičiuoti įrašai (227)", "Rodomi 1–200 iš 227", "Tolesni")
			.doesNotContain("Ankstesni");
		assertThat(first.body().split("<tr>").length - 2).isEqualTo(200);
		String next = first.body().replaceAll("(?s).*<a class=\"page-link\" href=\"([^\"]+)\">Tolesni</a>.*", "$1")
			.replace("&amp;", "&");
		assertThat(next).contains("type=TRAINING", "page=1");
		WebSession.Page second = staff.get(next);
		assertThat(second.text()).contains("Rodomi 201–227 iš 227", "Ankstesni").doesNotContain("Tolesni");
		assertThat(second.body().split("<tr>").length - 2).isEqualTo(27);
		// the value is the whole year's whichever page is shown; a page past the end shows the last one
		assertThat(second.text()).contains("227");
		assertThat(staff.get(address + "&page=5").text()).contains("Rodomi 201–227 iš 227");
		assertThat(staff.inLanguage("en").get(address + "&page=1").text()).contains("Showing 201–227 of 227", "Previous");
		// a page that is not a number is refused, not an error page
		WebSession.Page word = staff.get(address + "&page=antras");
		assertThat(word.status()).isEqualTo(400);
		assertThat(word.text()).doesNotContain("Exception");
	}
}
