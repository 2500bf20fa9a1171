package lt.tinklas.publishing;

import static org.assertj.core.api.Assertions.assertThat;

import java.awt.image.BufferedImage;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;
import java.time.LocalDateTime;
import java.time.temporal.ChronoUnit;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import javax.imageio.ImageIO;

import lt.tinklas.demo.DemoAccounts;
import lt.tinklas.shared.pdf.PdfDocuments;
import lt.tinklas.shared.web.Formats;
import lt.tinklas.testing.ApiClient;
import lt.tinklas.testing.TinklasTest;
import lt.tinklas.testing.WebSession;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.boot.test.web.server.LocalServerPort;

/**
 * The public site: the demo's pages, posts, feeds and tags as anyone sees them; and, on a network of
 * its own ("svetaine") so the demo's sites stay as they are, the staff writing pages, posts,
 * mentions and publications with every refusal the forms give.
 */
@TinklasTest
class PublishingTests {

	private static final String ADMIN = "vadove@svetaine.lt";
	private static final String PASSWORD = "labai-slaptas-1";

	@LocalServerPort
	int port;

	@BeforeEach
	void network() {
		ApiClient platform = ApiClient.basic(port, DemoAccounts.PLATFORM_ADMIN, DemoAccounts.PASSWORD);
		if (platform.get("/api/v1/networks").body().contains("\"svetaine\"")) {
			return;
		}
		ApiClient.Response network = platform.post("/api/v1/networks", """
				{"slug":"svetaine","name":"Svetainės tinklas","adminEmail":"%s","adminPassword":"%s"}"""
			.formatted(ADMIN, PASSWORD));
		assertThat(network.status()).as(network.body()).isEqualTo(201);
	}

	WebSession staff() {
		return WebSession.signedIn(port, ADMIN, PASSWORD);
	}

