package lt.tinklas.publishing;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import lt.tinklas.demo.DemoAccounts;
import lt.tinklas.events.EventView;
import lt.tinklas.events.Events;
import lt.tinklas.shared.tenancy.NetworkLookup;
import lt.tinklas.shared.tenancy.Tenancy;
import lt.tinklas.testing.FreshNetwork;
import lt.tinklas.testing.TinklasTest;
import lt.tinklas.testing.WebSession;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;

/**
 * Every network's public site has a privacy notice in both languages: the one its keepers wrote, or
 * a general one naming the network until they do; the public forms that take personal data and
 * the site's footer link to it.
 */
@TinklasTest
class PrivacyNoticeTests {

	@LocalServerPort
	int port;

	@Autowired
	Events events;

	@Autowired
	NetworkLookup networks;

	@Test
	void theDemoNetworksNoticeIsShownInBothLanguagesAndLinkedFromEveryPublicForm() {
		WebSession anyone = new WebSession(port);
		assertThat(anyone.get("/n/nsmot/public/privacy").text()).contains("Privatumo pranešimas",
				"Jūsų asmens duomenis tvarko Nacionalinis skurdo mažinimo organizacijų tinklas");
		assertThat(anyone.inLanguage("en").get("/n/nsmot/public/privacy").text()).contains("Privacy notice",
				"Your personal data is handled by the National Poverty Reduction Organizations Network");
		assertThat(new WebSession(port).get("/n/nvo-vaikams/public/privacy").text())
			.contains("NVO vaikams konfederacija");

		long nsmot = networks.bySlug("nsmot").orElseThrow().id();
		long event = Tenancy.runAs(nsmot, () -> events.list(LocalDate.now(), LocalDate.now().plusYears(1), null)
			.stream()
			.filter(EventView::isPublic)
			.findFirst()
			.orElseThrow()
			.id());
		WebSession lt = new WebSession(port);
		for (String form : new String[] { "/n/nsmot/public/events/" + event, "/n/nsmot/public/apply",
				"/n/nsmot/public" }) {
			WebSession.Page page = lt.get(form);
			assertThat(page.status()).isEqualTo(200);
			assertThat(page.html()).as(form).contains("href=\"/n/nsmot/public/privacy\"");
			assertThat(page.text()).as(form).contains("Kaip tvarkome asmens duomenis: privatumo pranešimas");
		}
		assertThat(new WebSession(port).inLanguage("en").get("/n/nsmot/public/apply").text())
			.contains("How we handle personal data: privacy notice");
		assertThat(anyone.get("/n/nsmot/public/sitemap.xml").body())
			.contains("<loc>http://tinklas.test/n/nsmot/public/privacy</loc>");
		// the notice is in the footer, not one more section in the menu
		assertThat(lt.get("/n/nsmot/public").html()).doesNotContain("href=\"/n/nsmot/public/pages/privacy\"");
	}

	@Test
	void aNetworkThatWroteNoNoticeShowsTheGeneralOneUntilItsKeepersWriteTheirs() {
		FreshNetwork fresh = FreshNetwork.create(port, "privatumas", "Privatumo tinklas");
		WebSession anyone = new WebSession(port);
		String general = anyone.get("/n/privatumas/public/privacy").text();
		assertThat(general).contains("Privatumo pranešimas", "Jūsų asmens duomenis tvarko Privatumo tinklas",
				"Valstybinę duomenų apsaugos inspekciją");
		assertThat(new WebSession(port).inLanguage("en").get("/n/privatumas/public/privacy").text())
			.contains("Privacy notice", "Your personal data is handled by Privatumo tinklas", "within a month");

		// the keepers start from the general notice and publish their own
		WebSession admin = fresh.signedIn();
		assertThat(admin.get("/n/privatumas/site").html()).contains("href=\"/n/privatumas/site/privacy\"");
		WebSession.Page start = admin.get("/n/privatumas/site/privacy");
		assertThat(start.status()).isEqualTo(200);
		assertThat(start.html()).contains("value=\"privacy\"", "Jūsų asmens duomenis tvarko Privatumo tinklas",
				"Your personal data is handled by Privatumo tinklas");
		WebSession.Page saved = admin.post("/n/privatumas/site/privacy", "/n/privatumas/site/pages",
				Map.of("slug", "privacy", "title", "Privatumas", "titleEn", "Privacy", "body",
						"Duomenis tvarkome tik renginiams.", "bodyEn", "We keep data for events only.", "published",
						"true", "position", "90", "action", "save"));
		assertThat(saved.status()).isEqualTo(302);
		String edit = saved.location().replace("http://localhost:" + port, "");
		assertThat(anyone.get("/n/privatumas/public/privacy").text()).contains("Duomenis tvarkome tik renginiams.")
			.doesNotContain("Jūsų asmens duomenis tvarko");
		assertThat(new WebSession(port).inLanguage("en").get("/n/privatumas/public/privacy").text())
			.contains("We keep data for events only.");
		// once written, the notice is edited as the page it is
		assertThat(admin.get("/n/privatumas/site/privacy").location()).endsWith(edit);

		// an edit over a stale copy is refused and changes nothing
		String version = versionOn(admin.get(edit).html());
		assertThat(admin.post(edit, edit, Map.of("title", "Privatumas", "body", "Antra redakcija.", "published", "true",
				"position", "90", "version", version, "action", "save")).status()).isEqualTo(302);
		WebSession.Page stale = admin.post(edit, edit, Map.of("title", "Privatumas", "body", "Pasenusi redakcija.",
				"published", "true", "position", "90", "version", version, "action", "save"));
		assertThat(stale.text()).contains("Kol redagavote, šį įrašą išsaugojo kitas naudotojas.");
		assertThat(anyone.get("/n/privatumas/public/privacy").text()).contains("Antra redakcija.")
			.doesNotContain("Pasenusi redakcija.");

		// a second notice is refused beside its address
		WebSession.Page second = admin.post("/n/privatumas/site/pages/new", "/n/privatumas/site/pages",
				Map.of("slug", "privacy", "title", "Dar vienas", "action", "save"));
		assertThat(second.status()).isEqualTo(200);
		assertThat(second.text()).contains("„privacy“");
	}

	@Test
	void theBoardReadsTheSiteButDoesNotWriteTheNotice() {
		WebSession board = WebSession.signedIn(port, DemoAccounts.NSMOT_BOARD.email(), DemoAccounts.PASSWORD);
		assertThat(board.get("/n/nsmot/site/privacy").status()).isEqualTo(403);
		assertThat(board.get("/n/nsmot/site").html()).doesNotContain("/site/privacy");
	}

	private static String versionOn(String html) {
		Matcher m = Pattern.compile("<input[^>]*value=\"(\\d+)\"[^>]*name=\"version\"").matcher(html);
		assertThat(m.find()).as(html).isTrue();
		return m.group(1);
	}
}
