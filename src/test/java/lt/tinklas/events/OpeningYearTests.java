package lt.tinklas.events;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;

import lt.tinklas.shared.web.Formats;
import lt.tinklas.testing.ApiClient;
import lt.tinklas.testing.FreshNetwork;
import lt.tinklas.testing.TinklasTest;
import lt.tinklas.testing.WebSession;
import org.junit.jupiter.api.Test;
import org.springframework.boot.test.web.server.LocalServerPort;

/**
 * The events list, the events statistics, the meetings, the documents sent and the advocacy
 * statistics open on the current year, or on the
 * latest earlier year with records when the current one has none yet, and say so; a year someone
 * asks for is shown as asked.
 */
@TinklasTest
class OpeningYearTests {

	@LocalServerPort
	int port;

	@Test
	void aYearWithoutRecordsOpensOnTheLatestYearThatHasThemAndSaysSo() {
		int now = LocalDate.now(Formats.VILNIUS).getYear();
		int last = now - 1;
		FreshNetwork network = FreshNetwork.create(port, "metai", "Metų tinklas");
		ApiClient admin = network.admin();
		String a = network.api();
		WebSession web = network.signedIn();

		// nothing at all yet: the current year, nothing to explain
		WebSession.Page empty = web.get("/n/metai/events");
		assertThat(empty.body()).doesNotContain("opening-year").contains("value=\"" + now + "-01-01\"");

		event(admin, a, "Praėjusių metų mokymai", last + "-11-20T10:00:00+02:00");
		event(admin, a, "Kitų metų mokymai", (now + 1) + "-02-10T10:00:00+02:00");
		long ministry = admin.post(a + "/institutions", "{\"name\":\"Ministerija\",\"kind\":\"MINISTRY\"}")
			.<Number>json("$.id").longValue();
		assertThat(admin.post(a + "/decision-maker-meetings", """
				{"heldOn":"%d-06-01","institutionId":%d,"topic":"Pajamų rodikliai"}""".formatted(last, ministry)).status())
			.isEqualTo(201);
		assertThat(admin.post(a + "/positions", """
				{"title":"Dėl minimalių pajamų","kind":"POSITION","sentOn":"%d-09-01","addressees":[%d]}""".formatted(last, ministry))
			.status()).isEqualTo(201);

		WebSession.Page events = web.get("/n/metai/events");
		assertThat(events.text()).contains(now + " m. renginių dar nėra; rodomi " + last + " m.", "Praėjusių metų mokymai")
			.doesNotContain("Kitų metų mokymai");
		assertThat(events.body()).contains("value=\"" + last + "-01-01\"", "value=\"" + last + "-12-31\"");

		WebSession.Page stats = web.get("/n/metai/events/stats");
		assertThat(stats.text()).contains(now + " m. renginių dar nėra; rodomi " + last + " m.");
		assertThat(stats.body()).contains("id=\"year\" name=\"year\" value=\"" + last + "\"");

		WebSession.Page meetings = web.get("/n/metai/decision-maker-meetings");
		assertThat(meetings.text())
			.contains(now + " m. susitikimų su sprendimų priėmėjais dar nėra; rodomi " + last + " m.", "Pajamų rodikliai");

		assertThat(web.get("/n/metai/positions").text())
			.contains(now + " m. išsiųstų dokumentų dar nėra; rodomi " + last + " m.", "Dėl minimalių pajamų");
		assertThat(web.get("/n/metai/advocacy/stats").text())
			.contains(now + " m. susitikimų ir išsiųstų dokumentų dar nėra; rodomi " + last + " m.");

		WebSession english = network.signedIn().inLanguage("en");
		assertThat(english.get("/n/metai/events").text()).contains("There are no events in " + now + " yet; showing " + last + ".");
		assertThat(english.get("/n/metai/decision-maker-meetings").text())
			.contains("There are no meetings with decision makers in " + now + " yet; showing " + last + ".");

		// a year asked for is shown as asked, empty or not, without the notice
		WebSession.Page asked = web.get("/n/metai/events/stats?year=" + now);
		assertThat(asked.body()).doesNotContain("opening-year");
		WebSession.Page period = web.get("/n/metai/events?from=" + now + "-01-01&to=" + now + "-12-31");
		assertThat(period.body()).doesNotContain("opening-year");
		assertThat(period.text()).doesNotContain("Praėjusių metų mokymai");

		// once the current year has an event, the list opens on it again
		event(admin, a, "Šių metų mokymai", now + "-01-15T10:00:00+02:00");
		WebSession.Page current = web.get("/n/metai/events");
		assertThat(current.body()).doesNotContain("opening-year").contains("value=\"" + now + "-01-01\"");
		assertThat(current.text()).contains("Šių metų mokymai").doesNotContain("Praėjusių metų mokymai");
	}

	private static void event(ApiClient api, String a, String title, String startsAt) {
		ApiClient.Response created = api.post(a + "/events", """
				{"type":"TRAINING","title":"%s","startsAt":"%s","endsAt":"%s","format":"LIVE","hours":4,"municipality":"LT-13"}"""
			.formatted(title, startsAt, startsAt.replace("T10:00", "T14:00")));
		assertThat(created.status()).as(created.body()).isEqualTo(201);
	}
}