	@Test
	void anyoneReadsTheDemoSiteWithItsFiguresFeedsAndTags() {
		WebSession anyone = new WebSession(port);
		WebSession.Page start = anyone.get("/n/nsmot");
		assertThat(start.status()).isEqualTo(302);
		assertThat(start.location()).endsWith("/n/nsmot/public");

		WebSession.Page home = anyone.get("/n/nsmot/public");
		assertThat(home.status()).isEqualTo(200);
		assertThat(home.text()).contains("Mažinti skurdą ir socialinę atskirtį, telkiant ir stiprinant NVO.",
				"Mūsų veiklos rezultatai 2025 metais", "14 Surengta mokymų", "227", "9,59",
				"Mūsų veiklos rezultatai 2025 metais", "Kviečiame socialinėje srityje veikiančias NVO jungtis prie tinklo")
			// a draft and a post scheduled for 2027 are not public
			.doesNotContain("2026 m. mokymų planas", "Nariai prie kavos: 2027 m. sausio susitikimas");
		assertThat(home.html()).contains("<link rel=\"alternate\" hreflang=\"en\" href=\"http://tinklas.test/n/nsmot/public?lang=en\">",
				"<meta property=\"og:title\"", "<meta name=\"description\" content=\"Mažinti skurdą",
				"type=\"application/rss+xml\"");

		WebSession.Page english = anyone.get("/n/nsmot/public?lang=en");
		assertThat(english.text()).contains("About us", "Latest news", "Our results in 2025", "Trainings held")
			.doesNotContain("Naujausios naujienos");
		assertThat(english.html()).contains("<meta property=\"og:locale\" content=\"en_GB\">");
		// the choice is kept for the next page, as the switch keeps it
		assertThat(anyone.get("/n/nsmot/public/news").text()).contains("News feed (RSS)");
		anyone.get("/n/nsmot/public?lang=lt");

		String news = anyone.get("/n/nsmot/public/news").text();
		assertThat(news).contains("Mūsų veiklos rezultatai 2025 metais", "2026-02-02")
			.doesNotContain("2026 m. mokymų planas", "Nariai prie kavos: 2027 m. sausio susitikimas");
		assertThat(anyone.get("/n/nsmot/public/news/2026-m-mokymu-planas").status()).isEqualTo(404);
		assertThat(anyone.get("/n/nsmot/public/news/nariai-prie-kavos-2027-m-sausio-susitikimas").status()).isEqualTo(404);
		WebSession.Page post = anyone.get("/n/nsmot/public/news/musu-veiklos-rezultatai-2025-metais");
		assertThat(post.html()).contains("<a rel=\"nofollow\" href=\"/n/nsmot/public/results/2025\">2025 m. rezultatuose</a>",
				"<meta property=\"og:type\" content=\"article\">",
				"<meta property=\"og:title\" content=\"Mūsų veiklos rezultatai 2025 metais\">");

		String rss = anyone.get("/n/nsmot/public/news.rss").body();
		assertThat(rss).contains("<rss version=\"2.0\">", "<title>Mūsų veiklos rezultatai 2025 metais</title>",
				"<link>http://tinklas.test/n/nsmot/public/news/musu-veiklos-rezultatai-2025-metais</link>",
				"<pubDate>Mon, 2 Feb 2026 09:00:00 +0200</pubDate>")
			.doesNotContain("2026 m. mokymų planas", "Nariai prie kavos: 2027 m. sausio susitikimas");
		String sitemap = anyone.get("/n/nsmot/public/sitemap.xml").body();
		assertThat(sitemap).contains("<loc>http://tinklas.test/n/nsmot/public/results/2025</loc>",
				"<loc>http://tinklas.test/n/nsmot/public/pages/narystes-nauda</loc>",
				"hreflang=\"en\" href=\"http://tinklas.test/n/nsmot/public/about?lang=en\"")
			.doesNotContain("mokymu-planas");

		assertThat(anyone.get("/n/nsmot/public/about").text()).contains("Misija", "Vizija", "Vertybės", "Solidarumas",
				"Direktorė Aistė Adomavičienė");
		assertThat(anyone.get("/n/nsmot/public/contacts").text()).contains("info@smtinklas.lt", "+37066876316");
		assertThat(anyone.get("/n/nsmot/public/strategy").text()).contains("2024 m. pažanga", "Nepasiekta");
		assertThat(anyone.get("/n/nsmot/public/results").text()).contains("Mūsų veiklos rezultatai 2025 metais");
		assertThat(anyone.get("/n/nsmot/public/results/2025").text()).contains("Surengta mokymų 14",
				"Vidutinis įvertinimas 9,59");
		// a year with no published report is not shown, nor a word for a year
		assertThat(anyone.get("/n/nsmot/public/results/2024").status()).isEqualTo(404);
		assertThat(anyone.get("/n/nsmot/public/results/metai").status()).isEqualTo(404);
		assertThat(anyone.get("/n/nsmot/public/pages/nera-tokio").status()).isEqualTo(404);
		// the Confederation's home shows the figures its 2017 has, not a row of noughts
		assertThat(anyone.get("/n/nvo-vaikams/public").text()).contains("Mūsų veiklos rezultatai 2017 metais",
				"3 Išsiųsta pozicijų ir raštų").doesNotContain("Narių gruodžio 31 d.", "Surengta mokymų");
		assertThat(anyone.get("/n/nvo-vaikams/public/events").text()).contains("Įvykę renginiai", "2018-06-01",
				"Vaikų žvaigždynas");
		assertThat(anyone.get("/n/nvo-vaikams/public/events/calendar?month=2018-06").text()).contains("2018 birželis",
				"11:00 Vaikų žvaigždynas");
		String publications = anyone.get("/n/nvo-vaikams/public/publications").text();
		assertThat(publications).contains("2017 m. stalo kalendorius", "Metinė veiklos ataskaita 2017");
		assertThat(anyone.get("/n/nvo-vaikams/public/media").text()).contains("Delfi", "2016-07-27");
		assertThat(anyone.get("/n/nvo-vaikams/public/news").text()).contains(
				"Tarptautinę vaikų gynimo dieną bus pagerbti geriausi vaikų draugai",
				"Pasirašyta bendradarbiavimo sutartis su Molėtų rajono savivaldybe",
				"Susitikimai su neįgalius vaikus auginančiais tėvais Švenčionių rajone", "Pradėjome projektą");
		// one network's post is not found at another's address
		assertThat(anyone.get("/n/nvo-vaikams/public/news/musu-veiklos-rezultatai-2025-metais").status()).isEqualTo(404);
	}

