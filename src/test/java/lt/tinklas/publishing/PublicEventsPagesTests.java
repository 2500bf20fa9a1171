package lt.tinklas.publishing;

import static org.assertj.core.api.Assertions.assertThat;

import lt.tinklas.demo.DemoAccounts;
import lt.tinklas.testing.ApiClient;
import lt.tinklas.testing.TinklasTest;
import lt.tinklas.testing.WebSession;
import org.junit.jupiter.api.Test;
import org.springframework.boot.test.web.server.LocalServerPort;

/** The public past events come a page at a time, the latest first, however many years a network has. */
@TinklasTest
class PublicEventsPagesTests {

	@LocalServerPort
	int port;

	@Test
	void pastPublicEventsArePagedLatestFirstWithoutTheCancelledOrMembersOnly() {
		ApiClient platform = ApiClient.basic(port, DemoAccounts.PLATFORM_ADMIN, DemoAccounts.PASSWORD);
		ApiClient.Response network = platform.post("/api/v1/networks", """
				{"slug":"renginiu-archyvas","name":"Renginių archyvo tinklas","adminEmail":"vadove@archyvas.lt","adminPassword":"labai-slaptas-8"}""");
		assertThat(network.status()).as(network.body()).isEqualTo(201);
		ApiClient admin = ApiClient.basic(port, "vadove@archyvas.lt", "labai-slaptas-8");
		String a = "/api/v1/networks/renginiu-archyvas/events";
		// 32 public events, one a month from January 2021, and a members-only and a cancelled one among them
		for (int i = 0; i < 32; i++) {
			String day = "%d-%02d-15".formatted(2021 + i / 12, i % 12 + 1);
			event(admin, a, "Viešas renginys Nr. " + (i + 1), day, true);
		}
		event(admin, a, "Tik nariams", "2022-06-20", false);
		long cancelled = event(admin, a, "Atšauktas", "2022-07-20", true);
		assertThat(admin.post(a + "/" + cancelled + "/cancel", "{}").status()).isEqualTo(200);

		WebSession anyone = new WebSession(port);
		String first = anyone.get("/n/renginiu-archyvas/public/events").text();
		// the latest 30: numbers 32 down to 3, the earliest two on the next page
		assertThat(first).contains("2023-08-15 Viešas renginys Nr. 32", "2021-03-15 Viešas renginys Nr. 3 ",
				"Ankstesni renginiai")
			.doesNotContain("Nr. 2 ", "Nr. 1 ", "Tik nariams", "Atšauktas", "Vėlesni renginiai");
		assertThat(first.indexOf("Nr. 32")).isLessThan(first.indexOf("Nr. 31"));
		String second = anyone.get("/n/renginiu-archyvas/public/events?page=1").text();
		assertThat(second).contains("2021-02-15 Viešas renginys Nr. 2", "2021-01-15 Viešas renginys Nr. 1",
				"Vėlesni renginiai")
			.doesNotContain("Nr. 3 ", "Ankstesni renginiai");
		// in English the same pages
		assertThat(anyone.inLanguage("en").get("/n/renginiu-archyvas/public/events?page=1").text())
			.contains("Past events", "Later events");
		// a page before the first is the first; a page past the last says there is nothing
		assertThat(anyone.inLanguage("lt").get("/n/renginiu-archyvas/public/events?page=-3").text())
			.contains("Viešas renginys Nr. 32");
		assertThat(anyone.get("/n/renginiu-archyvas/public/events?page=9").text()).contains("Viešų renginių dar nebuvo.",
				"Vėlesni renginiai");
		// a page that is not a number is refused with a message, not an error page
		WebSession.Page word = anyone.get("/n/renginiu-archyvas/public/events?page=pirmas");
		assertThat(word.status()).isEqualTo(400);
		assertThat(word.text()).doesNotContain("Exception", "NumberFormat");
	}

	private static long event(ApiClient admin, String a, String title, String day, boolean open) {
		ApiClient.Response created = admin.post(a, """
				{"type":"FORUM","title":"%s","startsAt":"%sT10:00:00+02:00","endsAt":"%sT12:00:00+02:00","format":"LIVE","municipality":"LT-13","public":%s}"""
			.formatted(title, day, day, open));
		assertThat(created.status()).as(created.body()).isEqualTo(201);
		return created.<Number>json("$.id").longValue();
	}
}