	@Test
	void aPostIsRefusedFieldByFieldPreviewedSafelyAndPublicOnlyFromItsTime() throws IOException {
		WebSession staff = staff();
		String form = "/n/svetaine/site/posts/new";
		String now = LocalDateTime.now(Formats.VILNIUS).truncatedTo(ChronoUnit.MINUTES).minusMinutes(5).toString();

		// nothing typed: each field says what is wrong, nothing is saved
		WebSession.Page empty = staff.post(form, "/n/svetaine/site/posts", Map.of("title", " ", "publishAt", "",
				"action", "save"));
		assertThat(empty.status()).isEqualTo(200);
		assertThat(empty.text()).contains("Pataisykite pažymėtus laukus", "Užpildykite šį lauką.");
		assertThat(staff.get("/n/svetaine/site").text()).contains("Naujienų dar nėra.");

		// a picture in the text without words for it is refused; what was typed stays in the form
		WebSession.Page noAlt = staff.post(form, "/n/svetaine/site/posts", Map.of("title", "Vasaros stovykla",
				"body", "Štai mes: ![](https://example.org/stovykla.jpg)", "publishAt", now, "published", "true",
				"action", "save"));
		assertThat(noAlt.text()).contains(
				"Paveikslėliui https://example.org/stovykla.jpg trūksta alternatyviojo teksto");
		assertThat(noAlt.html()).contains("value=\"Vasaros stovykla\"");

		// the preview shows the text as the public will see it, with typed HTML and script links made harmless
		String body = "## Kas vyko\n\n**drąsiai** [spausk](javascript:alert(1)) "
				+ "![vaikai prie laužo](https://example.org/lauzas.jpg)\n\n<script>alert('x')</script>\n\n"
				+ "Tekstas su <img src=x onerror=alert(1)> viduje";
		WebSession.Page preview = staff.post(form, "/n/svetaine/site/posts", Map.of("title", "Vasaros stovykla",
				"body", body, "publishAt", now, "published", "true", "action", "preview"));
		assertThat(preview.body()).contains("<h3>Kas vyko</h3>", "&lt;script&gt;", "<strong>drąsiai</strong>",
				"<img src=\"https://example.org/lauzas.jpg\" alt=\"vaikai prie laužo\" />")
			.contains("&lt;img src=x onerror=alert(1)&gt;")
			.doesNotContain("<script>alert", "href=\"javascript:", "<img src=x");
		assertThat(staff.get("/n/svetaine/site").text()).contains("Naujienų dar nėra.");

		// a file that is not a picture
		String fields = "?title=" + enc("Vasaros stovykla") + "&publishAt=" + enc(now) + "&published=true&imageAlt="
				+ enc("Vaikai prie laužo") + "&action=save";
		WebSession.Page notImage = staff.upload(form, "/n/svetaine/site/posts" + fields, "image", "lauzas.png",
				"ne paveikslėlis".getBytes(StandardCharsets.UTF_8));
		assertThat(notImage.text()).contains("Tai ne PNG, JPEG ar WebP paveikslėlis.");
		// a picture without its alt text
		WebSession.Page pictureNoAlt = staff.upload(form, "/n/svetaine/site/posts?title=" + enc("Vasaros stovykla")
				+ "&publishAt=" + enc(now) + "&published=true&action=save", "image", "lauzas.png", png());
		assertThat(pictureNoAlt.text()).contains("Užpildykite šį lauką.");
		assertThat(staff.get("/n/svetaine/site").text()).contains("Naujienų dar nėra.");

		// saved, public now, with its picture
		WebSession.Page saved = staff.upload(form, "/n/svetaine/site/posts" + fields + "&body=" + enc(body), "image",
				"lauzas.png", png());
		assertThat(saved.status()).isEqualTo(302);
		String edit = saved.location().replace("http://localhost:" + port, "");
		WebSession anyone = new WebSession(port);
		WebSession.Page shown = anyone.get("/n/svetaine/public/news/vasaros-stovykla");
		assertThat(shown.status()).isEqualTo(200);
		assertThat(shown.html()).contains("alt=\"Vaikai prie laužo\"", "src=\"/n/svetaine/public/news/vasaros-stovykla/image\"");
		assertThat(anyone.download("/n/svetaine/public/news/vasaros-stovykla/image")).isEqualTo(png());
		assertThat(shown.html()).contains(
				"<meta property=\"og:image\" content=\"http://tinklas.test/n/svetaine/public/news/vasaros-stovykla/image\">");

		// moved to next week: scheduled, gone from the public site and its feed until then
		String version = versionOn(staff.get(edit).html());
		String nextWeek = LocalDateTime.now(Formats.VILNIUS).plusDays(7).truncatedTo(ChronoUnit.MINUTES).toString();
		WebSession.Page later = staff.post(edit, edit, Map.of("title", "Vasaros stovykla", "body", body, "publishAt",
				nextWeek, "published", "true", "imageAlt", "Vaikai prie laužo", "version", version, "action", "save"));
		assertThat(later.status()).isEqualTo(302);
		assertThat(staff.get(edit).text()).contains("Suplanuota");
		assertThat(staff.get("/n/svetaine/site?state=SCHEDULED").text()).contains("Vasaros stovykla");
		assertThat(staff.get("/n/svetaine/site?state=PUBLIC").text()).doesNotContain("Vasaros stovykla");
		assertThat(anyone.get("/n/svetaine/public/news/vasaros-stovykla").status()).isEqualTo(404);
		assertThat(anyone.get("/n/svetaine/public/news.rss").body()).doesNotContain("Vasaros stovykla");
		assertThat(anyone.get("/n/svetaine/public/news/vasaros-stovykla/image").status()).isEqualTo(404);

		// an edit over a stale copy is refused and shows what changed meanwhile
		WebSession.Page stale = staff.post(edit, edit, Map.of("title", "Vasaros stovykla (pasenusi)", "publishAt", now,
				"imageAlt", "Vaikai prie laužo", "version", version, "action", "save"));
		assertThat(stale.text()).contains("Kol redagavote, šį įrašą išsaugojo kitas naudotojas.");
		assertThat(stale.html()).contains("value=\"Vasaros stovykla (pasenusi)\"");

		// deleted after asking, and the deletion is in the network's history
		assertThat(staff.get(edit).html()).contains("data-confirm=\"Ištrinti „Vasaros stovykla“? Įrašas liks istorijoje.\"");
		WebSession.Page deleted = staff.post(edit, edit + "/delete", Map.of());
		assertThat(deleted.status()).isEqualTo(302);
		assertThat(staff.get(edit).status()).isEqualTo(404);
		// named as it was when deleted, never by its id
		assertThat(staff.get("/n/svetaine/history").text()).contains("Naujiena: Vasaros stovykla", "ištrinta")
			.doesNotContainPattern("Naujiena #\\d");
	}

	@Test
	void pagesMentionsAndPublicationsCheckWhatIsTyped() throws IOException {
		WebSession staff = staff();
		String form = "/n/svetaine/site/pages/new";
		WebSession.Page badSlug = staff.post(form, "/n/svetaine/site/pages", Map.of("slug", "Apie mus!", "title",
				"Apie mus", "action", "save"));
		assertThat(badSlug.text()).contains("Adresą sudaro mažosios lotyniškos raidės");
		WebSession.Page created = staff.post(form, "/n/svetaine/site/pages", Map.of("slug", "veikla", "title", "Mūsų veikla",
				"titleEn", "What we do", "body", "Dirbame **kartu**.", "bodyEn", "We work **together**.", "published", "true",
				"position", "2", "action", "save"));
		assertThat(created.status()).as(created.text()).isEqualTo(302);
		WebSession.Page taken = staff.post(form, "/n/svetaine/site/pages", Map.of("slug", "veikla", "title", "Kita",
				"action", "save"));
		assertThat(taken.text()).contains("Puslapis adresu „veikla“ jau yra.");

		WebSession anyone = new WebSession(port);
		WebSession.Page page = anyone.get("/n/svetaine/public/pages/veikla");
		assertThat(page.html()).contains("<p>Dirbame <strong>kartu</strong>.</p>", "href=\"/n/svetaine/public/pages/veikla\"");
		assertThat(anyone.get("/n/svetaine/public/pages/veikla?lang=en").html()).contains("We work <strong>together</strong>.",
				"What we do");
		anyone.get("/n/svetaine/public?lang=lt");

		// media mentions: a date to come and an address that is not a web address are refused
		WebSession.Page future = staff.post("/n/svetaine/site", "/n/svetaine/site/mentions", Map.of("outlet", "LRT",
				"title", "Apie tinklą", "url", "lrt.lt/apie", "mentionedOn", "2099-01-01"));
		assertThat(future.status()).isEqualTo(302);
		String site = staff.get("/n/svetaine/site").text();
		assertThat(site).contains("Data negali būti ateityje.", "Nuoroda turi prasidėti http://, https:// arba mailto:.")
			.contains("Paminėjimų žiniasklaidoje dar nėra.");
		staff.post("/n/svetaine/site", "/n/svetaine/site/mentions", Map.of("outlet", "LRT", "title", "Apie tinklą",
				"url", "https://www.lrt.lt/apie", "mentionedOn", "2025-05-04"));
		assertThat(anyone.get("/n/svetaine/public/media").text()).contains("2025-05-04 LRT Apie tinklą");

		// publications: a file whose content is not what its name says is refused
		WebSession.Page notPdf = staff.upload("/n/svetaine/site", "/n/svetaine/site/publications?title="
				+ enc("Metinė ataskaita") + "&kind=ANNUAL_REPORT&year=2025", "file", "ataskaita.pdf",
				"tai ne PDF".getBytes(StandardCharsets.UTF_8));
		assertThat(notPdf.status()).isEqualTo(302);
		assertThat(staff.get("/n/svetaine/site").text()).contains("Tinka PDF, DOCX, XLSX", "Leidinių dar nėra.");
		WebSession.Page badYear = staff.upload("/n/svetaine/site", "/n/svetaine/site/publications?title="
				+ enc("Metinė ataskaita") + "&kind=ANNUAL_REPORT&year=1850", "file", "ataskaita.pdf", pdf());
		assertThat(badYear.status()).isEqualTo(302);
		assertThat(staff.get("/n/svetaine/site").text()).contains("Metai – nuo 1990 iki", "Leidinių dar nėra.");
		staff.upload("/n/svetaine/site", "/n/svetaine/site/publications?title=" + enc("Metinė ataskaita")
				+ "&kind=ANNUAL_REPORT&year=2025", "file", "Dokumentai/ataskaita.pdf", pdf());
		String list = anyone.get("/n/svetaine/public/publications").text();
		assertThat(list).contains("2025 Metinė ataskaita Metinė ataskaita Atsisiųsti ataskaita.pdf");

		// the public calendar shows the public events of a month, not the members' ones
		ApiClient api = ApiClient.basic(port, ADMIN, PASSWORD);
		for (String[] e : new String[][] { { "Atviras forumas", "true" }, { "Narių susirinkimas", "false" } }) {
			ApiClient.Response event = api.post("/api/v1/networks/svetaine/events", """
					{"type":"FORUM","title":"%s","startsAt":"2031-03-12T10:00:00+02:00","endsAt":"2031-03-12T14:00:00+02:00",
					 "format":"LIVE","public":%s}""".formatted(e[0], e[1]));
			assertThat(event.status()).as(event.body()).isEqualTo(201);
		}
		assertThat(anyone.get("/n/svetaine/public/events/calendar?month=2031-03").text()).contains("10:00 Atviras forumas")
			.doesNotContain("Narių susirinkimas");
		assertThat(staff.get("/n/svetaine/events/calendar?month=2031-03").text()).contains("Atviras forumas",
				"Narių susirinkimas");

		// another network's staff and its board do not edit this site
		WebSession other = WebSession.signedIn(port, DemoAccounts.NSMOT_STAFF.email(), DemoAccounts.PASSWORD);
		assertThat(other.get("/n/svetaine/site").status()).isEqualTo(404);
		WebSession board = WebSession.signedIn(port, DemoAccounts.NSMOT_BOARD.email(), DemoAccounts.PASSWORD);
		assertThat(board.get("/n/nsmot/site/pages/new").status()).isEqualTo(403);
	}

	@Test
	void onlyThePublicSiteTakesItsLanguageFromTheAddress() {
		WebSession staff = WebSession.signedIn(port, DemoAccounts.NSMOT_STAFF.email(), DemoAccounts.PASSWORD);
		// elsewhere ?lang names a document's language, and the pages stay in the person's own
		staff.download("/n/nsmot/reports/annual/2025.pdf?lang=en");
		assertThat(staff.get("/n/nsmot/site?lang=en").text()).contains("Vieša svetainė").doesNotContain("Public site");
		// on the public site it is the language switch
		assertThat(staff.get("/n/nsmot/public/contacts?lang=en").text()).contains("Contacts", "E-mail");
		assertThat(staff.get("/n/nsmot/site").text()).contains("Public site");
		assertThat(staff.get("/n/nsmot/public/contacts?lang=lt").text()).contains("El. paštas");
		assertThat(staff.get("/n/nsmot/site").text()).contains("Vieša svetainė");
	}

	private static String versionOn(String html) {
		Matcher m = Pattern.compile("<input[^>]*value=\"(\\d+)\"[^>]*name=\"version\"")
			.matcher(html);
		assertThat(m.find()).as(html).isTrue();
		return m.group(1);
	}

	private static String enc(String text) {
		return URLEncoder.encode(text, StandardCharsets.UTF_8);
	}

	private static byte[] png() throws IOException {
		BufferedImage image = new BufferedImage(4, 3, BufferedImage.TYPE_INT_RGB);
		image.setRGB(1, 1, 0x3366cc);
		ByteArrayOutputStream out = new ByteArrayOutputStream();
		ImageIO.write(image, "png", out);
		return out.toByteArray();
	}

	private static byte[] pdf() {
		return PdfDocuments.fromXhtml("<html><head><title>Ataskaita</title></head><body><p>Ataskaita</p></body></html>");
	}
}
